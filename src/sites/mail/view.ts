/** The mailbox's React half, loaded lazily by the player (`src/sites/views.ts`). */
export { MailSite as default } from './MailSite.tsx';
