// @vitest-environment node
/**
 * A valid session script through the real compiler and real MDX: its `meta` and `segments` as the
 * advisor pages read them, and its content component, which renders one text at a time through
 * the `Slot` the page supplies.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompiledSession } from '../../../src/advisor/sessionTypes.ts';
import { compileSession } from '../../../src/compiler/compileSession.ts';
import { fixtureLessons, loadSession, script, scriptPath } from './sessionFixture.ts';

let session: CompiledSession;
let unload: () => void;
beforeAll(async () => {
  ({ session, unload } = await loadSession(script));
});
afterAll(() => unload());

/** What the content component shows when the page wants only slot `want`. */
function renderSlot(want: string) {
  const Slot = ({ id, children }: { id: string; children?: ReactNode }) => (id === want ? children : null);
  const Content = session.default;
  // The slots are separated by line breaks, which HTML folds into nothing.
  return renderToStaticMarkup(<Content components={{ Slot }} />).trim();
}

describe('a valid session script', () => {
  it('compiles without a message', async () => {
    const result = await compileSession({ path: scriptPath, value: script }, { lessons: fixtureLessons });
    expect(result.file.messages).toEqual([]);
  });

  it('exports its frontmatter as `meta`, with its id and locale', () => {
    expect(session.meta).toEqual({
      id: 'atelier-biblio',
      title: 'Atelier bibliothèque : prolonger un prêt',
      audience: 'Des lecteurs qui empruntent des livres et veulent les garder plus longtemps.',
      duration: 30,
      lessons: ['biblio-prolonger', 'biblio-justificatif'],
      prepare: [
        "Un ordinateur par personne, Pas à pas ouvert sur la page d'accueil.",
        "Le vidéoprojecteur branché sur l'ordinateur de l'animateur.",
      ],
      locale: 'fr',
    });
  });

  it('exports its segments in order, with their questions, answers and checklist', () => {
    expect(session.segments).toEqual([
      {
        id: 'segment-1',
        title: 'Accueil',
        duration: 5,
        slot: 'segment/1',
        text: "Présentez-vous. Tout se passe sur une copie du site : rien n'est envoyé.",
        asks: [
          {
            slot: 'segment/1/ask/1',
            text: 'Qui a déjà prolongé un prêt ?',
            answerSlot: 'segment/1/ask/1/answer',
            answerText: "Certains l'ont fait au guichet. Tout le monde peut suivre.",
          },
        ],
        checklist: [
          { slot: 'segment/1/check/1', text: 'Chaque personne a un ordinateur allumé.' },
          { slot: 'segment/1/check/2', text: "La page d'accueil est ouverte." },
        ],
        line: 13,
      },
      {
        id: 'segment-2',
        title: 'Prolonger : je regarde',
        duration: 10,
        lesson: 'biblio-prolonger',
        mode: 'watch',
        slot: 'segment/2',
        text: 'Montrez la leçon au vidéoprojecteur. Faites une pause à chaque étape.',
        asks: [],
        checklist: [],
        line: 27,
      },
      {
        id: 'segment-3',
        title: 'Le justificatif, seul',
        duration: 15,
        lesson: 'biblio-justificatif',
        mode: 'alone',
        slot: 'segment/3',
        text: 'Chacun fait la leçon seul. Passez voir chaque personne.',
        asks: [
          {
            slot: 'segment/3/ask/1',
            text: 'Où est le bouton pour envoyer ?',
            answerSlot: 'segment/3/ask/1/answer',
            answerText: 'En bas de la page, à droite.',
          },
        ],
        checklist: [],
        line: 31,
      },
    ]);
  });

  it('renders only the slot the page asks for, Markdown included', () => {
    expect(renderSlot('segment/1')).toBe(
      '<p>Présentez-vous. Tout se passe sur une copie du site : rien n&#x27;est envoyé.</p>',
    );
    expect(renderSlot('segment/1/ask/1')).toBe('<p>Qui a déjà prolongé un prêt ?</p>');
    expect(renderSlot('segment/1/ask/1/answer')).toBe(
      'Certains l&#x27;ont fait au guichet. Tout le monde peut suivre.',
    );
    expect(renderSlot('segment/1/check/1')).toBe('<p>Chaque personne a un ordinateur <strong>allumé</strong>.</p>');
    expect(renderSlot('segment/3/ask/1/answer')).toBe('<p>En bas de la page, à droite.</p>');
    expect(renderSlot('segment/9')).toBe('');
  });

  it('gives every segment text, question, answer and check its own slot', () => {
    const ids = session.segments.flatMap((segment) => [
      segment.slot,
      ...segment.asks.flatMap((ask) => [ask.slot, ask.answerSlot]),
      ...segment.checklist.map((check) => check.slot),
    ]);
    for (const id of ids) expect(renderSlot(id), id).not.toBe('');
  });
});
