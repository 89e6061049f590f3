/**
 * Long French words that most adults know, so that the `long-word` warning does not flag them.
 * Data, not a dictionary: words whose forms can have more than `maxWordLetters` letters, in their
 * base form (a word is looked up as written, then without a final `s`, `e` or `es`). Add a word
 * when it is common in everyday life and on public services' pages; explain it with a `<Term>`
 * when it is not.
 */

/** Words of more than this many letters are checked against `commonWords`. */
export const maxWordLetters = 10;

/** Common long words, lower-case, with their accents. */
export const commonWords: ReadonlySet<string> = new Set(
  `
  accompagnement accompagner accompagnez actuellement administration adolescent agriculteur alimentation
  allocation anniversaire appartement application apprentissage architecture attentivement automobile
  autorisation bibliothèque boulangerie calculatrice catastrophe certainement championnat changements
  circulation commencement commerçant communication complètement compréhension comprennent concentration
  confirmation connaissance connaissances consommation construction conversation correctement
  correspondance couverture déclaration déconnecter déconnectez déconnexion déménagement dernièrement
  différemment différence difficulté directement disponible distribution documentation électricité
  électronique élémentaire enregistrement enregistrer enregistrez entièrement entraînement entreprises
  environnement exceptionnel exclamation expérience explication extraordinaire fonctionnaire
  fonctionnement fonctionner formulaire gouvernement habituellement identifiant immédiatement importante
  impossible imprimante indispensable informatique information inscription installation instruction
  intelligent intéressant international internaute malheureusement médiathèque médicament mathématiques
  modification naturellement nécessaire normalement notification obligatoire ordinateur orthographe
  particulier personnelle photographie possibilité précédente préfecture premièrement présentation
  probablement professeur professionnel progressivement propriétaire quelquefois questionnaire
  recommencer recommencez régulièrement remboursement réservation responsable restaurant supermarché
  suffisamment télécharger téléchargez téléchargement téléphonique temporaire tranquillement travailleur
  université utilisateur véritablement vérification
  `
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/** Whether `word` (lower-case) is common: itself, or without a final `s`, `e` or `es`. */
export function isCommonWord(word: string): boolean {
  return [word, word.replace(/s$/, ''), word.replace(/e?s?$/, '')].some((form) => commonWords.has(form));
}
