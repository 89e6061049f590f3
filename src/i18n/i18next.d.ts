/** Types `t()` keys and interpolations from the French reference locale. */
import 'i18next';
import type { fr } from './locales/fr.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}
