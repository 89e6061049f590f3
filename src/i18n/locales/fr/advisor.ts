/** French strings of the advisor's pages (`/animateur`) shared by its parts; each part has its own file. */
import { groupFr } from './group.ts';
import { handoutsFr } from './handouts.ts';
import { presenterFr } from './presenter.ts';

export const advisorFr = {
  homeLink: 'Espace animateur',
  homeLinkHint: 'Pour les conseillers numériques qui animent un atelier',
  back: "Retour à l'espace animateur",
  prepare: {
    listTitle: 'Les ordinateurs des participants',
    listText:
      "Préparer cet ordinateur pour l'atelier : plus de temps avant l'effacement automatique, et les leçons sans internet.",
    title: "Préparer cet ordinateur pour l'atelier",
    documentTitle: "Pas à pas : préparer l'ordinateur pour l'atelier",
    intro:
      "Sur un ordinateur public, Pas à pas efface tout quand personne ne l'a touché depuis un moment. Pendant une pause ou une démonstration au vidéoprojecteur, c'est trop court. Faites ce réglage sur chaque ordinateur des participants, avant l'atelier.",
    current_one: 'Maintenant : tout est effacé après {{count}} minute sans activité.',
    current_other: 'Maintenant : tout est effacé après {{count}} minutes sans activité.',
    legend: 'Effacer tout après combien de minutes sans activité ?',
    usual_one: '{{count}} minute (le réglage habituel)',
    usual_other: '{{count}} minutes (le réglage habituel)',
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
    save: 'Enregistrer',
    saved_one: "C'est enregistré : {{count}} minute.",
    saved_other: "C'est enregistré : {{count}} minutes.",
    end: "À la fin de l'atelier, « Terminer et tout effacer » efface aussi ce réglage : l'ordinateur revient au réglage habituel pour la personne suivante.",
    offline: {
      title: 'Travailler sans internet',
      intro:
        'Une fois prêt, cet ordinateur fait toutes les leçons sans internet : dans une salle sans connexion, ou si internet coupe. Il garde seulement les fichiers de Pas à pas, jamais ce que font les personnes : « Terminer et tout effacer » efface toujours tout.',
      checking: 'Vérification…',
      ready: 'Prêt : cet ordinateur peut faire toutes les leçons sans internet.',
      update:
        'Une nouvelle version de Pas à pas est aussi prête : elle servira quand toutes les fenêtres de Pas à pas auront été fermées.',
      preparing: 'Préparation en cours… Gardez internet et cette page ouverte.',
      missing: 'Pas encore prêt : sans internet, les leçons ne marcheront pas sur cet ordinateur.',
      failed: "La préparation n'est pas finie. Vérifiez qu'internet marche, puis appuyez encore sur le bouton.",
      unsupported:
        "Ce navigateur ne peut pas garder Pas à pas sans internet (navigateur trop ancien, ou fenêtre privée). Prenez un autre navigateur, ou gardez internet pendant l'atelier.",
      prepare: 'Préparer pour travailler sans internet',
    },
  },
  presenter: presenterFr,
  group: groupFr,
  handouts: handoutsFr,
} as const;
