// @vitest-environment node
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContentStore } from '../../src/compiler/content/contentStore.ts';
import { formatMessages } from '../../src/compiler/messages.ts';

function contentWith(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'pas-a-pas-content-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return createContentStore(root);
}

const persona = `id: lea
practice: true
prenom: Léa
nom: Martin
email: lea@exemple.fr
nir: "295109912611193"
nir13: "2951099126111"
`;

const lines = (file: Parameters<typeof formatMessages>[0]) =>
  formatMessages(file, '/').map((l) => l.replace(/^.*?(personas|skills|glossary)/, '$1'));

describe('shared content files are checked with positions', () => {
  it('accepts a valid persona and reads its data', () => {
    const loaded = contentWith({ 'personas/lea.yaml': persona }).persona('lea');
    expect(lines(loaded.file)).toEqual([]);
    expect(loaded.data).toMatchObject({ prenom: 'Léa', papiers: [] });
  });

  it('rejects identifiers that fail the real checksum rules, on their line', () => {
    const broken =
      persona.replace('"295109912611193"', '"295109912611199"') +
      'conjoint:\n  nir: "183019935001771"\nnumero_fiscal: "3023217600054"\n';
    expect(lines(contentWith({ 'personas/lea.yaml': broken }).persona('lea').file)).toEqual([
      'personas/lea.yaml:6:6  error  Persona field `nir` must be a 15-character NIR whose 2-digit key is right (97 − N mod 97; 2A = 19, 2B = 18) (numéro de sécurité sociale, 15 characters with the key); it is "295109912611199".  schema',
      'personas/lea.yaml:9:8  error  Persona field `conjoint.nir` must be a 15-character NIR whose 2-digit key is right (97 − N mod 97; 2A = 19, 2B = 18); it is "183019935001771".  schema',
      'personas/lea.yaml:10:16  error  Persona field `numero_fiscal` must be a 13-digit numéro fiscal whose last 3 digits are the first 10 mod 511; it is "3023217600054".  schema',
    ]);
  });

  it('checks that nir13 is the start of nir', () => {
    const mismatched = persona.replace('nir13: "2951099126111"', 'nir13: "2951099126112"');
    expect(lines(contentWith({ 'personas/lea.yaml': mismatched }).persona('lea').file)).toEqual([
      'personas/lea.yaml:7:8  error  Persona field `nir13` must be the 13 first characters of `nir` (the NIR without its key, as the CAF asks); it is "2951099126112".  schema',
    ]);
  });

  it('reports broken YAML and wrong skills', () => {
    const store = contentWith({
      'skills.yaml': '- id: se-connecter\n  fr: Se connecter\n- id: Mauvais Id\n  fr: x\n  en: y\n',
    });
    expect(lines(store.skills().file)).toEqual([
      'skills.yaml:1:3  error  Skill field `0.en` is missing: add `0.en:` (the English label).  schema',
      'skills.yaml:3:7  error  Skill field `1.id` must be lower-case words joined by dashes (stable skill id); it is "Mauvais Id".  schema',
    ]);
    const glossary = contentWith({
      'glossary/fr.yaml': 'carte-vitale:\n  term: carte Vitale\n  definition: [oops\n',
    }).glossary('fr');
    expect(lines(glossary.file)[0]).toMatch(/^glossary\/fr\.yaml:4:1 {2}error {2}Broken YAML: .*yaml-syntax$/);
  });
});
