/**
 * French UI strings of the public-computer features: wipe, inactivity, notices, progress code.
 * Part of the reference locale (`fr.ts`, key `progress`).
 */
export const progress = {
  header: {
    carnet: 'Mon carnet',
    wipe: 'Terminer et tout effacer',
  },
  wipe: {
    title: 'Terminer et tout effacer ?',
    text: "Pas à pas va effacer de cet ordinateur tout ce qu'il a gardé : vos progrès, votre carnet, la leçon en cours et la langue choisie. La personne suivante ne verra rien de tout cela.",
    codeHint: "Pour continuer plus tard sur un autre ordinateur, prenez d'abord votre code de progrès.",
    codeLink: 'Prendre mon code de progrès',
    confirm: 'Oui, tout effacer',
    cancel: 'Annuler',
  },
  notice: {
    wiped: "Tout est effacé. Vous pouvez laisser l'ordinateur.",
    wipedInactive:
      "Personne n'utilisait Pas à pas depuis un moment : tout a été effacé. La personne suivante peut commencer.",
    corrupt:
      'Les progrès gardés sur cet ordinateur étaient abîmés : Pas à pas ne peut pas les lire, il repart de zéro. Si vous avez un code de progrès, tapez-le plus bas.',
    unknownVersion:
      "Les progrès gardés sur cet ordinateur viennent d'une version plus récente de Pas à pas : ils ne peuvent pas être lus ici, Pas à pas repart de zéro. Si vous avez un code de progrès, tapez-le plus bas.",
    migrated: 'Pas à pas a été mis à jour. Vos progrès sont gardés.',
    memory:
      'Ce navigateur ne permet pas de garder vos progrès : ils seront perdus en fermant la page. Avant de partir, prenez votre code de progrès.',
    dismiss: 'Fermer ce message',
  },
  inactivity: {
    title: 'Vous êtes encore là ?',
    text_one:
      "Personne n'a touché l'ordinateur depuis {{count}} minute. Pour que personne ne voie vos progrès, Pas à pas va tout effacer.",
    text_other:
      "Personne n'a touché l'ordinateur depuis {{count}} minutes. Pour que personne ne voie vos progrès, Pas à pas va tout effacer.",
    countdown_one: 'Tout sera effacé dans {{count}} seconde',
    countdown_other: 'Tout sera effacé dans {{count}} secondes',
    stay: 'Je suis encore là',
  },
  resume: {
    title: 'Reprendre avec mon code',
    intro: 'Vous avez une carte avec un code de progrès ? Tapez le code ici pour retrouver vos progrès.',
    carries: 'Le code garde vos niveaux. La liste des leçons faites ne passe que par le QR code de la carte.',
    label: 'Mon code de progrès',
    hint: '16 lettres et chiffres, écrits sur votre carte en 4 groupes de 4.',
    submit: 'Reprendre',
    done: 'Vos progrès sont repris.',
    levelsOnly:
      'Le code a repris vos niveaux, pas la liste des leçons faites : votre carnet ne la montre pas, et peut vous proposer une leçon déjà faite.',
    carnetLink: 'Voir mon carnet',
    replaceTitle: 'Remplacer les progrès de cet ordinateur ?',
    replaceText:
      'Cet ordinateur garde déjà des progrès. Si vous continuez, ils seront remplacés par ceux de votre code.',
    replace: 'Remplacer',
    cancel: 'Annuler',
    cancelled: "Rien n'a changé : les progrès de cet ordinateur sont gardés.",
    unavailable:
      "Pas à pas n'a pas pu lire le code : vérifiez que l'ordinateur est connecté à Internet, puis appuyez encore sur « Reprendre ».",
    errors: {
      empty: 'Tapez votre code de progrès : il est écrit sur votre carte.',
      'too-short': 'Il manque des caractères : un code en a 16. Vérifiez le code sur votre carte.',
      'too-long': 'Il y a trop de caractères : un code en a 16. Vérifiez le code sur votre carte.',
      alphabet: "Le caractère « {{character}} » n'existe pas dans les codes. Vérifiez le code sur votre carte.",
      checksum: 'Ce code contient une erreur de frappe. Vérifiez chaque caractère sur votre carte, puis corrigez.',
      version:
        "Ce code vient d'une autre version de Pas à pas : il ne peut pas être lu ici. Demandez de l'aide à un animateur.",
    },
  },
  code: {
    title: 'Mon code de progrès',
    documentTitle: 'Mon code de progrès · Pas à pas',
    intro: 'Avec ce code, vous reprenez vos progrès sur un autre ordinateur.',
    how: "Sur la page d'accueil de Pas à pas, choisissez « Reprendre avec mon code », puis tapez-le.",
    spelled: 'Votre code, caractère par caractère : {{spelled}}',
    qrLabel: 'QR code de vos progrès',
    qrHint: 'Vous pouvez aussi photographier ce QR code avec un téléphone : il ouvre Pas à pas avec vos progrès.',
    print: 'Imprimer la carte',
    back: 'Retour à mon carnet',
    empty: "Vous n'avez pas encore de progrès à garder. Faites d'abord une leçon.",
    lessonsLink: 'Voir les leçons',
    card: {
      title: 'Pas à pas : mon code de progrès',
      date: 'Code pris le {{date}}',
      keep: 'Gardez cette carte. Avec ce code, vous reprenez vos progrès sur un autre ordinateur.',
      private: 'Cette carte ne contient aucune donnée personnelle : seulement vos niveaux dans chaque compétence.',
    },
  },
  carnet: {
    codeLink: 'Mon code de progrès',
  },
} as const;
