/**
 * French UI strings of the independence record: the four levels and the explanation of each
 * (docs/independence.md), the three modes, and the « Mon carnet » page. Spread into `fr`.
 */
export const learnerFr = {
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
      presqueSeul_one: 'Fait seul, sans aide, {{count}} fois. Refaites-le seul un autre jour pour devenir autonome.',
      presqueSeul_other:
        'Fait seul, sans aide, {{count}} fois, le même jour. Refaites-le seul un autre jour pour devenir autonome.',
      presqueSeulAide: 'La dernière fois, fait seul, mais avec une aide ou après plusieurs essais.',
      autonome_one: 'Fait seul, sans aide, {{count}} fois, {{days}} jours différents.',
      autonome_other: 'Fait seul, sans aide, {{count}} fois, {{days}} jours différents.',
    },
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
      noHelp: 'Sans aide.',
      hints_one: "{{count}} étape avec de l'aide",
      hints_other: "{{count}} étapes avec de l'aide",
      shown_one: '{{count}} étape montrée (« Montre-moi »)',
      shown_other: '{{count}} étapes montrées (« Montre-moi »)',
      advisor_one: "{{count}} étape avec l'aide d'un animateur",
      advisor_other: "{{count}} étapes avec l'aide d'un animateur",
    },
  },
} as const;
