/** The ameli site's React half, loaded lazily by the player (`src/sites/views.ts`). */
export { AmeliSite as default } from './AmeliSite.tsx';
