/**
 * A hand-made compiled session, shaped as the session compiler emits it (flat slots, one per
 * text), around a real lesson (`caf-se-connecter`), and its catalogue entry.
 */
import type { ComponentType, ReactNode } from 'react';
import type { CompiledSession, SessionEntry } from '../../../src/advisor/sessionTypes.ts';
import type { LessonContentProps } from '../../../src/lesson/types.ts';

const texts: [string, string][] = [
  ['segment/1', 'Présentez-vous. Tout se passe sur une copie du site.'],
  ['segment/1/ask/1', 'Qui a déjà un compte CAF ?'],
  ['segment/1/ask/1/answer', 'Certains, pas tous. Tout le monde peut suivre.'],
  ['segment/1/check/1', 'Chaque personne a un ordinateur allumé.'],
  ['segment/1/check/2', "La page d'accueil est ouverte."],
  ['segment/2', 'Montrez la leçon au projecteur. Faites une pause à chaque étape.'],
  ['segment/3', 'Répondez aux questions du groupe.'],
  ['segment/3/ask/1', 'Où voyez-vous que vous êtes connecté ?'],
  ['segment/3/ask/1/answer', 'Le prénom en haut de la page.'],
];

type SlotComponent = ComponentType<{ id: string; children?: ReactNode }>;

/** The script's content component: every text in its own `Slot`, as compiled scripts do. */
function Content({ components }: LessonContentProps) {
  const Slot = components?.Slot as unknown as SlotComponent;
  return (
    <>
      {texts.map(([id, text]) => (
        <Slot key={id} id={id}>
          <p>{text}</p>
        </Slot>
      ))}
    </>
  );
}

const text = (id: string) => texts.find(([slot]) => slot === id)?.[1] ?? '';

/** The session: a talk, the lesson `caf-se-connecter` in Watch, then questions. */
export const fixtureSession: CompiledSession = {
  meta: {
    id: 'atelier-test',
    title: 'Atelier test : se connecter à la CAF',
    audience: 'Des allocataires qui débutent.',
    duration: 35,
    lessons: ['caf-se-connecter'],
    prepare: ['Le vidéoprojecteur branché.'],
    locale: 'fr',
  },
  segments: [
    {
      id: 'segment-1',
      title: 'Accueil et tour de table',
      duration: 10,
      slot: 'segment/1',
      text: text('segment/1'),
      asks: [
        {
          slot: 'segment/1/ask/1',
          text: text('segment/1/ask/1'),
          answerSlot: 'segment/1/ask/1/answer',
          answerText: text('segment/1/ask/1/answer'),
        },
      ],
      checklist: [
        { slot: 'segment/1/check/1', text: text('segment/1/check/1') },
        { slot: 'segment/1/check/2', text: text('segment/1/check/2') },
      ],
      line: 12,
    },
    {
      id: 'segment-2',
      title: 'Se connecter : je regarde',
      duration: 20,
      lesson: 'caf-se-connecter',
      mode: 'watch',
      slot: 'segment/2',
      text: text('segment/2'),
      asks: [],
      checklist: [],
      line: 24,
    },
    {
      id: 'segment-3',
      title: 'Questions',
      duration: 5,
      slot: 'segment/3',
      text: text('segment/3'),
      asks: [
        {
          slot: 'segment/3/ask/1',
          text: text('segment/3/ask/1'),
          answerSlot: 'segment/3/ask/1/answer',
          answerText: text('segment/3/ask/1/answer'),
        },
      ],
      checklist: [],
      line: 28,
    },
  ],
  default: Content,
};

/** The session's catalogue entry. */
export const fixtureEntry: SessionEntry = {
  id: 'atelier-test',
  duration: 35,
  lessons: ['caf-se-connecter'],
  texts: { fr: { title: fixtureSession.meta.title, audience: fixtureSession.meta.audience } },
  load: { fr: () => Promise.resolve(fixtureSession) },
};
