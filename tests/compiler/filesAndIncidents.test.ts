// @vitest-environment node
/**
 * Upload steps and incidents, as the compiler checks them: the file named must be on the
 * persona's practice computer, an upload needs its file and takes no rule, only a target that
 * takes `upload` can be uploaded to, and an incident must be declared by a site the lesson opens
 * (exact messages and positions). The persona's `documents:` are checked with positions too.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLesson } from '../../src/compiler/compileLesson.ts';
import { createContentStore } from '../../src/compiler/content/contentStore.ts';
import { formatMessages } from '../../src/compiler/messages.ts';
import { practiceFilesOf } from '../../src/lesson/practiceFiles.ts';
import type { StepData } from '../../src/lesson/types.ts';
import { createSiteRegistry } from '../../src/sites/framework/siteRegistry.ts';
import { testRegistry } from '../fixtures/test-site/testSites.ts';
import { change, fixtureContent, store } from './miniFixture.ts';

const path = join(fixtureContent, 'lessons/biblio-justificatif/fr.mdx');
const source = readFileSync(path, 'utf8');
const FILE = 'tests/compiler/fixtures/content/lessons/biblio-justificatif/fr.mdx';

async function compile(value: string, sites = testRegistry) {
  const result = await compileLesson({ path, value }, { store, sites });
  return { result, messages: formatMessages(result.file) };
}

const upload = 'action="upload" target="biblio.prets.justificatif" expect="equals:justificatif-domicile.pdf"';

describe('an upload step', () => {
  it('compiles with its file, its Mistake on another file and its incident', async () => {
    const { result, messages } = await compile(source);
    expect(messages).toEqual([]);
    const step = result.data!.units.find((u) => u.id === 'justificatif') as StepData;
    expect(step).toMatchObject({
      action: 'upload',
      value: 'justificatif-domicile.pdf',
      incident: 'biblio.envoi-refuse',
      targetLabel: 'Bouton « Ajouter un justificatif »',
    });
    expect(result.data!.units.find((u) => u.id === 'renvoyer')).not.toHaveProperty('incident');
  });

  it('names a file the persona has (with did you mean), in `expect` and in a Mistake', async () => {
    const { messages } = await compile(
      change(
        source,
        [upload, upload.replace('justificatif-domicile.pdf', 'justificatif-domicle.pdf')],
        ['value="photo-facture.jpg"', 'value="photo.png"'],
      ),
    );
    expect(messages).toEqual([
      `${FILE}:18:99  error  Persona \`noe\` has no file \`justificatif-domicle.pdf\`. Did you mean \`justificatif-domicile.pdf\`? Its files (\`documents:\`) are \`justificatif-domicile.pdf\`, \`photo-facture.jpg\`, \`scan-complet.pdf\` or \`lettre.docx\`.  unknown-file`,
      `${FILE}:21:3  error  Persona \`noe\` has no file \`photo.png\`. Its files (\`documents:\`) are \`justificatif-domicile.pdf\`, \`photo-facture.jpg\`, \`scan-complet.pdf\` or \`lettre.docx\`.  unknown-file`,
    ]);
  });

  it('needs `expect`, and never a rule', async () => {
    const noExpect = await compile(
      change(source, [upload, upload.replace(' expect="equals:justificatif-domicile.pdf"', '')]),
    );
    expect(noExpect.messages).toEqual([
      `${FILE}:18:1  error  Step \`justificatif\` (\`upload\`) needs \`expect\`: the file to send, e.g. expect="equals:justificatif-domicile.pdf".  missing-attribute`,
    ]);
    const rule = await compile(
      change(source, [upload, upload.replace('equals:justificatif-domicile.pdf', 'rule:email')]),
    );
    expect(rule.messages).toEqual([
      `${FILE}:18:99  error  Step \`justificatif\` sends a file: its \`expect\` is the file's name, \`equals:<file>\` or \`matches:<pattern>\`, not a rule.  invalid-expect`,
    ]);
  });

  it('is only on a target that takes `upload`', async () => {
    const { messages } = await compile(
      change(source, [
        'action="click" target="biblio.home.prets"',
        'action="upload" target="biblio.home.prets" expect="equals:lettre.docx"',
      ]),
    );
    expect(messages).toEqual([
      `${FILE}:13:39  error  \`biblio.home.prets\` (Bouton « Mes prêts ») does not take \`upload\`: use \`action="click"\`.  target-action`,
    ]);
  });

  it('may name a file of the « Ouvrir » dialog as a target, when the persona has it', async () => {
    const ok = await compile(
      change(source, [
        '<Mistake on="biblio.prets.justificatif" value="photo-facture.jpg">',
        '<Mistake on="browser.fichiers.photo-facture.jpg">',
      ]),
    );
    expect(ok.messages).toEqual([]);
    const unknown = await compile(
      change(source, [
        '<Mistake on="biblio.prets.justificatif" value="photo-facture.jpg">',
        '<Mistake on="browser.fichiers.photo-factur.jpg">',
      ]),
    );
    expect(unknown.messages).toEqual([
      `${FILE}:21:3  error  Unknown target \`browser.fichiers.photo-factur.jpg\`. Did you mean \`browser.fichiers.photo-facture.jpg\`? Targets are listed in src/sites/<site>/targets.ts.  unknown-target`,
    ]);
  });
});

describe('an incident', () => {
  const incident = 'incident="biblio.envoi-refuse"';

  it('must be declared by a site, written `<site>.<incident>` (with did you mean)', async () => {
    const { messages } = await compile(change(source, [incident, 'incident="biblio.envoi-refusé"']));
    expect(messages).toEqual([
      `${FILE}:18:141  error  Unknown incident \`biblio.envoi-refusé\`. Did you mean \`biblio.envoi-refuse\`? Use \`<site>.<incident>\` as a site declares it in its \`incidents\`: \`biblio.envoi-refuse\`.  unknown-incident`,
    ]);
  });

  it('must belong to a site the lesson opens', async () => {
    const other = {
      id: 'autre',
      tabLabel: 'autre.fr',
      address: 'https://entrainement.pas-a-pas.local/autre',
      targets: {},
      incidents: { panne: { label: 'Le site est en panne' } },
    };
    const sites = createSiteRegistry([...testRegistry.sites, other]);
    expect(sites.incidents).toMatchObject({
      'biblio.envoi-refuse': { label: 'Le prochain fichier envoyé est refusé par le serveur' },
      'autre.panne': { label: 'Le site est en panne' },
    });
    const { messages } = await compile(change(source, [incident, 'incident="autre.panne"']), sites);
    expect(messages).toEqual([
      `${FILE}:18:141  error  Incident \`autre.panne\` belongs to the \`autre\` practice site, which this lesson does not open: use an incident of \`biblio\` or \`mail\`.  unknown-incident`,
    ]);
  });

  it('is part of the structure a translation must keep', async () => {
    const { messages } = await compile(source);
    expect(messages).toEqual([]);
  });
});

describe('a persona’s practice files', () => {
  const lea = `id: lea
practice: true
prenom: Léa
nom: Martin
email: lea@exemple.fr
nir: "295109912611193"
nir13: "2951099126111"
documents:
  - { fichier: bulletin.pdf, format: pdf, taille_ko: 180, pages: 1, qualite: nette, description: Bulletin }
  - { fichier: photo.png, format: jpg, taille_ko: 2400, description: Photo }
  - { fichier: bulletin.pdf, format: pdf, taille_ko: 90, description: Copie }
  - { fichier: note.txt, format: txt, taille_ko: 1, description: Note }
`;

  function personaFile(text: string) {
    const root = mkdtempSync(join(tmpdir(), 'pas-a-pas-files-'));
    mkdirSync(join(root, 'personas'));
    writeFileSync(join(root, 'personas/lea.yaml'), text);
    return createContentStore(root).persona('lea');
  }

  it('are checked with their positions: a format it knows, then an extension that says it, one name each', () => {
    const lines = (text: string) =>
      formatMessages(personaFile(text).file, '/').map((l) => l.replace(/^.*?personas/, 'personas'));
    expect(lines(lea)).toEqual([
      'personas/lea.yaml:12:34  error  Persona field `documents.3.format` Invalid option: expected one of "pdf"|"jpg"|"png"|"docx"|"heic"; it is "txt".  schema',
    ]);
    expect(lines(lea.split('\n').slice(0, 11).join('\n'))).toEqual([
      expect.stringMatching(
        /^personas\/lea\.yaml:10:\d+ {2}error {2}Persona field `documents\.1\.fichier` must end with `\.jpg`, its `format`.*schema$/,
      ),
      expect.stringMatching(
        /^personas\/lea\.yaml:11:\d+ {2}error {2}Persona field `documents\.2\.fichier` is already the name of another file.*schema$/,
      ),
    ]);
  });

  it('are read as the practice computer shows them; none when the persona has none', () => {
    const good = lea.split('\n').slice(0, 10).join('\n').replace('photo.png', 'photo.jpg');
    const loaded = personaFile(good);
    expect(formatMessages(loaded.file)).toEqual([]);
    expect(practiceFilesOf(loaded.data as never)).toEqual([
      { name: 'bulletin.pdf', format: 'pdf', sizeKb: 180, pages: 1, quality: 'nette', description: 'Bulletin' },
      { name: 'photo.jpg', format: 'jpg', sizeKb: 2400, pages: 1, quality: 'nette', description: 'Photo' },
    ]);
    expect(practiceFilesOf({ id: 'x' })).toEqual([]);
  });
});
