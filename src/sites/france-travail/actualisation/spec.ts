/**
 * The monthly update's and the documents' half of the France Travail SiteSpec, as plain data (no
 * React, no CSS: the compiler imports it in Node): targets, places and links, mails, papers,
 * incidents and the persona fields they read. The site's `index.ts` merges it.
 */
import type { IncidentSpec, PaperSpec } from '../../framework/types.ts';

export { actualisationTargets } from './targets.ts';
export { actualisationPlaces, actualisationLinks } from './navigation.ts';
export { actualisationMails } from './mails.ts';
export { actualisationPersonaSchema, type ActualisationPersona } from './actualisationPersona.ts';

/** The papers these pages add to the practice card, by kind. */
export const actualisationPapers: Record<string, PaperSpec> = {
  'bulletins-du-mois': { title: 'Bulletins de salaire du mois' },
};

/** The incidents a lesson can switch on here (qualified `france-travail.<id>`). */
export const actualisationIncidents: Record<string, IncidentSpec> = {
  'envoi-refuse': {
    label: 'Le prochain envoi de document est refusé par le serveur (« Le document n’a pas pu être transmis… »)',
  },
};
