/** The CAF site's React half, loaded lazily by the player (`src/sites/views.ts`). */
export { CafSite as default } from './CafSite.tsx';
