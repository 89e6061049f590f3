// @vitest-environment node
/**
 * Every mistake in a session script is an error with its exact message and position, as
 * `npm run check` prints it: the fixture script changed by one exact edit at a time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/compileSession.ts';
import { formatMessages, sessionRuleIds, sortedMessages } from '../../../src/compiler/messages.ts';
import { change, fixtureLessons, messages, script, SCRIPT, scriptPath } from './sessionFixture.ts';

describe('lessons', () => {
  it('a mistyped lesson in the frontmatter is pointed at, with a did-you-mean', async () => {
    expect(await messages(change(script, ['  - biblio-justificatif\n', '  - biblio-justificatf\n']))).toEqual([
      `${SCRIPT}:7:5  error  Unknown lesson \`biblio-justificatf\`. Did you mean \`biblio-justificatif\`? A session uses the lessons of content/lessons/ (one folder each).  unknown-lesson`,
      `${SCRIPT}:31:54  error  The segment « Le justificatif, seul » plays the lesson \`biblio-justificatif\`, which the frontmatter's \`lessons\` does not list: add it there, or use \`biblio-prolonger\` or \`biblio-justificatf\`.  segment-lesson`,
    ]);
  });

  it("a segment's mistyped lesson is pointed at, with a did-you-mean", async () => {
    expect(await messages(change(script, ['lesson="biblio-prolonger"', 'lesson="biblio-prolonge"']))).toEqual([
      `${SCRIPT}:27:55  error  Unknown lesson \`biblio-prolonge\`. Did you mean \`biblio-prolonger\`? A session uses the lessons of content/lessons/ (one folder each).  unknown-lesson`,
    ]);
  });

  it("a segment's lesson must be one of the frontmatter's lessons", async () => {
    expect(await messages(change(script, ['  - biblio-justificatif\n', '']))).toEqual([
      `${SCRIPT}:30:54  error  The segment « Le justificatif, seul » plays the lesson \`biblio-justificatif\`, which the frontmatter's \`lessons\` does not list: add it there, or use \`biblio-prolonger\`.  segment-lesson`,
    ]);
  });

  it('a lesson that is not in content/lessons/ gets no guess when nothing is close', async () => {
    expect(await messages(change(script, ['lesson="biblio-prolonger"', 'lesson="impots-declarer"']))).toEqual([
      `${SCRIPT}:27:55  error  Unknown lesson \`impots-declarer\`. A session uses the lessons of content/lessons/ (one folder each).  unknown-lesson`,
    ]);
  });
});

describe('segments', () => {
  it("whose durations do not add up to the frontmatter's: both sums are given", async () => {
    expect(await messages(change(script, ['duration={10}', 'duration={12}']))).toEqual([
      `${SCRIPT}:4:11  error  The segments last 32 minutes in all (5 + 12 + 15), but the frontmatter says \`duration: 30\`: change a segment's \`duration\`, or the frontmatter's.  session-duration`,
    ]);
  });

  it('without a title', async () => {
    expect(
      await messages(change(script, ['<Segment title="Accueil" duration={5}>', '<Segment duration={5}>'])),
    ).toEqual([`${SCRIPT}:13:1  error  \`<Segment>\` needs a \`title\` attribute: add title="…".  missing-attribute`]);
  });

  it('with an empty title', async () => {
    expect(await messages(change(script, ['title="Accueil"', 'title=" "']))).toEqual([
      `${SCRIPT}:13:10  error  \`title\` on \`<Segment>\` is empty: write the segment’s title.  empty-text`,
    ]);
  });

  it('without a duration, or with one that is not whole minutes', async () => {
    expect(await messages(change(script, [' duration={5}>', '>'], ['duration: 30', 'duration: 25']))).toEqual([
      `${SCRIPT}:13:1  error  \`<Segment>\` needs a \`duration\` attribute: add duration="…".  missing-attribute`,
    ]);
    expect(await messages(change(script, ['duration={5}', 'duration={cinq}']))).toEqual([
      `${SCRIPT}:13:26  error  \`duration\` on \`<Segment>\` must be a whole number of minutes, more than 0: write duration={10}; it is \`cinq\`.  invalid-attribute`,
    ]);
    expect(await messages(change(script, ['duration={5}', 'duration={0}']))).toEqual([
      `${SCRIPT}:13:26  error  \`duration\` on \`<Segment>\` must be a whole number of minutes, more than 0: write duration={10}; it is \`0\`.  invalid-attribute`,
    ]);
  });

  it('accepts a duration in quotes', async () => {
    expect(await messages(change(script, ['duration={5}', 'duration="5"']))).toEqual([]);
  });

  it('with a mode that is not one', async () => {
    expect(await messages(change(script, ['mode="watch"', 'mode="wach"']))).toEqual([
      `${SCRIPT}:27:81  error  \`mode="wach"\` is not a mode. Did you mean \`watch\`? Use \`watch\`, \`guided\` or \`alone\`: the group watches the lesson on the projector, does it guided, or alone.  invalid-attribute`,
    ]);
  });

  it('with a mode named in French: the guess is the English name', async () => {
    expect(await messages(change(script, ['mode="alone"', 'mode="seul"']))).toEqual([
      `${SCRIPT}:31:83  error  \`mode="seul"\` is not a mode. Did you mean \`alone\`? Use \`watch\`, \`guided\` or \`alone\`: the group watches the lesson on the projector, does it guided, or alone.  invalid-attribute`,
    ]);
  });

  it('with a mode but no lesson', async () => {
    expect(
      await messages(
        change(script, [
          '<Segment title="Accueil" duration={5}>',
          '<Segment title="Accueil" duration={5} mode="guided">',
        ]),
      ),
    ).toEqual([
      `${SCRIPT}:13:39  error  \`mode\` says how the group does the segment’s lesson, but the segment has no \`lesson\`: add lesson="…", or remove \`mode\`.  missing-attribute`,
    ]);
  });

  it('with a mistyped attribute', async () => {
    expect(await messages(change(script, ['mode="watch"', 'mode="watch" lecon="x"']))).toEqual([
      `${SCRIPT}:27:94  error  \`<Segment>\` has no attribute \`lecon\`. Did you mean \`lesson\`? It takes \`title\`, \`duration\`, \`lesson\` and \`mode\`.  invalid-attribute`,
    ]);
  });

  it('none at all', async () => {
    expect(await messages(script.slice(0, script.indexOf('<Segment')))).toEqual([
      `${SCRIPT}:12:1  error  The session script has no segment: add at least one \`<Segment title="…" duration={10}>\` with what to say, then \`</Segment>\`.  no-segment`,
    ]);
  });

  it('nothing outside a segment but blank lines', async () => {
    expect(await messages(change(script, ['---\n\n<Segment', '---\n\nBonjour à tous.\n\n<Segment']))).toEqual([
      `${SCRIPT}:13:1  error  Text outside a \`<Segment>\` is never shown: move it inside a segment, between \`<Segment …>\` and \`</Segment>\`, or remove it.  outside-segment`,
    ]);
  });

  it('an element outside a segment', async () => {
    expect(
      await messages(
        change(script, ['---\n\n<Segment', '---\n\n<Checklist>\n- Tout est prêt.\n</Checklist>\n\n<Segment']),
      ),
    ).toEqual([
      `${SCRIPT}:13:1  error  \`<Checklist>\` must be inside a \`<Segment>\`: move it between \`<Segment …>\` and \`</Segment>\`.  misplaced-element`,
    ]);
  });
});

describe('questions and checklists', () => {
  it('an `<Ask>` without `<Answer>`', async () => {
    expect(
      await messages(
        change(script, ["\n<Answer>Certains l'ont fait au guichet. Tout le monde peut suivre.</Answer>", '']),
      ),
    ).toEqual([
      `${SCRIPT}:16:1  error  This \`<Ask>\` has no \`<Answer>\`: after the question, add \`<Answer>…</Answer>\` with what good answers sound like.  ask-answer`,
    ]);
  });

  it('an `<Ask>` with two answers', async () => {
    expect(
      await messages(change(script, ['</Answer>\n</Ask>', '</Answer>\n<Answer>Personne.</Answer>\n</Ask>'])),
    ).toEqual([
      `${SCRIPT}:19:1  error  This \`<Ask>\` has 2 \`<Answer>\`s: merge them into one, which says what good answers sound like.  ask-answer`,
    ]);
  });

  it('an `<Answer>` outside an `<Ask>`', async () => {
    expect(await messages(change(script, ['Montrez la leçon', '<Answer>Oui.</Answer>\n\nMontrez la leçon']))).toEqual([
      `${SCRIPT}:28:1  error  \`<Answer>\` is only for the good answers to a question: put it inside the \`<Ask>\` it answers, after the question.  ask-answer`,
    ]);
  });

  it('an `<Ask>` without a question', async () => {
    expect(await messages(change(script, ['Qui a déjà prolongé un prêt ?\n', '']))).toEqual([
      `${SCRIPT}:16:1  error  This \`<Ask>\` has no question: write it before its \`<Answer>\`.  empty-text`,
    ]);
  });

  it('a `<Checklist>` that is not a list', async () => {
    expect(
      await messages(
        change(script, [
          "- Chaque personne a un ordinateur **allumé**.\n- La page d'accueil est ouverte.",
          'Tout est prêt.',
        ]),
      ),
    ).toEqual([
      `${SCRIPT}:22:1  error  \`<Checklist>\` holds a Markdown list and nothing else: write each thing to check on a line of its own that starts with \`- \`.  checklist-list`,
    ]);
  });
});

describe('elements and code', () => {
  it('an unknown element, with a did-you-mean', async () => {
    expect(await messages(change(script, ['<Checklist>', '<Cheklist>'], ['</Checklist>', '</Cheklist>']))).toEqual([
      `${SCRIPT}:21:1  error  Unknown element \`<Cheklist>\`. Did you mean \`Checklist\`? A session script uses only \`Segment\`, \`Ask\`, \`Answer\` or \`Checklist\`.  unknown-element`,
    ]);
  });

  it('no expressions nor imports: a script is content, not code', async () => {
    expect(
      await messages(
        change(
          script,
          ['Présentez-vous.', "{alert('x')} Présentez-vous."],
          ['---\n\n<Segment', "---\n\nimport x from 'y';\n\n<Segment"],
        ),
      ),
    ).toEqual([
      `${SCRIPT}:13:1  error  Imports and exports are not allowed in a session script: remove this line and use only the session script vocabulary.  not-allowed`,
      `${SCRIPT}:16:1  error  Expressions in braces \`{…}\` are not allowed in a session script: write plain text (escape a brace as \`\\{\`).  not-allowed`,
    ]);
  });

  it('an unclosed tag, where it opens', async () => {
    expect(await messages(change(script, ['</Checklist>', '']))).toEqual([
      `${SCRIPT}:21:1  error  \`<Checklist>\` is not closed: end it with \`</Checklist>\`, or write \`<Checklist … />\` if it holds nothing. The next closing tag, \`</Segment>\` (line 25), is for another element: fix its name, or add \`</Checklist>\` before it.  unclosed-tag`,
    ]);
  });
});

describe('the frontmatter', () => {
  it('missing', async () => {
    expect(await messages(script.slice(script.indexOf('<Segment')))).toEqual([
      `${SCRIPT}:1:1  error  The session script has no frontmatter: start the file with a line \`---\`, the fields \`title\`, \`audience\`, \`duration\`, \`lessons\` and \`prepare\`, then a line \`---\`.  frontmatter-missing`,
    ]);
  });

  it('a missing field', async () => {
    const audience = 'audience: Des lecteurs qui empruntent des livres et veulent les garder plus longtemps.\n';
    expect(await messages(change(script, [audience, '']))).toEqual([
      `${SCRIPT}:1:1  error  Frontmatter field \`audience\` is missing: add \`audience:\` (who the workshop is for, in one sentence).  frontmatter-field`,
    ]);
  });

  it('a duration of 0, no lesson, nothing to prepare, an unknown field', async () => {
    const lessons = 'lessons:\n  - biblio-prolonger\n  - biblio-justificatif\n';
    const prepare =
      "prepare:\n  - Un ordinateur par personne, Pas à pas ouvert sur la page d'accueil.\n  - Le vidéoprojecteur branché sur l'ordinateur de l'animateur.\n";
    expect(
      await messages(
        change(
          script,
          ['duration: 30', 'duration: 0'],
          [lessons, 'lessons: []\n'],
          [prepare, 'prepare: []\ntheme: biblio\n'],
        ),
      ),
    ).toEqual([
      `${SCRIPT}:4:11  error  Frontmatter field \`duration\` must be more than 0 minutes (the planned minutes: the segments’ durations add up to it); it is 0.  frontmatter-field`,
      `${SCRIPT}:5:10  error  Frontmatter field \`lessons\` must list at least one lesson (the lesson ids the workshop uses, in order, from content/lessons/); it is [].  frontmatter-field`,
      `${SCRIPT}:6:10  error  Frontmatter field \`prepare\` must list at least one thing to have ready (what to have ready before the workshop, one item each); it is [].  frontmatter-field`,
      `${SCRIPT}:7:1  error  Unknown frontmatter field \`theme\`: remove it, or check its spelling.  frontmatter-field`,
    ]);
  });

  it('broken YAML', async () => {
    expect(await messages(change(script, ['duration: 30', 'duration: [30']))).toEqual([
      expect.stringMatching(new RegExp(`^${SCRIPT}:\\d+:\\d+  error  Broken YAML: .*  yaml-syntax$`)),
    ]);
  });
});

describe('every message', () => {
  it('links to its section of docs/session-scripts.md', async () => {
    const result = await compileSession(
      { path: scriptPath, value: change(script, ['mode="watch"', 'mode="wach"'], ['duration={10}', 'duration={12}']) },
      { lessons: fixtureLessons },
    );
    expect(sortedMessages(result.file).map((m) => m.url)).toEqual([
      'docs/session-scripts.md#session-duration',
      'docs/session-scripts.md#invalid-attribute',
    ]);
    expect(result.code).toBeUndefined();
  });
});

describe('a translation', () => {
  const enPath = scriptPath.replace('fr.mdx', 'en.mdx');
  const EN = SCRIPT.replace('fr.mdx', 'en.mdx');
  const translated = async (value: string) =>
    formatMessages((await compileSession({ path: enPath, value }, { lessons: fixtureLessons })).file);

  it('with the same segments compiles, in its own locale', async () => {
    const result = await compileSession({ path: enPath, value: script }, { lessons: fixtureLessons });
    expect(result.file.messages).toEqual([]);
    expect(result.data?.meta.locale).toBe('en');
  });

  it('keeps the duration, the lessons and each segment of the French reference', async () => {
    expect(
      await translated(change(script, ['duration: 30', 'duration: 32'], ['duration={10}', 'duration={12}'])),
    ).toEqual([
      `${EN}:1:1  error  A translation keeps the \`duration\` and \`lessons\` of atelier-biblio/fr.mdx (\`duration: 30\`, lessons \`biblio-prolonger\` and \`biblio-justificatif\`): translate only the texts.  translation-mismatch`,
      `${EN}:27:1  error  Segment 2 differs from segment 2 of atelier-biblio/fr.mdx, which has duration={10} lesson="biblio-prolonger" mode="watch": a translation keeps each segment's \`duration\`, \`lesson\` and \`mode\`, in the same order. Translate only the texts.  translation-mismatch`,
    ]);
  });

  it('has as many segments', async () => {
    const lastTwo = script.slice(script.indexOf('<Segment title="Le justificatif'));
    expect(await translated(change(script, ['duration: 30', 'duration: 15'], [lastTwo, '']))).toEqual([
      `${EN}:1:1  error  A translation keeps the \`duration\` and \`lessons\` of atelier-biblio/fr.mdx (\`duration: 30\`, lessons \`biblio-prolonger\` and \`biblio-justificatif\`): translate only the texts.  translation-mismatch`,
      `${EN}:27:1  error  This translation has 2 segments, atelier-biblio/fr.mdx has 3: a translation has the same segments, in the same order. Translate only the texts.  translation-mismatch`,
    ]);
  });
});

describe('docs/session-scripts.md', () => {
  it('has a section for every rule a session script can break', () => {
    const guide = readFileSync(resolve('docs/session-scripts.md'), 'utf8');
    const sections = [...guide.matchAll(/^### `([a-z-]+)`$/gm)].map((match) => match[1]);
    // The rules of src/compiler/plugin/remark-session-*.ts and compileSession.ts, and those they share with lessons.
    const shared = ['misplaced-element', 'missing-attribute', 'invalid-attribute', 'empty-text', 'unknown-element'];
    const safety = ['not-allowed', 'unsafe-url', 'external-link', 'external-image', 'file-encoding'];
    const syntax = [
      'frontmatter-missing',
      'frontmatter-field',
      'yaml-syntax',
      'yaml-unsafe',
      'mdx-syntax',
      'unclosed-tag',
    ];
    const check = ['translation-mismatch', 'missing-file'];
    expect(sections).toEqual(expect.arrayContaining([...sessionRuleIds, ...shared, ...safety, ...syntax, ...check]));
  });

  it('has a section for every rule the session compiler reports', () => {
    const guide = readFileSync(resolve('docs/session-scripts.md'), 'utf8');
    const sources = [
      'compileSession.ts',
      ...readdirSync(resolve('src/compiler/plugin'))
        .filter((f) => f.startsWith('remark-session-') || f === 'readAttributes.ts')
        .map((f) => `plugin/${f}`),
    ];
    const used = sources.flatMap((f) =>
      [...readFileSync(resolve('src/compiler', f), 'utf8').matchAll(/'([a-z]+(?:-[a-z]+)+)',?\n?\s*\);/g)].map(
        (m) => m[1],
      ),
    );
    expect(used.length).toBeGreaterThan(10);
    for (const rule of used) expect(guide, rule).toContain(`### \`${rule}\``);
  });
});
