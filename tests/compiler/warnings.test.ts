// @vitest-environment node
/**
 * The checker's warnings, each on a fixture lesson compiled by the real compiler: the exact
 * message at its exact line and column. Warnings never stop a lesson from compiling.
 */
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileLesson } from '../../src/compiler/compileLesson.ts';
import { createContentStore, type ContentStore } from '../../src/compiler/content/contentStore.ts';
import { commonWords, maxWordLetters } from '../../src/compiler/warnings/commonWords.ts';
import { jargon } from '../../src/compiler/warnings/jargon.ts';
import { lessonWarnings } from '../../src/compiler/warnings/lessonWarnings.ts';
import { warningRuleIds } from '../../src/compiler/warnings/warningRules.ts';
import { plainLesson, plainLessonEn } from './plainLesson.ts';

/** A lesson without any warning: each test changes one thing in it. */
const clean = plainLesson();
const cleanEn = plainLessonEn;

let root: string;
let store: ContentStore;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'pas-a-pas-warnings-'));
  cpSync(resolve('tests/compiler/fixtures/content'), join(root, 'content'), { recursive: true });
  appendFileSync(
    join(root, 'content/glossary/fr.yaml'),
    "\nressources:\n  term: ressources\n  definition: Tout l'argent que vous recevez.\n",
  );
  store = createContentStore(join(root, 'content'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The source with one exact change (throws if `from` is not there, so a fixture edit cannot silently pass). */
function change(from: string, to: string, source = clean): string {
  if (!source.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  return source.replace(from, to);
}

/** Compiles `source` as `content/lessons/mini/<locale>.mdx`, runs the warnings, returns them as `line:column  rule  message`. */
async function warnings(source: string, locale = 'fr', reference = clean): Promise<string[]> {
  const folder = join(root, 'content/lessons/mini');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'fr.mdx'), reference);
  const path = join(folder, `${locale}.mdx`);
  writeFileSync(path, source);
  const result = await compileLesson({ path, value: source }, { store });
  expect(result.file.messages.filter((m) => m.fatal).map((m) => m.reason)).toEqual([]);
  expect(result.code).toBeDefined();
  const found = lessonWarnings(result.file, source, { glossary: store.glossary(locale).data });
  for (const message of found) {
    expect(message.fatal).toBe(false);
    expect(message.url).toBe(`docs/writing-lessons.md#${message.ruleId}`);
  }
  return found.map((m) => `${m.line}:${m.column}  ${m.ruleId}  ${m.reason}`);
}

describe('a lesson written plainly', () => {
  it('gets no warning, in French and in its translation', async () => {
    expect(await warnings(clean)).toEqual([]);
    expect(await warnings(cleanEn, 'en')).toEqual([]);
  });
});

describe('long-sentence', () => {
  it('points at the first word of a sentence of more than 20 words', async () => {
    const long =
      'Cliquez sur **Mon Compte**, en haut à droite de la page, à côté du logo bleu de la CAF, puis attendez un peu.';
    expect(await warnings(change('Cliquez sur **Mon Compte**, en haut à droite.', long))).toEqual([
      '14:3  long-sentence  This sentence has 23 words (« Cliquez sur Mon Compte… »): split it into sentences of 20 words or fewer, one idea each.',
    ]);
  });

  it('counts up to 20 words as fine, a number in groups as one word, and a new sentence after a full stop', async () => {
    const twenty =
      'Tapez le numéro 2 86 03 75 114 023 63 de la carte, puis regardez bien les chiffres sur la petite carte verte de Léa, ici.';
    const split = 'Cliquez sur le bouton. Il est en haut à droite, à côté du logo bleu. Puis attendez un peu de temps.';
    expect(await warnings(change('Cliquez sur **Mon Compte**, en haut à droite.', `${twenty}\n  ${split}`))).toEqual(
      [],
    );
  });

  it('reads the summary and the goal too, and the hints', async () => {
    const source = change(
      'summary: Entrer dans Mon Compte.',
      'summary: Entrer dans Mon Compte de la CAF avec le numéro de sécurité sociale, le mot de passe et un code reçu par message.',
      change(
        '<Hint>Regardez la carte',
        '<Hint>Regardez bien la carte qui est à côté du site, sous le texte, avec les papiers de Léa et ses numéros. Regardez la carte',
      ),
    );
    expect(await warnings(source)).toEqual([
      '4:10  long-sentence  This sentence has 23 words (« Entrer dans Mon Compte… »): split it into sentences of 20 words or fewer, one idea each.',
      '27:9  long-sentence  This sentence has 21 words (« Regardez bien la carte… »): split it into sentences of 20 words or fewer, one idea each.',
    ]);
  });

  it('applies to translations too', async () => {
    const long =
      'Click **Mon Compte**, at the top right of the page, next to the blue logo of the CAF, then wait a little.';
    expect(await warnings(change('Click **Mon Compte**, at the top right.', long, cleanEn), 'en')).toEqual([
      '8:3  long-sentence  This sentence has 22 words (« Click Mon Compte at… »): split it into sentences of 20 words or fewer, one idea each.',
    ]);
  });
  it('ends a sentence at the Arabic question mark too', async () => {
    // Two questions of 12 words: 24 words if « ؟ » did not end the first.
    const questions =
      'هل ترى الزر في أعلى الصفحة على اليمين قرب الشعار الأزرق هنا؟ هل ترى الزر في أعلى الصفحة على اليمين قرب الشعار الأزرق هنا؟';
    expect(await warnings(change('Click **Mon Compte**, at the top right.', questions, cleanEn), 'en')).toEqual([]);
  });
});

describe('long-word', () => {
  it('points at the first use of a long word that is not common', async () => {
    const source = change(
      'Cliquez sur **Mon Compte**, en haut à droite.',
      'Vérifiez préalablement la page. Puis cliquez sur **Mon Compte**. Vérifiez préalablement.',
    );
    expect(await warnings(source)).toEqual([
      '14:12  long-word  « préalablement » is a long word (13 letters) that learners may not know: use a shorter, common word, or explain it with a `<Term>`.',
    ]);
  });

  it('leaves alone common words, the screen’s words, names and words a Term explains', async () => {
    const source = change(
      'Cliquez sur **Mon Compte**, en haut à droite.',
      'Lisez la confirmation. Cliquez sur **Renseignements complémentaires** puis sur « Informations administratives ». Demandez à FranceConnect. Lisez les <Term id="carte-vitale">renseignements</Term>, puis les renseignements.',
    );
    expect(await warnings(source)).toEqual([]);
  });

  it('is for French files only (its list is French)', async () => {
    const source = change('Click **Mon Compte**', 'Click **Mon Compte** straightforwardly', cleanEn);
    expect(await warnings(source, 'en')).toEqual([]);
  });

  it('has a list of common words that are long, in lower case', () => {
    const letters = (word: string) => [...word].filter((char) => /\p{L}/u.test(char)).length;
    expect([...commonWords].filter((word) => letters(word) < maxWordLetters || word !== word.toLowerCase())).toEqual(
      [],
    );
  });
});

describe('jargon', () => {
  it('asks for the glossary’s Term at the first use of a jargon word it explains', async () => {
    const source = change('Tapez le numéro', 'Vos ressources comptent. Tapez le numéro');
    expect(await warnings(source)).toEqual([
      '26:7  jargon  « ressources » is administrative jargon: explain it where it first appears with `<Term id="ressources">ressources</Term>`, or say « l\'argent que vous recevez ».',
    ]);
  });

  it('says it plainly when the glossary has no entry for it, once per word, with a multi-word form', async () => {
    const source = change(
      'Cliquez sur **Mon Compte**, en haut à droite.',
      "Cette prestation est pour vous. Gardez l'accusé de réception. Une autre prestation.",
    );
    expect(await warnings(source)).toEqual([
      '14:9  jargon  « prestation » is administrative jargon: say « une aide », or explain it with a `<Term>` (add the word to content/glossary/fr.yaml).',
      '14:44  jargon  « accusé de réception » is administrative jargon: say « le papier qui prouve que c’est arrivé », or explain it with a `<Term>` (add the word to content/glossary/fr.yaml).',
    ]);
  });

  it('accepts a jargon word explained by a Term where it first appears, and the screen’s own words', async () => {
    const source = change(
      'Cliquez sur **Mon Compte**, en haut à droite.',
      'Vos <Term id="ressources">ressources</Term> comptent. Les ressources aussi. Cliquez sur « Mes prestations ».',
    );
    expect(await warnings(source)).toEqual([]);
  });

  it('names only glossary entries that exist in the real glossary', () => {
    const glossary = readFileSync(resolve('content/glossary/fr.yaml'), 'utf8');
    const terms = jargon.flatMap((entry) => (entry.term ? [entry.term] : []));
    expect(terms.filter((term) => !new RegExp(`^${term}:`, 'm').test(glossary))).toEqual([]);
  });
});

describe('few-hints', () => {
  it('points at a step with one hint, and at one with none', async () => {
    const source = change(
      "  <Hint>Regardez la carte d'entraînement.</Hint>\n  <Hint>Tapez les 13 premiers chiffres.</Hint>\n",
      '',
      change('  <Hint>Regardez en haut de la page.</Hint>\n', ''),
    );
    expect(await warnings(source)).toEqual([
      '13:1  few-hints  Step `ouvrir` has only one `<Hint>`: give it two, from vague (where to look) to precise (what to do), before « Montre-moi ».',
      '24:1  few-hints  Step `numero` has no `<Hint>`: give it two, from vague (where to look) to precise (what to do), before « Montre-moi ».',
    ]);
  });
});

describe('no-question', () => {
  it('points at the first step of a lesson without a question', async () => {
    const question = clean.slice(clean.indexOf('<Question'), clean.indexOf('</Question>') + '</Question>\n\n'.length);
    expect(await warnings(change(question, ''))).toEqual([
      '13:1  no-question  This lesson has no `<Question>`: add one to check that learners understood (what to do next, which number to use…).',
    ]);
  });
});

describe('unused-skill', () => {
  it('points at a skill of the frontmatter that no step practises', async () => {
    const source = change(
      'skills: [se-connecter, trouver-identifiant]',
      'skills: [se-connecter, choisir-option, trouver-identifiant]',
    );
    expect(await warnings(source)).toEqual([
      '7:24  unused-skill  Skill `choisir-option` is in `skills` but no step practises it: give it to a step (`skill="choisir-option"`), or remove it from the list.',
    ]);
  });

  it('is reported on the reference file only, as the other structure warnings', async () => {
    const reference = change(
      'skills: [se-connecter, trouver-identifiant]',
      'skills: [se-connecter, trouver-identifiant, choisir-option]',
    );
    expect(await warnings(cleanEn, 'en', reference)).toEqual([]);
  });
});

describe('every warning rule', () => {
  it('has a section in docs/writing-lessons.md', () => {
    const guide = readFileSync(resolve('docs/writing-lessons.md'), 'utf8');
    const sections = [...guide.matchAll(/^### `([a-z-]+)`$/gm)].map((match) => match[1]);
    expect(sections).toEqual(expect.arrayContaining([...warningRuleIds, 'missing-file']));
  });
});
