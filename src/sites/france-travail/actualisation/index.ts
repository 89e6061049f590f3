/**
 * The France Travail site's monthly update (« M'actualiser ») and proof documents (« Transmettre
 * un document »): the pages the site root renders on its `actualisation` and `documents` pages,
 * their flags and window. Their plain data (targets, map, mails…) is in `spec.ts`.
 */
export * from './spec.ts';
export { actualisationWindow, type ActualisationWindow } from './actualisationWindow.ts';
export { useActualisationFlags } from './useActualisationFlags.ts';
export { Actualisation, type ActualisationProps } from './Actualisation.tsx';
export { Documents, type DocumentsProps } from './Documents.tsx';
