/** The France Travail site's React half, loaded lazily by the player (`src/sites/views.ts`). */
export { FranceTravailSite as default } from './FranceTravailSite.tsx';
