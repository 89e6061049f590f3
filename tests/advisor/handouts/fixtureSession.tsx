/**
 * A compiled session built by hand, as the session compiler emits it (`src/advisor/sessionTypes.ts`):
 * three segments, one with an Ask and a checklist, two playing lessons of the catalogue.
 */
import type { ReactNode } from 'react';
import type { CompiledSession } from '../../../src/advisor/sessionTypes.ts';
import type { LessonContentProps } from '../../../src/lesson/types.ts';

type SlotComponent = (props: { id: string; children?: ReactNode }) => ReactNode;

/** The script's content: every text in a `Slot`, as the compiler wraps them. */
function Content({ components }: LessonContentProps) {
  const Slot = (components?.Slot ?? (({ children }) => children)) as SlotComponent;
  return (
    <>
      <Slot id="segment/1">
        <p>
          Présentez-vous. Dites que tout se passe sur une <strong>copie</strong> du site.
        </p>
      </Slot>
      <Slot id="segment/1/ask/1">
        <p>Qui a déjà un compte sur le site de la CAF ?</p>
      </Slot>
      <Slot id="segment/1/ask/1/answer">
        <p>Certains l&apos;ont, d&apos;autres ne savent pas.</p>
      </Slot>
      <Slot id="segment/1/check/1">Chaque personne a un ordinateur allumé.</Slot>
      <Slot id="segment/1/check/2">La page d&apos;accueil de Pas à pas est ouverte.</Slot>
      <Slot id="segment/2">
        <p>Montrez la leçon au vidéoprojecteur.</p>
      </Slot>
      <Slot id="segment/3">
        <p>Chacun fait la déclaration seul.</p>
      </Slot>
    </>
  );
}

/** The fixture: 10 + 20 + 45 = 75 minutes. */
export const fixtureSession: CompiledSession = {
  meta: {
    id: 'atelier-essai',
    title: 'Atelier CAF : se connecter et déclarer',
    audience: "Des allocataires qui n'osent pas encore le faire seuls.",
    duration: 75,
    lessons: ['caf-se-connecter', 'caf-declaration-trimestrielle'],
    prepare: ['Un ordinateur par personne.', "Le vidéoprojecteur branché sur l'ordinateur de l'animateur."],
    locale: 'fr',
  },
  segments: [
    {
      id: 'segment-1',
      title: 'Accueil et tour de table',
      duration: 10,
      slot: 'segment/1',
      text: 'Présentez-vous. Dites que tout se passe sur une copie du site.',
      asks: [
        {
          slot: 'segment/1/ask/1',
          text: 'Qui a déjà un compte sur le site de la CAF ?',
          answerSlot: 'segment/1/ask/1/answer',
          answerText: "Certains l'ont, d'autres ne savent pas.",
        },
      ],
      checklist: [
        { slot: 'segment/1/check/1', text: 'Chaque personne a un ordinateur allumé.' },
        { slot: 'segment/1/check/2', text: "La page d'accueil de Pas à pas est ouverte." },
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
      text: 'Montrez la leçon au vidéoprojecteur.',
      asks: [],
      checklist: [],
      line: 25,
    },
    {
      id: 'segment-3',
      title: 'Déclarer : chacun seul',
      duration: 45,
      lesson: 'caf-declaration-trimestrielle',
      mode: 'alone',
      slot: 'segment/3',
      text: 'Chacun fait la déclaration seul.',
      asks: [],
      checklist: [],
      line: 30,
    },
  ],
  default: Content,
};
