/**
 * « Montre-moi »'s way back once the step's target is on screen: what the lesson's earlier steps
 * typed or chose on that form and was lost is done again — every earlier field, not only those
 * just before the step (`fieldsBefore`) —, and the map's links from the page to itself are
 * followed first (an employer part beyond the payslips, half typed, is removed), so that the step
 * can be done.
 */
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as envoyer from '../../content/lessons/envoyer-un-document/fr.mdx';
import * as dtrLesson from '../../content/lessons/caf-declaration-trimestrielle/fr.mdx';
import * as actualisation from '../../content/lessons/france-travail-actualisation/fr.mdx';
import { demoValue, parseExpect } from '../../src/lesson/expect.ts';
import type { CompiledLesson } from '../../src/lesson/types.ts';
import { bringBack, documentOpener, fieldsBefore, replayBefore } from '../../src/player/bringBack.ts';
import { perform } from '../../src/sites/framework/driver.ts';
import type { WayStep } from '../../src/sites/framework/types.ts';
import { registry } from '../../src/sites/registry.ts';
import { firstEmployer, nadia, renderFt } from '../sites/france-travail/actualisationBridge.tsx';
import { lucas, renderSite } from '../sites/france-travail/siteBridge.tsx';

const lesson = actualisation as unknown as CompiledLesson;
const a = (path: string) => `france-travail.actualisation.${path}` as const;

describe('documentOpener', () => {
  const withDocument = {
    units: [
      { kind: 'step', id: 'avis', action: 'click', target: 'impots.documents.avis.2025' },
      { kind: 'question', id: 'rfr' },
      { kind: 'step', id: 'telecharger', action: 'click', target: 'browser.document.telecharger' },
      { kind: 'step', id: 'fermer', action: 'click', target: 'browser.document.fermer' },
    ],
  } as unknown as CompiledLesson;

  it('gives, for a step on the practice viewer, the latest earlier step on a site: the one that opened the document', () => {
    expect(documentOpener(withDocument, 'fermer')).toEqual({ action: 'click', target: 'impots.documents.avis.2025' });
    expect(documentOpener(withDocument, 'telecharger')).toEqual({
      action: 'click',
      target: 'impots.documents.avis.2025',
    });
  });

  it('gives nothing for a step on a site', () => {
    expect(documentOpener(withDocument, 'avis')).toBeUndefined();
  });
});

describe('fieldsBefore', () => {
  it('gives every earlier field of the lesson, latest first, once per target, with the latest value', () => {
    const fields = fieldsBefore(lesson, 'employeurs-suivant');
    const targets = fields.map((f) => f.target);
    expect(targets.slice(0, 6)).toEqual([
      a('employeur.2.brut'),
      a('employeur.2.heures'),
      a('employeur.2.nom'),
      a('employeur.1.brut'),
      a('employeur.1.heures'),
      a('employeur.1.nom'),
    ]);
    // Far before: the answers to the questions and the login, each once.
    expect(targets).toContain(a('recherche'));
    expect(targets).toContain('france-travail.connexion.identifiant');
    expect(new Set(targets).size).toBe(targets.length);
    // « Non » for the trial, then « Oui » again: the latest is kept.
    expect(fields.find((f) => f.target === a('travail'))?.value).toBe('equals:oui');
  });

  it('leaves out the step’s own target', () => {
    expect(fieldsBefore(lesson, 'essai-oui').map((f) => f.target)).not.toContain(a('travail'));
  });

  it('with the map, leaves out what was typed in a form a later step opened again', () => {
    const dtr = dtrLesson as unknown as CompiledLesson;
    const targets = (fields: WayStep[]) => fields.map((f) => f.target);
    // Karim's resource: the panel was opened again since Amina's second employer was typed in it.
    expect(targets(fieldsBefore(dtr, 'ajouter-ressource'))).toContain('caf.dtr.add.payer');
    const karim = targets(fieldsBefore(dtr, 'ajouter-ressource', registry));
    expect(karim).not.toContain('caf.dtr.add.payer');
    expect(karim.slice(0, 2)).toEqual(['caf.dtr.add.amount', 'caf.dtr.add.type']);
    // « Ajouter un autre employeur » keeps its page's form: the first employer is still there.
    expect(targets(fieldsBefore(lesson, 'employeurs-suivant', registry)).slice(0, 6)).toEqual(
      targets(fieldsBefore(lesson, 'employeurs-suivant')).slice(0, 6),
    );
  });
});

describe('replayBefore', () => {
  const documents = envoyer as unknown as CompiledLesson;
  const d = (path: string) => `france-travail.documents.${path}`;

  it('gives the lesson’s steps from its first upload, in order', () => {
    expect(replayBefore(documents, 'ajouter-page')).toEqual([
      { action: 'upload', target: d('parcourir'), value: 'equals:bulletin-novembre-2026-ecole.pdf' },
      { action: 'click', target: d('apercu.lisible') },
    ]);
    expect(replayBefore(documents, 'lisible-page-2')).toEqual([
      { action: 'upload', target: d('parcourir'), value: 'equals:bulletin-novembre-2026-ecole.pdf' },
      { action: 'click', target: d('apercu.lisible') },
      { action: 'upload', target: d('ajouter-page'), value: 'equals:bulletin-novembre-2026-page2.pdf' },
    ]);
  });

  it('gives only the steps this run went through, when told which (not a branch not taken)', () => {
    const done = new Set(['parcourir']);
    expect(replayBefore(documents, 'lisible-page-2', done)).toEqual([
      { action: 'upload', target: d('parcourir'), value: 'equals:bulletin-novembre-2026-ecole.pdf' },
    ]);
    expect(replayBefore(documents, 'lisible-page-2', new Set())).toEqual([]);
  });

  it('gives nothing before any upload', () => {
    expect(replayBefore(documents, 'parcourir')).toEqual([]);
    expect(replayBefore(lesson, 'valider')).toEqual([]);
  });
});

describe('bringBack on the step’s own page', () => {
  it('removes an extra employer part, half typed, and types again an earlier field lost', async () => {
    const site = renderFt();
    site.drive(
      ...firstEmployer,
      { action: 'fill', target: a('employeur.1.brut'), value: '498,75' },
      { action: 'click', target: a('ajouter-employeur') },
      { action: 'fill', target: a('employeur.2.nom'), value: 'Net Services 93' },
      { action: 'fill', target: a('employeur.2.heures'), value: '21' },
      { action: 'fill', target: a('employeur.2.brut'), value: '262,50' },
      // The learner strays: a third part, half typed, and the first hours typed over.
      { action: 'click', target: a('ajouter-employeur') },
      { action: 'fill', target: a('employeur.3.nom'), value: 'Net Services 93' },
      { action: 'fill', target: a('employeur.1.heures'), value: '' },
    );
    expect(site.flags()).toContain('actualisation-employeur-3-en-trop');

    const root = site.container;
    const back = await bringBack({
      root,
      goal: a('employeurs.suivant'),
      registry,
      preferred: [],
      fields: fieldsBefore(lesson, 'employeurs-suivant'),
      expectedValue: (expect) => demoValue(parseExpect(expect), nadia, site.world()),
      perform: (step) => {
        const value = step.value === undefined ? undefined : demoValue(parseExpect(step.value), nadia, site.world());
        act(() =>
          perform(root, { action: step.action, target: step.target, ...(value === undefined ? {} : { value }) }),
        );
      },
    });
    expect(back).toBe(true);
    expect(screen.queryByRole('group', { name: 'Employeur 3' })).toBeNull();
    expect(screen.getAllByLabelText('Nombre d’heures travaillées')[0]).toHaveValue('38');

    site.drive({ action: 'click', target: a('employeurs.suivant') });
    expect(site.place()).toBe('actualisation-recapitulatif');
  });

  /** The first employer typed with a refused gross pay, and « Suivant » refused for it. */
  function refusedPay() {
    const site = renderFt();
    site.drive(
      ...firstEmployer,
      { action: 'fill', target: a('employeur.1.brut'), value: ':' },
      { action: 'click', target: a('employeurs.suivant') },
    );
    const pay = () => screen.getAllByLabelText(/Salaire brut/)[0]!;
    expect(pay()).toHaveAttribute('aria-invalid', 'true');
    const root = site.container;
    const back = () =>
      bringBack({
        root,
        goal: a('employeur.1.heures'),
        registry,
        preferred: [],
        perform: (step) => {
          const value = step.value === undefined ? undefined : demoValue(parseExpect(step.value), nadia, site.world());
          act(() =>
            perform(root, { action: step.action, target: step.target, ...(value === undefined ? {} : { value }) }),
          );
        },
      });
    return { pay, back };
  }

  it('empties a box the site refused that no earlier step typed (a later step types it)', async () => {
    const { pay, back } = refusedPay();
    expect(await back()).toBe(true);
    expect(pay()).toHaveValue('');
  });
});

describe('bringBack putting a form right', () => {
  it('skips a box that an earlier answer took off the page, instead of failing on it', async () => {
    // The lesson answered « Non » to the contract, and typed an end date on another pass: choosing
    // « Non » again takes the date's box away, which is then left alone.
    const site = renderSite();
    const e = (field: string) => `france-travail.inscription.eligibilite.${field}` as const;
    site.drive(
      { action: 'click', target: 'france-travail.home.inscription' },
      { action: 'click', target: 'france-travail.inscription.commencer' },
      { action: 'choose', target: e('contrat'), value: 'oui' },
    );
    expect(screen.getByLabelText(/Date de fin du contrat/)).toBeInTheDocument();
    const root = site.container;
    const done: string[] = [];
    const back = await bringBack({
      root,
      goal: e('continuer'),
      registry,
      preferred: [],
      fields: [
        { action: 'fill', target: e('date-fin'), value: 'equals:18/12/2026' },
        { action: 'choose', target: e('contrat'), value: 'equals:non' },
      ],
      expectedValue: (expect) => demoValue(parseExpect(expect), lucas, site.world()),
      perform: (step) => {
        done.push(step.target);
        const value = step.value === undefined ? undefined : demoValue(parseExpect(step.value), lucas, site.world());
        act(() =>
          perform(root, { action: step.action, target: step.target, ...(value === undefined ? {} : { value }) }),
        );
      },
    });
    expect(back).toBe(true);
    expect(done).toEqual([e('contrat')]);
    expect(screen.getByRole('radio', { name: 'Non' })).toBeChecked();
    expect(screen.queryByLabelText(/Date de fin du contrat/)).toBeNull();
  });
});
