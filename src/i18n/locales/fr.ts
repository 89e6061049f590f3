/**
 * French UI strings: the reference locale. Every other locale must have exactly these keys
 * (`Messages` below), and `t()` keys are type-checked against this object (`i18next.d.ts`).
 * Lesson texts and practice sites are not here: they come from lesson files and site components.
 */
import { learnerFr } from './fr/learner.ts';
import { progress } from './fr/progress.ts';
import { advisorFr } from './fr/advisor.ts';

export const fr = {
  app: {
    name: 'Pas à pas',
    tagline: 'Apprendre les démarches en ligne en les faisant, pas à pas',
    skipLink: 'Aller au contenu',
    homeLink: "Pas à pas, page d'accueil",
    loading: 'Chargement…',
    crashTitle: 'Un problème est survenu',
    crashText: "Cette page n'a pas pu s'afficher. Rechargez la page, ou revenez aux leçons.",
    language: {
      label: 'Langue',
    },
  },
  home: {
    title: 'Les leçons',
    documentTitle: 'Pas à pas : les leçons',
    intro:
      "Choisissez une leçon. Vous allez vous entraîner sur une copie du vrai site, avec une personne imaginaire. Rien n'est envoyé pour de vrai.",
    level: 'Niveau {{level}} sur 3',
    duration_one: '{{count}} minute',
    duration_other: '{{count}} minutes',
    empty: "Il n'y a pas encore de leçon.",
    startHere: 'Commencer ici',
    before: 'À faire avant :',
  },
  notFound: {
    title: 'Page introuvable',
    text: "Cette page n'existe pas. Elle a peut-être changé d'adresse.",
  },
  lesson: {
    back: 'Retour aux leçons',
    unknownTitle: 'Leçon introuvable',
    unknownText: "Il n'y a pas de leçon « {{id}} ». Choisissez une leçon dans la liste.",
    loadError: "La leçon n'a pas pu être chargée. Rechargez la page pour essayer encore.",
    goal: 'Votre mission',
    duration_one: 'Durée : environ {{count}} minute',
    duration_other: 'Durée : environ {{count}} minutes',
    chooseMode: 'Comment voulez-vous faire ?',
    recommended: 'Conseillé pour vous',
    modeText: {
      watch: 'Pas à pas fait chaque étape devant vous. Vous appuyez sur « Suivant ».',
      guided: 'Vous faites chaque étape. Le guide vous dit quoi faire et montre où cliquer.',
      alone: 'Vous faites tout seul, avec la carte d’entraînement. L’aide est là si vous la demandez.',
    },
    cardLink: "Voir la carte d'entraînement à imprimer",
    onlyIn: 'Cette leçon existe seulement en {{language}} pour le moment.',
  },
  player: {
    guide: 'Guide',
    step: 'Étape {{index}} sur {{total}}',
    announce: 'Étape {{index}} sur {{total}} : {{text}}',
    help: "J'ai besoin d'aide",
    hints: 'Aide',
    noMoreHints: "Il n'y a plus d'autre aide. Appuyez sur « Montre-moi » : Pas à pas fait l'étape devant vous.",
    show: 'Montre-moi',
    advisor: "Un animateur m'a aidé",
    advisorNoted: "C'est noté. Merci !",
    feedback: {
      wrongTarget: "Ce n'est pas le bon endroit. Relisez la consigne, puis essayez encore.",
      wrongTargetGuided: "Ce n'est pas le bon endroit. Cherchez l'élément entouré en couleur sur le site.",
      wrongValue: "Ce que vous avez écrit ne convient pas. Regardez la carte d'entraînement, puis corrigez.",
      refused: "Le site a refusé. Lisez le message d'erreur sur le site, puis corrigez.",
      wrongAnswer: "Ce n'est pas la bonne réponse. Relisez la question et essayez encore.",
    },
    question: {
      submit: 'Valider',
      choose: 'Choisissez une réponse, puis appuyez sur « Valider ».',
      rightAnswer: 'La bonne réponse :',
      anyAnswer: 'Ici, toutes les réponses conviennent. Par exemple :',
      goOn: 'Appuyez sur « Valider » pour continuer.',
      goOnWatch: 'Appuyez sur « Suivant » pour continuer.',
    },
    wayBack: {
      title: 'Vous n’êtes plus au bon endroit',
      place: 'Vous êtes sur',
      notHere: "Ce qu'il faut pour cette étape n'est pas ici.",
      next: 'Pour y revenir,',
      show: '« Montre-moi » peut vous montrer le chemin.',
      lost: "Ce qu'il faut pour cette étape n'est pas sur cette page. Demandez de l'aide à un animateur, ou recommencez la leçon.",
      action: {
        click: 'cliquez sur :',
        fill: 'remplissez :',
        choose: 'choisissez dans :',
        check: 'cochez :',
        upload: 'ajoutez un fichier dans :',
      },
    },
    showFailed: {
      hiddenTab:
        "Ce qu'il faut faire est dans l'onglet « {{tab}} ». Cliquez d'abord sur cet onglet, en haut du navigateur.",
      notOnScreen:
        'Montre-moi ne trouve pas cet élément sur cette page. Vérifiez que vous êtes sur la bonne page du site.',
      failed: "Montre-moi n'a pas pu faire cette étape. Demandez de l'aide à un animateur.",
    },
    browser: {
      label: "Navigateur d'entraînement",
      tabs: 'Onglets du navigateur',
      address: 'Adresse du site : ',
    },
    modeNow: 'Mode : {{mode}}',
    mission: 'Votre mission',
    now: 'Ce qu’il faut faire maintenant :',
    fullInstruction: 'Voir toute la consigne',
    offered: "Vous cherchez ? Si vous voulez, appuyez sur « J'ai besoin d'aide ».",
    offeredShow: 'Si vous voulez, appuyez sur « Montre-moi » : Pas à pas fait l’étape devant vous.',
    short: {
      click: 'Cliquez : {{label}}',
      fill: 'Remplissez : {{label}}',
      choose: 'Choisissez : {{label}}',
      check: 'Cochez : {{label}}',
      upload: 'Envoyez le document : {{label}}',
    },
    readAloud: {
      label: 'Écouter {{what}}',
      listen: 'Écouter',
      stop: 'Arrêter',
      unavailable: 'La lecture à voix haute n’est pas disponible sur cet ordinateur.',
      noVoice: 'Cet ordinateur n’a pas de voix pour lire en {{language}}.',
      instruction: 'la consigne',
      hint: 'l’aide',
      mission: 'la mission',
      feedback: 'le message',
    },
    watch: {
      next: 'Suivant',
      takeOver: 'À moi !',
      watching: 'Regardez : Pas à pas fait l’étape.',
    },
    realIdentifier: {
      title: 'Attention : ce numéro ressemble à un vrai numéro.',
      text: 'Nous l’avons effacé et nous ne l’avons pas gardé. Ici, tapez seulement les numéros de la carte d’entraînement.',
    },
    card: {
      toggle: "Carte d'entraînement",
    },
  },
  completion: {
    title: 'Bravo !',
    goal: 'Vous avez réussi la mission :',
    summary: 'Ce que vous avez fait',
    alone_one: '{{count}} étape faite sans aide',
    alone_other: '{{count}} étapes faites sans aide',
    helped_one: "{{count}} étape faite avec de l'aide",
    helped_other: "{{count}} étapes faites avec de l'aide",
    shown_one: '{{count}} étape montrée par Pas à pas',
    shown_other: '{{count}} étapes montrées par Pas à pas',
    restart: 'Recommencer',
    carnet: 'Voir mon carnet',
    back: 'Retour aux leçons',
  },
  card: {
    title: "Carte d'entraînement",
    documentTitle: "Carte d'entraînement : {{title}}",
    owner: 'Les papiers de {{name}}',
    fiction:
      "Tout est inventé : cette personne n'existe pas. Ces numéros servent seulement à s'entraîner. N'écrivez jamais vos vrais numéros sur un ordinateur public.",
    print: 'Imprimer',
    back: 'Retour à la leçon',
  },
  term: {
    hint: '(explication)',
  },
  ...learnerFr,
  progress,
  advisor: advisorFr,
} as const;

/** The plural forms French has no use for, which other languages need (Arabic, Ukrainian…). */
type OtherPlurals = { [key: `${string}_${'zero' | 'two' | 'few' | 'many'}`]: string };

/**
 * The shape every locale must have: the reference's keys, with any string as a value, plus the
 * plural forms of its own language (`count_few`…) beside French's `_one` and `_other`.
 */
export type Messages<T = typeof fr> = {
  -readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]>;
} & OtherPlurals;
