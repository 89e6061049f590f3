/**
 * The navigation map of the monthly update and of « Transmettre un document »: their places
 * and links, merged into the site's map. They are entered from the site's place `espace` (« Mon
 * espace ») once signed in. Flags (`useActualisationFlags`): `actualisation-fermee` (outside the
 * window), `actualisation-activite` (« Oui » to work), `actualisation-fin-recherche` (« Non » to
 * still looking), `actualisation-employeurs-complets` (every employer's fields are right, so
 * « Suivant » passes), `actualisation-employeurs-saisis` (an employer field is typed),
 * `actualisation-employeur-<n>-en-trop` (more parts than payslips: the n-th, the last, can go),
 * `actualisation-validee` (sent: nothing can be changed), `actualisation-refaite` (made again after
 * « Refaire l'actualisation », practice only), `documents-apercu` (a file chosen waits in its preview).
 */
import type { LinkSpec, PlaceSpec } from '../../framework/types.ts';
import { maxEmployers } from './actualisationReducer.ts';

const a = (path: string) => `france-travail.actualisation.${path}`;
const d = (path: string) => `france-travail.documents.${path}`;

export const actualisationPlaces: Record<string, PlaceSpec> = {
  'actualisation-fermee': { label: 'la page « M’actualiser » (actualisation fermée)', targets: [a('retour')] },
  'actualisation-questions': {
    label: 'les questions de l’actualisation',
    targets: [a('travail'), a('formation'), a('arret'), a('retraite'), a('recherche'), a('questions.suivant')],
  },
  'actualisation-fin-recherche': {
    label: 'la page « Vous n’êtes plus à la recherche d’un emploi »',
    targets: [a('fin-recherche.*')],
  },
  'actualisation-employeurs': {
    label: 'la page « Vos employeurs » de l’actualisation',
    targets: [a('employeur.*'), a('ajouter-employeur'), a('employeurs.*')],
    // A second employer's fields appear with « Ajouter un autre employeur ».
    reveal: [{ action: 'click', target: a('ajouter-employeur') }],
  },
  'actualisation-recapitulatif': {
    label: 'le récapitulatif de l’actualisation',
    targets: [a('recapitulatif.*'), a('valider')],
  },
  'actualisation-enregistree': {
    label: 'la page « Votre actualisation est enregistrée »',
    targets: [a('justificatifs'), a('telecharger'), a('retour'), a('refaire')],
  },
  'documents-formulaire': {
    label: 'la page « Transmettre un document »',
    targets: [d('type'), d('mois'), d('parcourir'), d('ajouter-page'), d('fichier.*'), d('envoyer'), d('retour')],
  },
  'documents-apercu': { label: 'l’aperçu du fichier choisi', targets: [d('apercu.*')] },
  'documents-envoye': { label: 'la page « Votre document a bien été transmis »', targets: [d('autre'), d('retour')] },
};

const fromEspace = (target: string, to: string, more: Partial<LinkSpec> = {}): LinkSpec => ({
  from: ['espace'],
  to,
  steps: [{ action: 'click', target }],
  ...more,
  when: ['signed-in', ...(more.when ?? [])],
});

export const actualisationLinks: LinkSpec[] = [
  // « M'actualiser » (open, not sent): the questions. Once sent, « Revoir mon actualisation » and
  // (practice only) « Refaire l'actualisation ». Closed, the espace offers neither.
  fromEspace('france-travail.espace.actualiser', 'actualisation-questions', {
    unless: ['actualisation-validee', 'actualisation-fermee'],
  }),
  fromEspace('france-travail.espace.revoir-actualisation', 'actualisation-enregistree', {
    when: ['actualisation-validee'],
  }),
  fromEspace('france-travail.espace.refaire-actualisation', 'actualisation-questions', {
    when: ['actualisation-validee'],
    takes: ['actualisation-validee'],
    gives: ['actualisation-refaite'],
  }),
  // « Transmettre un document »: the form, or the file chosen still shown in its preview.
  fromEspace('france-travail.espace.documents', 'documents-formulaire', { unless: ['documents-apercu'] }),
  fromEspace('france-travail.espace.documents', 'documents-apercu', { when: ['documents-apercu'] }),
  // The questions lead on according to the answers. A way back that needs the other answer to
  // « Avez-vous travaillé » gives it: the employers' page with « Oui »; the summary with « Non »,
  // only when no employer is filled in (a lesson where the learner worked never loses its figures).
  {
    from: ['actualisation-questions'],
    to: 'actualisation-fin-recherche',
    steps: [{ action: 'click', target: a('questions.suivant') }],
    when: ['actualisation-fin-recherche'],
  },
  {
    from: ['actualisation-questions'],
    to: 'actualisation-employeurs',
    steps: [{ action: 'click', target: a('questions.suivant') }],
    when: ['actualisation-activite'],
    unless: ['actualisation-fin-recherche'],
  },
  {
    from: ['actualisation-questions'],
    to: 'actualisation-employeurs',
    steps: [
      { action: 'choose', target: a('travail'), value: 'equals:oui' },
      { action: 'click', target: a('questions.suivant') },
    ],
    unless: ['actualisation-activite', 'actualisation-fin-recherche'],
    gives: ['actualisation-activite'],
  },
  {
    from: ['actualisation-questions'],
    to: 'actualisation-recapitulatif',
    steps: [{ action: 'click', target: a('questions.suivant') }],
    unless: ['actualisation-activite', 'actualisation-fin-recherche'],
  },
  {
    from: ['actualisation-questions'],
    to: 'actualisation-recapitulatif',
    steps: [
      { action: 'choose', target: a('travail'), value: 'equals:non' },
      { action: 'click', target: a('questions.suivant') },
    ],
    when: ['actualisation-activite'],
    unless: ['actualisation-fin-recherche', 'actualisation-employeurs-complets', 'actualisation-employeurs-saisis'],
    takes: ['actualisation-activite'],
  },
  {
    from: ['actualisation-fin-recherche'],
    to: 'actualisation-questions',
    steps: [{ action: 'click', target: a('fin-recherche.modifier') }],
  },
  {
    from: ['actualisation-fin-recherche'],
    to: 'actualisation-employeurs',
    steps: [{ action: 'click', target: a('fin-recherche.confirmer') }],
    when: ['actualisation-activite'],
  },
  {
    from: ['actualisation-fin-recherche'],
    to: 'actualisation-recapitulatif',
    steps: [{ action: 'click', target: a('fin-recherche.confirmer') }],
    unless: ['actualisation-activite'],
  },
  {
    from: ['actualisation-employeurs'],
    to: 'actualisation-questions',
    steps: [{ action: 'click', target: a('employeurs.precedent') }],
  },
  // More employer parts than payslips: the last is removed (a link to the page itself, done by
  // the way back before the step, since a part left half-typed blocks « Suivant »).
  ...Array.from({ length: maxEmployers - 1 }, (_, i): LinkSpec => {
    const flag = `actualisation-employeur-${i + 2}-en-trop`;
    return {
      from: ['actualisation-employeurs'],
      to: 'actualisation-employeurs',
      steps: [{ action: 'click', target: a(`employeur.${i + 2}.supprimer`) }],
      when: [flag],
      takes: [flag],
    };
  }),
  {
    from: ['actualisation-employeurs'],
    to: 'actualisation-recapitulatif',
    steps: [{ action: 'click', target: a('employeurs.suivant') }],
    when: ['actualisation-employeurs-complets'],
  },
  {
    from: ['actualisation-recapitulatif'],
    to: 'actualisation-questions',
    steps: [{ action: 'click', target: a('recapitulatif.modifier-questions') }],
  },
  {
    from: ['actualisation-recapitulatif'],
    to: 'actualisation-employeurs',
    steps: [{ action: 'click', target: a('recapitulatif.modifier-employeurs') }],
    when: ['actualisation-activite'],
  },
  // Made again after « Refaire l'actualisation » (practice only): the way back validates it again.
  {
    from: ['actualisation-recapitulatif'],
    to: 'actualisation-enregistree',
    steps: [{ action: 'click', target: a('valider') }],
    when: ['actualisation-refaite'],
  },
  // Once sent: the documents, Mon espace, or (practice only) the update again.
  {
    from: ['actualisation-enregistree'],
    to: 'documents-formulaire',
    steps: [{ action: 'click', target: a('justificatifs') }],
    when: ['actualisation-activite'],
  },
  {
    from: ['actualisation-enregistree'],
    to: 'actualisation-questions',
    steps: [{ action: 'click', target: a('refaire') }],
    takes: ['actualisation-validee'],
    gives: ['actualisation-refaite'],
  },
  {
    from: ['actualisation-enregistree', 'actualisation-fermee'],
    to: 'espace',
    steps: [{ action: 'click', target: a('retour') }],
  },
  // Transmettre un document
  { from: ['documents-apercu'], to: 'documents-formulaire', steps: [{ action: 'click', target: d('apercu.autre') }] },
  {
    from: ['documents-formulaire', 'documents-envoye'],
    to: 'espace',
    steps: [{ action: 'click', target: d('retour') }],
  },
  { from: ['documents-envoye'], to: 'documents-formulaire', steps: [{ action: 'click', target: d('autre') }] },
];
