// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLesson } from '../../src/compiler/compileLesson.ts';
import { createContentStore } from '../../src/compiler/content/contentStore.ts';
import { formatMessages } from '../../src/compiler/messages.ts';

const content = resolve('tests/compiler/fixtures/content');
const store = createContentStore(content);
const frPath = join(content, 'lessons/mini/fr.mdx');
const enPath = join(content, 'lessons/mini/en.mdx');
const fr = readFileSync(frPath, 'utf8');
const en = readFileSync(enPath, 'utf8');
const FR = 'tests/compiler/fixtures/content/lessons/mini/fr.mdx';
const EN = 'tests/compiler/fixtures/content/lessons/mini/en.mdx';

/** The source with one exact change (throws if `from` is not there, so a fixture edit cannot silently pass). */
function change(from: string, to: string, source = fr): string {
  if (!source.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  return source.replace(from, to);
}

async function messages(value: string, path = frPath): Promise<string[]> {
  const result = await compileLesson({ path, value }, { store });
  if (result.file.messages.length === 0 && result.code === undefined) throw new Error('no code and no message');
  return formatMessages(result.file);
}

describe('a good lesson', () => {
  it('compiles to a module with meta, units, a JSON machine, the persona and the glossary', async () => {
    const result = await compileLesson({ path: frPath, value: fr }, { store });
    expect(formatMessages(result.file)).toEqual([]);
    const data = result.data!;
    expect(data.meta).toMatchObject({
      id: 'mini',
      title: 'Se connecter',
      level: 1,
      duration: 5,
      requires: [],
      locale: 'fr',
    });
    expect(data.units.map((u) => `${u.kind}:${u.id}`)).toEqual([
      'step:ouvrir',
      'step:numero',
      'question:ou-code',
      'step:type-couple',
      'step:valider',
    ]);
    expect(data.units[1]).toMatchObject({
      action: 'fill',
      target: 'caf.login.nir',
      expect: 'persona:nir13',
      value: '2951099126111',
      text: 'Tapez le numéro de la carte Vitale, sans les 2 derniers chiffres.',
      hints: [
        { slot: 'step/numero/hint/0', text: "Regardez la carte d'entraînement." },
        { slot: 'step/numero/hint/1', text: 'Tapez les 13 premiers chiffres.' },
      ],
      mistakes: [
        {
          on: 'caf.login.nir',
          value: '295109912611193',
          slot: 'step/numero/mistake/0',
          text: 'Ne tapez pas les 2 derniers chiffres.',
        },
      ],
    });
    expect(data.units[0]).toMatchObject({ note: 'step/ouvrir/note' });
    expect(JSON.parse(JSON.stringify(data.machine))).toEqual(data.machine);
    expect(data.machine.initial).toBe('ouvrir');
    expect(data.machine.states['branch-1']).toEqual({
      always: [
        { guard: { type: 'branch', params: { on: 'persona.situation', value: 'couple' } }, target: 'type-couple' },
        { target: 'valider' },
      ],
    });
    expect(data.persona).toMatchObject({ id: 'lea', nir13: '2951099126111' });
    expect(data.glossary).toEqual({
      'carte-vitale': { term: 'carte Vitale', definition: "La carte verte de l'Assurance maladie." },
    });
    expect(data.intro).toBe('intro');
    expect(result.code).toContain('export default function MDXContent');
    expect(result.code).toContain('"step/numero/hint/1"');
  });

  it('gives plain text for read-aloud, inline formatting and terms included, without stray spaces', async () => {
    const source = change(
      '<Mistake on="caf.home.faire-demande">Ce lien sert à demander une aide.</Mistake>',
      '<Mistake on="caf.home.faire-demande">Cliquez sur **Mon Compte**, en haut. Pas sur la <Term id="carte-vitale">carte</Term>.</Mistake>',
    );
    const result = await compileLesson({ path: frPath, value: source }, { store });
    const step = result.data!.units[0]!;
    expect(step.kind === 'step' && step.mistakes[0]!.text).toBe('Cliquez sur Mon Compte, en haut. Pas sur la carte.');
    expect(step.text).toBe('Cliquez sur Mon Compte, en haut à droite.');
  });

  it('compiles its translation, whose texts differ but whose machine is the same', async () => {
    const french = await compileLesson({ path: frPath, value: fr }, { store });
    const english = await compileLesson({ path: enPath, value: en }, { store });
    expect(formatMessages(english.file)).toEqual([]);
    expect(english.data!.meta).toMatchObject({
      id: 'mini',
      title: 'Log in',
      goal: "Log in to Léa's space.",
      locale: 'en',
      level: 1,
    });
    expect(english.data!.machine).toEqual(french.data!.machine);
    expect(english.data!.units[0]!.text).toBe('Click Mon Compte, top right.');
  });
});

describe('author mistakes are positioned messages that say the fix', () => {
  it('broken YAML', async () => {
    expect(await messages(change('choisir-option]', 'choisir-option'))).toEqual([
      `${FR}:8:1  error  Broken YAML: Flow sequence in block collection must be sufficiently indented and end with a ]. Check the indentation, the colons and the brackets on this line.  yaml-syntax`,
    ]);
  });

  it('a frontmatter field missing, of the wrong type, or unknown', async () => {
    expect(await messages(change('title: Se connecter\n', ''))).toEqual([
      `${FR}:1:1  error  Frontmatter field \`title\` is missing: add \`title:\` (the title shown to learners).  frontmatter-field`,
    ]);
    expect(await messages(change('duration: 5', 'duration: cinq'))).toEqual([
      `${FR}:9:11  error  Frontmatter field \`duration\` must be a number (the expected duration in minutes); it is "cinq".  frontmatter-field`,
    ]);
    expect(await messages(change('level: 1\n', 'level: 1\nauteur: moi\n'))).toEqual([
      `${FR}:9:1  error  Unknown frontmatter field \`auteur\`: remove it, or check its spelling.  frontmatter-field`,
    ]);
  });

  it('no frontmatter at all', async () => {
    const [first] = await messages(fr.slice(fr.indexOf('---', 3) + 4));
    expect(first).toBe(
      `${FR}:1:1  error  The lesson has no frontmatter: start the file with a line \`---\`, the fields \`id\`, \`title\`, \`summary\`, \`site\`, \`persona\`, \`skills\`, \`level\`, \`duration\`, \`requires\`, \`goal\` and \`date\`, then a line \`---\`.  frontmatter-missing`,
    );
  });

  it('an unknown element, with the closest name', async () => {
    expect(
      await messages(change('<Hint>Regardez en haut de la page.</Hint>', '<Hnt>Regardez en haut de la page.</Hnt>')),
    ).toEqual([
      `${FR}:17:3  error  Unknown element \`<Hnt>\`. Did you mean \`Hint\`? A lesson uses only \`Step\`, \`Hint\`, \`Mistake\`, \`Branch\`, \`Case\`, \`Otherwise\`, \`Question\`, \`Answer\`, \`AdvisorNote\` or \`Term\`.  unknown-element`,
    ]);
  });

  it('a Hint or a Mistake outside its Step', async () => {
    const moved = change(
      '  <AdvisorNote>Beaucoup confondent les deux boutons.</AdvisorNote>\n</Step>',
      '</Step>\n\n<Hint>Encore un indice.</Hint>',
    );
    expect(await messages(moved)).toEqual([
      `${FR}:22:1  error  \`<Hint>\` must be inside a \`<Step>\`: move it between \`<Step …>\` and \`</Step>\`.  misplaced-element`,
    ]);
  });

  it('a duplicate step id', async () => {
    expect(await messages(change('<Step id="numero"', '<Step id="ouvrir"'))).toEqual([
      `${FR}:23:1  error  The id \`ouvrir\` is already used on line 15: give each step and question its own id.  duplicate-id`,
    ]);
  });

  it('an unknown target, with "did you mean"', async () => {
    expect(await messages(change('target="caf.login.nir"', 'target="caf.login.nri"'))).toEqual([
      `${FR}:23:61  error  Unknown target \`caf.login.nri\`. Did you mean \`caf.login.nir\`? Targets are listed in src/sites/<site>/targets.ts.  unknown-target`,
    ]);
  });

  it('an action the target does not take', async () => {
    expect(
      await messages(change('action="fill" target="caf.login.nir"', 'action="click" target="caf.login.nir"')),
    ).toEqual([
      `${FR}:23:47  error  \`caf.login.nir\` (Champ « Numéro de sécurité sociale ») does not take \`click\`: use \`action="fill"\`.  target-action`,
    ]);
  });

  it('another route (`also`) that is unknown, takes another action, or repeats the target', async () => {
    const step = '<Step id="ouvrir" skill="se-connecter" action="click" target="caf.header.mon-compte"';
    const also = (routes: string) => messages(change(step, `${step} also="${routes}"`));
    expect(await also('caf.home.faire-demand')).toEqual([
      `${FR}:15:86  error  Unknown target \`caf.home.faire-demand\`. Did you mean \`caf.home.faire-demande\`? Targets are listed in src/sites/<site>/targets.ts.  unknown-target`,
    ]);
    expect(await also('caf.login.nir')).toEqual([
      `${FR}:15:86  error  \`caf.login.nir\` (Champ « Numéro de sécurité sociale ») in \`also\` does not take \`click\`: every route of a step takes the step's action.  target-action`,
    ]);
    expect(await also('caf.header.mon-compte')).toEqual([
      `${FR}:15:86  error  \`also\` repeats the step's own target \`caf.header.mon-compte\`: list only the other routes.  invalid-attribute`,
    ]);
  });

  it('another route (`also`) is compiled into the step and its machine', async () => {
    const step = '<Step id="ouvrir" skill="se-connecter" action="click" target="caf.header.mon-compte"';
    const result = await compileLesson(
      { path: frPath, value: change(step, `${step} also="caf.home.faire-demande"`) },
      { store },
    );
    const ouvrir = result.data?.units.find((u) => u.id === 'ouvrir');
    expect(ouvrir).toMatchObject({ also: ['caf.home.faire-demande'] });
    expect(JSON.stringify(result.data?.machine.states.ouvrir)).toContain('"also":["caf.home.faire-demande"]');
  });

  it('an unknown skill, in a step or in the frontmatter', async () => {
    expect(
      await messages(change('<Step id="ouvrir" skill="se-connecter"', '<Step id="ouvrir" skill="se-conecter"')),
    ).toEqual([
      `${FR}:15:19  error  Unknown skill \`se-conecter\`. Did you mean \`se-connecter\`? Use a skill id from content/skills.yaml.  unknown-skill`,
    ]);
    expect(await messages(change('skills: [se-connecter,', 'skills: [envoyer-document, se-connecter,'))).toEqual([
      `${FR}:7:1  error  Unknown skill \`envoyer-document\`. Use a skill id from content/skills.yaml.  unknown-skill`,
    ]);
  });

  it('a persona: field the persona lacks', async () => {
    expect(await messages(change('expect="persona:nir13"', 'expect="persona:nir14"'))).toEqual([
      `${FR}:23:84  error  Persona \`lea\` has no field \`nir14\`. Did you mean \`nir13\`? Add it to content/personas/lea.yaml or fix the name.  persona-field`,
    ]);
  });

  it('a persona: field that is a group, not one value', async () => {
    expect(await messages(change('expect="persona:nir13"', 'expect="persona:dtr.mois"'))).toEqual([
      `${FR}:23:84  error  Persona \`lea\`'s field \`dtr.mois\` is a group (\`m1\`, \`m2\` or \`m3\`), not one value: name one of its fields, e.g. \`dtr.mois.m1\`.  persona-field`,
    ]);
  });

  it('a goto to an unknown step', async () => {
    expect(await messages(change('<Otherwise goto="valider" />', '<Otherwise goto="valide" />'))).toEqual([
      `${FR}:38:3  error  \`goto="valide"\` names no step or question. Did you mean \`valider\`? Use the id of a step or question of this lesson.  unknown-goto`,
    ]);
  });

  it('a step no path reaches', async () => {
    expect(
      await messages(change('<Case value="couple" goto="type-couple" />', '<Case value="couple" goto="valider" />')),
    ).toEqual([
      `${FR}:41:1  error  \`type-couple\` can never be reached: a branch before it always jumps over it. Add a \`<Case goto="type-couple">\`, or remove the step.  unreachable-step`,
    ]);
  });

  it('a path that cannot reach the end', async () => {
    const looping = change(
      '<Otherwise goto="valider" />',
      '<Otherwise goto="numero" />',
      change('goto="type-couple"', 'goto="ouvrir"'),
    );
    expect(await messages(looping)).toEqual(
      [
        `${FR}:41:1  error  \`type-couple\` can never be reached: a branch before it always jumps over it. Add a \`<Case goto="type-couple">\`, or remove the step.  unreachable-step`,
        `${FR}:47:1  error  \`valider\` can never be reached: a branch before it always jumps over it. Add a \`<Case goto="valider">\`, or remove the step.  unreachable-step`,
        `${FR}:36:1  error  This \`<Branch>\` only leads back to \`ouvrir\` or \`numero\`: the lesson can never reach its end. Make one of its \`goto\`s go forward.  no-end`,
      ].sort((a, b) => Number(a.split(':')[1]) - Number(b.split(':')[1])),
    );
  });

  it('a translated file whose steps differ from fr.mdx', async () => {
    const drifted = change('target="caf.login.nir"', 'target="caf.login.password"', en);
    expect(await messages(drifted, enPath)).toEqual([
      `${EN}:17:1  error  \`numero\` differs from mini/fr.mdx: it must be <Step action="fill" target="caf.login.nir" skill="trouver-identifiant" expect="persona:nir13"> with 2 Hint(s) and Mistakes [caf.login.nir=295109912611193], here it is <Step action="fill" target="caf.login.password" skill="trouver-identifiant" expect="persona:nir13"> with 2 Hint(s) and Mistakes [caf.login.nir=295109912611193].  translation-mismatch`,
    ]);
    const missing = en.slice(0, en.indexOf('<Step id="valider"'));
    expect(await messages(missing, enPath)).toEqual([
      `${EN}:32:3  error  \`goto="valider"\` names no step or question. Use the id of a step or question of this lesson.  unknown-goto`,
      `${EN}:35:1  error  \`valider\` of mini/fr.mdx is missing here: add it after \`type-couple\`, with the same attributes.  translation-mismatch`,
    ]);
  });

  it('MDX syntax errors, at their real position', async () => {
    expect(await messages(change('<Step id="numero"', '<Step id=numero'))).toEqual([
      `${FR}:23:10  error  MDX syntax error: Unexpected character \`n\` (U+006E) before attribute value, expected a character that can start an attribute value, such as \`"\`, \`'\`, or \`{\`. Check the tags here: each \`<Element …>\` is closed by \`</Element>\` or ends with \`/>\`, and attribute values are in quotes.  mdx-syntax`,
    ]);
    // Unclosed tags are reported where they open: tests/compiler/structureErrors.test.ts.
  });

  it('imports, expressions, unknown terms, bad expectations and impossible branch values', async () => {
    const broken = change(
      'Vous allez entrer dans **Mon Compte**.',
      'import x from "y"\n\nVous allez entrer dans **Mon Compte** {1 + 1}.',
      change(
        '<Term id="carte-vitale">',
        '<Term id="carte-vital">',
        change(
          'expect="equals:salaire"',
          'expect="equals:salair"',
          change('expect="persona:nir13"', 'expect="rule:nir"'),
        ),
      ),
    );
    expect(await messages(broken)).toEqual([
      `${FR}:13:1  error  Imports and exports are not allowed in a lesson: remove this line and use only the lesson vocabulary.  not-allowed`,
      `${FR}:15:39  error  Expressions in braces \`{…}\` are not allowed in a lesson: write plain text (escape a brace as \`\\{\`).  not-allowed`,
      `${FR}:25:84  error  unknown rule \`nir\`: use one of \`rule:strong-password\`, \`rule:email\`, \`rule:code6\`, \`rule:otp\`.  invalid-expect`,
      `${FR}:26:31  error  Unknown term \`carte-vital\`. Did you mean \`carte-vitale\`? Add it to content/glossary/fr.yaml.  unknown-term`,
      `${FR}:43:89  error  \`caf.dtr.add.type\` has no option \`salair\`. Did you mean \`salaire\`? Its options are \`salaire\`, \`chomage\`, \`indemnites-journalieres\`, \`pension-retraite\`, \`pension-alimentaire\`, \`independant\` or \`autre\`.  invalid-expect`,
    ]);
  });

  it('collects every mistake of a file, not only the first', async () => {
    const many = change(
      'target="caf.login.nir"',
      'target="caf.login.nri"',
      change('<Step id="numero"', '<Step id="ouvrir"', change('duration: 5', 'duration: cinq')),
    );
    expect((await messages(many)).map((line) => line.split('  ').at(-1))).toEqual([
      'frontmatter-field',
      'duplicate-id',
    ]);
    const independent = change(
      'target="caf.login.nir"',
      'target="caf.login.nri"',
      change('duration: 5', 'duration: cinq'),
    );
    expect((await messages(independent)).map((line) => line.split('  ').at(-1))).toEqual([
      'frontmatter-field',
      'unknown-target',
    ]);
  });
});
