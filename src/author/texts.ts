/**
 * The author preview's texts, in French (the reference) and English. They live here, not in the
 * app's locales, so that the learner's bundle does not carry them: the preview exists only in
 * `npm run dev`. Lesson texts and checker messages come from the lesson and the compiler.
 */
import { useTranslation } from 'react-i18next';

const fr = {
  documentTitle: (title: string) => `Aperçu : ${title} · Pas à pas`,
  indexTitle: 'Aperçu des leçons',
  indexIntro:
    'Cette page sert aux personnes qui écrivent les leçons. Elle existe seulement avec « npm run dev ». Choisissez une leçon : vous voyez ses étapes et ses erreurs, et vous pouvez la jouer.',
  noLessons: "Il n'y a pas encore de leçon dans content/lessons/.",
  lessonColumn: 'Leçon',
  titleColumn: 'Titre',
  filesColumn: 'Fichiers',
  errors: (count: number) => (count === 1 ? '1 erreur' : `${count} erreurs`),
  warnings: (count: number) => (count === 1 ? '1 conseil' : `${count} conseils`),
  fine: 'aucun message',
  allLessons: 'Toutes les leçons',
  unknownLesson: (id: string) =>
    `Il n'y a pas de leçon « ${id} ». Le dossier content/lessons/${id}/ doit contenir un fichier fr.mdx.`,
  file: 'Fichier :',
  localeChoice: 'Langue du fichier :',
  messagesTitle: 'Messages du vérificateur',
  noMessages: 'Le vérificateur ne signale rien dans ce fichier.',
  error: 'Erreur',
  warning: 'Conseil',
  fixAt: (line: number, column: number) => `corrigez le fichier à la ligne ${line} (colonne ${column}) :`,
  lookAt: (line: number, column: number) => `à revoir à la ligne ${line} (colonne ${column}) :`,
  rule: 'Règle :',
  blocked:
    'On ne peut pas jouer la leçon tant que ces erreurs restent. Corrigez le fichier et enregistrez-le : cette page se met à jour seule.',
  loading: 'Chargement de la leçon…',
  loadFailed: (reason: string) =>
    `La leçon n'a pas pu être chargée : ${reason}. Regardez le terminal de « npm run dev » : il donne la ligne à corriger.`,
  playTitle: 'Jouer la leçon',
  personaLegend: 'Avec quelle personne ?',
  asWritten: (persona: string) => `${persona}, comme dans la leçon`,
  variant: (field: string, value: string) => `${field} = « ${value} »`,
  otherValue: '(une autre valeur : « Otherwise »)',
  stop: 'Arrêter',
  playing: (mode: string) => `Leçon jouée en mode « ${mode} ». Elle recommence quand vous enregistrez le fichier.`,
  graphTitle: 'Les étapes',
  graphSummary: (units: number, branches: number) =>
    `${units} ${units === 1 ? 'étape ou question' : 'étapes et questions'}, ${branches} ${branches === 1 ? 'choix' : 'choix'}.`,
  step: (n: number) => `Étape ${n}`,
  question: (n: number) => `Question ${n}`,
  branch: 'Choix',
  end: 'Fin de la leçon',
  start: 'Début',
  target: 'Élément :',
  expect: 'Valeur attendue :',
  hints: 'Indices :',
  noHint: 'aucun indice',
  mistakes: 'Erreurs prévues :',
  onTarget: (target: string, value?: string) => (value ? `sur ${target}, valeur « ${value} »` : `sur ${target}`),
  answers: 'Réponses :',
  correct: 'bonne réponse',
  noCorrect: 'aucune bonne réponse',
  next: 'Ensuite :',
  branchOn: (on: string) => `selon ${on}`,
  caseIf: (value: string) => `si « ${value} »`,
  otherwise: 'sinon',
  comesFrom: 'Vient de :',
  lessonsTitle: 'Leçons',
  sessionsTitle: 'Séances',
  sessionsIntro:
    'Les scripts des ateliers, dans content/sessions/. Choisissez une séance : vous voyez ses parties et ses erreurs.',
  noSessions: "Il n'y a pas encore de séance dans content/sessions/.",
  sessionColumn: 'Séance',
  allLessonsAndSessions: 'Toutes les leçons et les séances',
  unknownSession: (id: string) =>
    `Il n'y a pas de séance « ${id} ». Le dossier content/sessions/${id}/ doit contenir un fichier fr.mdx.`,
  sessionBlocked:
    'On ne peut pas utiliser la séance tant que ces erreurs restent. Corrigez le fichier et enregistrez-le : cette page se met à jour seule.',
  segmentsTitle: 'Les parties de la séance',
  segmentsSummary: (count: number, minutes: number) =>
    `${count} ${count === 1 ? 'partie' : 'parties'}, ${minutes} minutes en tout.`,
  noSegments: "Le vérificateur n'a lu aucune partie.",
  minutes: (count: number) => `${count} min`,
  segmentLesson: (lesson: string, mode?: string) => `Leçon ${lesson}${mode ? `, mode « ${mode} »` : ''}`,
  say: 'À dire :',
  ask: 'Question :',
  answer: 'Bonnes réponses :',
  checklist: 'À vérifier :',
  line: (line: number) => `ligne ${line}`,
};

/** The author preview's texts. */
export type AuthorTexts = typeof fr;

const en: AuthorTexts = {
  documentTitle: (title) => `Preview: ${title} · Pas à pas`,
  indexTitle: 'Lesson preview',
  indexIntro:
    'This page is for the people who write lessons. It exists only with “npm run dev”. Choose a lesson: you see its steps and its mistakes, and you can play it.',
  noLessons: 'There is no lesson in content/lessons/ yet.',
  lessonColumn: 'Lesson',
  titleColumn: 'Title',
  filesColumn: 'Files',
  errors: (count) => (count === 1 ? '1 error' : `${count} errors`),
  warnings: (count) => (count === 1 ? '1 warning' : `${count} warnings`),
  fine: 'no message',
  allLessons: 'All lessons',
  unknownLesson: (id) => `There is no lesson “${id}”. The folder content/lessons/${id}/ needs a fr.mdx file.`,
  file: 'File:',
  localeChoice: 'Language of the file:',
  messagesTitle: "The checker's messages",
  noMessages: 'The checker finds nothing in this file.',
  error: 'Error',
  warning: 'Warning',
  fixAt: (line, column) => `fix the file at line ${line} (column ${column}):`,
  lookAt: (line, column) => `look again at line ${line} (column ${column}):`,
  rule: 'Rule:',
  blocked: 'The lesson cannot be played while these errors remain. Fix the file and save it: this page updates itself.',
  loading: 'Loading the lesson…',
  loadFailed: (reason) =>
    `The lesson could not be loaded: ${reason}. Look at the terminal of “npm run dev”: it gives the line to fix.`,
  playTitle: 'Play the lesson',
  personaLegend: 'With which person?',
  asWritten: (persona) => `${persona}, as in the lesson`,
  variant: (field, value) => `${field} = “${value}”`,
  otherValue: '(another value: “Otherwise”)',
  stop: 'Stop',
  playing: (mode) => `Lesson played in “${mode}” mode. It starts again when you save the file.`,
  graphTitle: 'The steps',
  graphSummary: (units, branches) =>
    `${units} ${units === 1 ? 'step or question' : 'steps and questions'}, ${branches} ${branches === 1 ? 'branch' : 'branches'}.`,
  step: (n) => `Step ${n}`,
  question: (n) => `Question ${n}`,
  branch: 'Branch',
  end: 'End of the lesson',
  start: 'Start',
  target: 'Element:',
  expect: 'Expected value:',
  hints: 'Hints:',
  noHint: 'no hint',
  mistakes: 'Expected mistakes:',
  onTarget: (target, value) => (value ? `on ${target}, value “${value}”` : `on ${target}`),
  answers: 'Answers:',
  correct: 'right answer',
  noCorrect: 'no right answer',
  next: 'Then:',
  branchOn: (on) => `on ${on}`,
  caseIf: (value) => `if “${value}”`,
  otherwise: 'otherwise',
  comesFrom: 'Comes from:',
  lessonsTitle: 'Lessons',
  sessionsTitle: 'Sessions',
  sessionsIntro: 'The workshop scripts, in content/sessions/. Choose a session: you see its segments and its mistakes.',
  noSessions: 'There is no session in content/sessions/ yet.',
  sessionColumn: 'Session',
  allLessonsAndSessions: 'All lessons and sessions',
  unknownSession: (id) => `There is no session “${id}”. The folder content/sessions/${id}/ needs a fr.mdx file.`,
  sessionBlocked:
    'The session cannot be used while these errors remain. Fix the file and save it: this page updates itself.',
  segmentsTitle: 'The segments of the session',
  segmentsSummary: (count, minutes) => `${count} ${count === 1 ? 'segment' : 'segments'}, ${minutes} minutes in all.`,
  noSegments: 'The checker read no segment.',
  minutes: (count) => `${count} min`,
  segmentLesson: (lesson, mode) => `Lesson ${lesson}${mode ? `, “${mode}” mode` : ''}`,
  say: 'To say:',
  ask: 'Question:',
  answer: 'Good answers:',
  checklist: 'To check:',
  line: (line) => `line ${line}`,
};

/** The author preview's texts in the UI language (French when it has none). */
export function useAuthorTexts(): AuthorTexts {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' ? en : fr;
}
