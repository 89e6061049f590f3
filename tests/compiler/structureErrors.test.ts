// @vitest-environment node
/**
 * What would stop a lesson is an error, with its exact message and position: no step, a question
 * no mode can finish, a Branch on an answer that falls through by accident, a target of a site
 * the lesson does not open, an unclosed tag (reported where it opens).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLesson } from '../../src/compiler/compileLesson.ts';
import { formatMessages } from '../../src/compiler/messages.ts';
import { createLessonActor, currentUnit } from '../../src/engine/createLessonActor.ts';
import { createWorld } from '../../src/lesson/world.ts';
import { testRegistry } from '../fixtures/test-site/testSites.ts';
import { change, fixtureContent, messages, mini, MINI, miniPath, store } from './miniFixture.ts';

/** Compiles `source` and plays it in Guided mode up to its question, with the real machine. */
async function atQuestion(source: string) {
  const result = await compileLesson({ path: miniPath, value: source }, { store });
  expect(formatMessages(result.file)).toEqual([]);
  const lesson = result.data!;
  const actor = createLessonActor(lesson, {
    mode: 'guided',
    persona: lesson.persona,
    world: createWorld(0),
    startedAt: 0,
  });
  actor.start();
  actor.send({ type: 'SITE', action: 'click', target: 'caf.header.mon-compte', at: 1 });
  actor.send({ type: 'SITE', action: 'fill', target: 'caf.login.nir', value: '2951099126111', at: 2 });
  expect(currentUnit(actor.getSnapshot())?.id).toBe('ou-code');
  return { actor, unit: () => currentUnit(actor.getSnapshot())?.id };
}

describe('a lesson with no step', () => {
  it('is reported just after its frontmatter', async () => {
    expect(await messages(mini.slice(0, mini.indexOf('<Step')))).toEqual([
      `${MINI}:12:1  error  The lesson has no step: add at least one \`<Step id="…" skill="…" action="…" target="…">\` with its instruction, then \`</Step>\`.  no-step`,
    ]);
  });

  it('even when it has a question', async () => {
    const onlyQuestion =
      mini.slice(0, mini.indexOf('<Step')) + mini.slice(mini.indexOf('<Question'), mini.indexOf('<Branch'));
    expect(await messages(onlyQuestion)).toEqual([
      `${MINI}:12:1  error  The lesson has no step: add at least one \`<Step id="…" skill="…" action="…" target="…">\` with its instruction, then \`</Step>\`.  no-step`,
    ]);
  });
});

describe('a question no mode can finish', () => {
  const noCorrect = change(mini, ['<Answer value="mail" correct>', '<Answer value="mail">']);

  it('has no correct answer and does not say `any`', async () => {
    expect(await messages(noCorrect)).toEqual([
      `${MINI}:30:1  error  Question \`ou-code\` has no correct answer, so « Je regarde » and « Montre-moi » have nothing to show: add \`correct\` to the right \`<Answer>\`, or write \`<Question id="ou-code" any>\` if every answer is fine (e.g. before a \`<Branch>\` on it).  no-correct-answer`,
    ]);
  });

  it('says `any` and has a correct answer', async () => {
    expect(await messages(change(mini, ['<Question id="ou-code">', '<Question id="ou-code" any>']))).toEqual([
      `${MINI}:30:24  error  Question \`ou-code\` says \`any\` (every answer is fine) but has a \`correct\` answer: remove \`any\`, or remove \`correct\`.  no-correct-answer`,
    ]);
  });

  it('with `any`, every answer moves on', async () => {
    const { actor, unit } = await atQuestion(
      change(noCorrect, ['<Question id="ou-code">', '<Question id="ou-code" any>']),
    );
    actor.send({ type: 'ANSWER', value: 'courrier', at: 3 });
    expect(unit()).toBe('valider');
  });
});

describe('a Branch on an answer', () => {
  const onAnswer = (branch: string) =>
    change(mini, [
      '<Branch on="persona.situation">\n  <Case value="couple" goto="type-couple" />\n  <Otherwise goto="valider" />',
      branch,
    ]);

  it('without a Case for every answer, nor Otherwise, nor `fallthrough`', async () => {
    expect(
      await messages(onAnswer('<Branch on="answer.ou-code">\n  <Case value="mail" goto="type-couple" />')),
    ).toEqual([
      `${MINI}:36:1  error  This \`<Branch>\` has no \`<Case>\` for the answer \`courrier\`: add a \`<Case value="…" goto="…" />\` for each answer, an \`<Otherwise goto="…" />\`, or write \`<Branch on="answer.ou-code" fallthrough>\` if these answers go on with the next element.  branch-fallthrough`,
    ]);
  });

  it('with `fallthrough`, the other answers go on with the next element', async () => {
    const source = onAnswer('<Branch on="answer.ou-code" fallthrough>\n  <Case value="courrier" goto="valider" />');
    const wrong = change(
      source,
      ['<Answer value="mail" correct>', '<Answer value="mail">'],
      ['<Question id="ou-code">', '<Question id="ou-code" any>'],
    );
    const mail = await atQuestion(wrong);
    mail.actor.send({ type: 'ANSWER', value: 'mail', at: 3 });
    expect(mail.unit()).toBe('type-couple');
    const letter = await atQuestion(wrong);
    letter.actor.send({ type: 'ANSWER', value: 'courrier', at: 3 });
    expect(letter.unit()).toBe('valider');
  });

  it('with `fallthrough` and an Otherwise', async () => {
    expect(
      await messages(
        onAnswer(
          '<Branch on="answer.ou-code" fallthrough>\n  <Case value="mail" goto="type-couple" />\n  <Otherwise goto="valider" />',
        ),
      ),
    ).toEqual([
      `${MINI}:36:29  error  \`fallthrough\` says that values without a \`<Case>\` go on with the next element, but \`<Otherwise>\` catches them: remove one of the two.  branch-fallthrough`,
    ]);
  });

  it('a Case for every answer needs neither', async () => {
    expect(
      await messages(
        onAnswer(
          '<Branch on="answer.ou-code">\n  <Case value="mail" goto="type-couple" />\n  <Case value="courrier" goto="valider" />',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a target of a site the lesson does not open', () => {
  const sites = testRegistry;
  const at = (source: string, path = miniPath) => messages(source, path, { sites });

  it('in a step, a mistake or a branch', async () => {
    const source = change(
      mini,
      ['<Mistake on="caf.home.faire-demande">', '<Mistake on="biblio.home.prets">'],
      ['action="click" target="caf.login.submit"', 'action="click" target="browser.tab.biblio"'],
      ['<Branch on="persona.situation">', '<Branch on="site.biblio.prets.duree">'],
      ['<Case value="couple"', '<Case value="3-semaines"'],
    );
    expect(await at(source)).toEqual([
      `${MINI}:19:3  error  \`biblio.home.prets\` belongs to the \`biblio\` practice site, which this lesson does not open: use a target of \`caf\`, \`mail\` or \`franceconnect\` (its \`site\`, and the sites that show what it sends), or \`browser.back\`.  site-target`,
      `${MINI}:36:9  error  \`biblio.prets.duree\` belongs to the \`biblio\` practice site, which this lesson does not open: use a target of \`caf\`, \`mail\` or \`franceconnect\` (its \`site\`, and the sites that show what it sends), or \`browser.back\`.  site-target`,
      `${MINI}:47:56  error  \`browser.tab.biblio\` belongs to the \`biblio\` practice site, which this lesson does not open: use a target of \`caf\`, \`mail\` or \`franceconnect\` (its \`site\`, and the sites that show what it sends), or \`browser.back\`.  site-target`,
    ]);
  });

  it("the mailbox is open when the lesson's site sends messages, and « Précédent » always", async () => {
    const biblioPath = join(fixtureContent, 'lessons/biblio-prolonger/fr.mdx');
    const biblio = readFileSync(biblioPath, 'utf8');
    expect(await at(biblio, biblioPath)).toEqual([]);
    const back = change(biblio, ['target="biblio.prets.valider"', 'target="browser.back"']);
    expect(await at(back, biblioPath)).toEqual([]);
    const caf = change(biblio, [
      '<Step id="prets" skill="se-connecter" action="click" target="biblio.home.prets">',
      '<Step id="prets" skill="se-connecter" action="click" target="caf.header.mon-compte">',
    ]);
    expect(await at(caf, biblioPath)).toEqual([
      'tests/compiler/fixtures/content/lessons/biblio-prolonger/fr.mdx:13:54  error  `caf.header.mon-compte` belongs to the `caf` practice site, which this lesson does not open: use a target of `biblio` or `mail` (its `site`, and the sites that show what it sends), or `browser.back`.  site-target',
    ]);
  });
});

describe('an unclosed tag, reported where it opens', () => {
  it('inside a line of text', async () => {
    expect(
      await messages(
        change(mini, ["<Hint>C'est le bouton « Mon Compte ».</Hint>", "<Hint>C'est le bouton « Mon Compte »."]),
      ),
    ).toEqual([
      `${MINI}:18:3  error  \`<Hint>\` is not closed: end it with \`</Hint>\`, or write \`<Hint … />\` if it holds nothing. A tag opened inside a line of text closes in that same paragraph: add \`</Hint>\` before the blank line, or put \`<Hint>\` on a line of its own.  unclosed-tag`,
    ]);
  });

  it('a Step or a Question never closed', async () => {
    expect(await messages(change(mini, ['</Step>\n\n<Step id="numero"', '\n\n<Step id="numero"']))).toEqual([
      `${MINI}:15:1  error  \`<Step>\` is not closed: end it with \`</Step>\`, or write \`<Step … />\` if it holds nothing. The file ends before it is closed.  unclosed-tag`,
    ]);
    expect(await messages(change(mini, ['</Question>', '']))).toEqual([
      `${MINI}:30:1  error  \`<Question>\` is not closed: end it with \`</Question>\`, or write \`<Question … />\` if it holds nothing. The file ends before it is closed.  unclosed-tag`,
    ]);
  });

  it('closed by a misspelt tag', async () => {
    expect(
      await messages(
        change(mini, [
          '  <Hint>Tapez les 13 premiers chiffres.</Hint>',
          '  <Hint>Tapez les 13 premiers chiffres.</Hnt>',
        ]),
      ),
    ).toEqual([
      `${MINI}:26:3  error  \`<Hint>\` is not closed: end it with \`</Hint>\`, or write \`<Hint … />\` if it holds nothing. The next closing tag, \`</Hnt>\` (line 26), is for another element: fix its name, or add \`</Hint>\` before it.  unclosed-tag`,
    ]);
  });
});
