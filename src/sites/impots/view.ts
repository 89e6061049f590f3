/** The impots.gouv site's React half, loaded lazily by the player (`src/sites/views.ts`). */
export { ImpotsSite as default } from './ImpotsSite.tsx';
