/**
 * French UI strings of the independence record: the four levels and the explanation of each
 * (docs/independence.md), the three modes, how the steps of a run were done (the end of a
 * lesson and « Mon carnet »), and the « Mon carnet » page. Spread into `fr`.
 */
export const learnerFr = {
  lessonLink: {
    official: 'site officiel, s’ouvre dans un nouvel onglet',
  },
  practiceBrowser: {
    back: 'Page précédente',
  },
  keptRun: {
    resumed: 'Vous reprenez la leçon là où vous étiez.',
    damaged: 'La leçon commencée n’a pas pu être reprise. Elle recommence au début.',
    restart: 'Recommencer depuis le début',
    home: 'Leçon en cours',
    resume: 'Reprendre la leçon :',
  },
  leaveLesson: {
    title: 'Quitter la leçon ?',
    text: 'Si vous quittez, la leçon s’arrête. Vous pourrez la reprendre depuis l’accueil, tant que cet onglet reste ouvert.',
    stay: 'Rester dans la leçon',
    leave: 'Quitter la leçon',
  },
  levels: {
    decouverte: 'Découverte',
    'avec-aide': 'Avec aide',
    'presque-seul': 'Presque seul',
    autonome: 'Autonome',
    step: 'niveau {{index}} sur {{total}}',
    restored: "D'après votre code de progrès.",
    explanation: {
      decouverte: 'Pas encore essayé.',
      decouverteVu_one: "Pas à pas vous l'a montré {{count}} fois. Vous ne l'avez pas encore fait vous-même.",
      decouverteVu_other: "Pas à pas vous l'a montré {{count}} fois. Vous ne l'avez pas encore fait vous-même.",
      avecAide_one: 'Fait {{count}} fois avec les consignes, en « On fait ensemble ».',
      avecAide_other: 'Fait {{count}} fois avec les consignes, en « On fait ensemble ».',
      avecAideRevu: "Vous l'aviez déjà fait. Mais la dernière fois, il a fallu vous le montrer ou vous aider.",
      avecAideErreur:
        'La dernière fois, une information est restée fausse à la fin de la leçon. Refaites-le, et vérifiez avant de finir.',
      presqueSeul_one: 'Fait seul, sans aide, {{count}} fois. Refaites-le seul un autre jour pour devenir autonome.',
      presqueSeul_other:
        'Fait seul, sans aide, {{count}} fois, le même jour. Refaites-le seul un autre jour pour devenir autonome.',
      presqueSeulAide: 'La dernière fois, fait seul, mais avec une aide ou après plusieurs essais.',
      autonome_one: 'Fait seul, sans aide, {{count}} fois, {{days}} jours différents.',
      autonome_other: 'Fait seul, sans aide, {{count}} fois, {{days}} jours différents.',
    },
  },
  stepsDone: {
    alone_one: '{{count}} étape faite sans aide',
    alone_other: '{{count}} étapes faites sans aide',
    corrected_one: '{{count}} étape corrigée après une erreur',
    corrected_other: '{{count}} étapes corrigées après une erreur',
    hints_one: "{{count}} étape faite avec de l'aide",
    hints_other: "{{count}} étapes faites avec de l'aide",
    shown_one: '{{count}} étape montrée, ou faite avec un animateur',
    shown_other: '{{count}} étapes montrées, ou faites avec un animateur',
    leftWrong_one: 'Attention : {{count}} information est restée fausse à la fin.',
    leftWrong_other: 'Attention : {{count}} informations sont restées fausses à la fin.',
  },
  modes: {
    watch: 'Je regarde',
    guided: 'On fait ensemble',
    alone: 'Je fais seul',
  },
  carnet: {
    title: 'Mon carnet',
    documentTitle: 'Mon carnet · Pas à pas',
    intro: 'Ce que vous savez déjà faire, les leçons que vous avez faites, et ce que vous pouvez faire ensuite.',
    empty: "Votre carnet est vide pour l'instant. Faites une première leçon : vos progrès s'afficheront ici.",
    next: {
      title: 'À faire ensuite',
      new: 'Nouvelle leçon',
      practise: 'Pour vous entraîner encore',
      mode: 'Conseillé : {{mode}}',
      none: 'Vous avez fait toutes les leçons seul, sans aide. Bravo !',
    },
    skills: {
      title: 'Ce que je sais faire',
      legend: 'Les 4 niveaux, du premier au dernier :',
    },
    lessons: {
      title: 'Mes leçons',
      before: 'Faites avant, sur un autre ordinateur (d’après votre code de progrès) :',
      date: 'Le {{date}}',
      mode: 'Mode : {{mode}}',
      watched: 'Pas à pas a fait les étapes devant vous.',
    },
  },
} as const;
