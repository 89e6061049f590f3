/** The yes/no questions of the monthly update, in the order the site asks them. */

/** Question ids: also the last part of their targets (`france-travail.actualisation.travail`). */
export const questionIds = ['travail', 'formation', 'arret', 'retraite', 'recherche'] as const;
export type QuestionId = (typeof questionIds)[number];
export type Answer = 'oui' | 'non';

/** Each question as the site words it. */
export const questionTexts: Record<QuestionId, string> = {
  travail: 'Avez-vous travaillé ou exercé une activité non salariée ?',
  formation: 'Avez-vous suivi une formation ou un stage ?',
  arret: 'Avez-vous été en arrêt maladie, en congé maternité ou paternité ?',
  retraite: 'Percevez-vous une nouvelle pension de retraite ou d’invalidité ?',
  recherche: 'Êtes-vous toujours à la recherche d’un emploi ?',
};
