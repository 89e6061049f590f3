/**
 * The steps of the registration form, in order, with their titles as the stepper shows them.
 * Each is a page of the site (`inscription-<step>`) and a place of the navigation map.
 */

/** The form's steps, in order. */
export const formSteps = [
  'donnees',
  'situation',
  'experiences',
  'formations',
  'projet',
  'recherche',
  'banque',
  'recapitulatif',
  'rendez-vous',
] as const;
export type FormStep = (typeof formSteps)[number];

/** The steps whose answers the summary lists, each with « Modifier ». */
export const editableSteps = formSteps.slice(0, 7) as readonly FormStep[];

/** Each step's title (the page's `<h1>` and the stepper's item). */
export const stepTitles: Readonly<Record<FormStep, string>> = {
  donnees: 'Vos données personnelles',
  situation: 'Votre situation',
  experiences: 'Vos expériences',
  formations: 'Vos formations et langues',
  projet: 'Votre projet',
  recherche: 'Votre recherche',
  banque: 'Vos coordonnées bancaires',
  recapitulatif: 'Récapitulatif',
  'rendez-vous': 'Votre rendez-vous',
};

/** The site page of a step: `inscription-donnees`… */
export type FormPage = `inscription-${FormStep}`;
export const formPages = formSteps.map((step) => `inscription-${step}` as const) as readonly FormPage[];
export const pageOfStep = (step: FormStep): FormPage => `inscription-${step}`;

/** The step after / before `step` (itself at the ends). */
export const nextStep = (step: FormStep): FormStep => formSteps[formSteps.indexOf(step) + 1] ?? step;
export const previousStep = (step: FormStep): FormStep => formSteps[formSteps.indexOf(step) - 1] ?? step;
