/**
 * The papers the France Travail site adds to Lucas's practice card, his persona against the
 * site's schema, and every persona's card with no field left empty.
 */
import { render, screen, within } from '@testing-library/react';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { personaSchema } from '../../../src/compiler/schema/persona.ts';
import { practiceFilesOf } from '../../../src/lesson/practiceFiles.ts';
import { PracticeCard } from '../../../src/player/card/PracticeCard.tsx';
import { franceTravail } from '../../../src/sites/france-travail/index.ts';
import { papers } from '../../../src/sites/france-travail/papers/index.ts';
import { lucas, personaNamed } from './siteBridge.tsx';

const paper = (kind: string, persona = lucas) => {
  const Paper = papers[kind]!;
  render(<Paper persona={persona} headingLevel={2} />);
  return screen.getByRole('heading', { level: 2 }).closest('article')!;
};

describe('France Travail papers', () => {
  it('the identity card gives the names, the date and place of birth', () => {
    const card = paper('carte-identite');
    expect(within(card).getByRole('heading')).toHaveTextContent('Carte nationale d’identité');
    expect(card).toHaveTextContent('MARTIN');
    expect(card).toHaveTextContent('17/05/2003');
    expect(card).toHaveTextContent('Saint-Denis (93)');
  });

  it('the employer’s certificate gives the contract’s end, its reason and the gross pay', () => {
    const certificate = paper('attestation-employeur');
    expect(certificate).toHaveTextContent('Dernier jour travaillé et payé30/11/2026');
    expect(certificate).toHaveTextContent('Motif de la ruptureFin de contrat à durée déterminée');
    expect(certificate).toHaveTextContent('1 03 05 93 066 274 65');
    expect(certificate.textContent!.replace(/[\u00a0\u202f]/g, ' ')).toContain('1 845,20 € brut');
  });

  it('the CV gives what the registration asks and no other paper shows: address, phone, training, languages, job sought', () => {
    const cv = paper('cv');
    expect(within(cv).getByRole('heading')).toHaveTextContent('CV — Lucas MARTIN');
    expect(cv).toHaveTextContent('Adresse8 rue Gabriel Péri, 93200 Saint-Denis');
    expect(cv).toHaveTextContent('Téléphone07 61 48 22 09');
    expect(cv).toHaveTextContent(
      '06/2026 – 11/2026 : Employé de libre-serviceSupermarché Les Halles du Nord — Contrat à durée déterminée (CDD)',
    );
    expect(cv).toHaveTextContent('2021 : CAP Équipier polyvalent du commerce');
    expect(cv).toHaveTextContent('Français (langue maternelle)');
    expect(cv).toHaveTextContent('à temps plein, à 20 km de Saint-Denis au plus');
  });

  it('the RIB gives the IBAN in groups of 4, the BIC and the French codes', () => {
    const rib = paper('rib');
    expect(rib).toHaveTextContent('FR76 1789 9009 1200 0451 8726 393');
    expect(rib).toHaveTextContent('BENTFRPPXXX');
    expect(within(rib).getByRole('table')).toHaveTextContent('1789900912000451872639');
  });

  it('the statement of payment gives each month of ARE, its net amount and the day it was paid', () => {
    const statement = paper('paiements-france-travail', personaNamed('nadia'));
    expect(within(statement).getByRole('heading')).toHaveTextContent('Attestation de paiement France Travail');
    expect(statement).toHaveTextContent('identifiant 4821377K');
    const rows = within(statement)
      .getAllByRole('row')
      .map((r) => r.textContent!.replace(/[\u00a0\u202f]/g, ' '));
    expect(rows).toEqual([
      'PériodeJours payésMontant brutMontant net verséPayé le',
      'Août 202613292,50 €280,80 €04/09/2026',
      'Septembre 20267157,50 €151,20 €05/10/2026',
      'Octobre 20268180,00 €172,80 €04/11/2026',
    ]);
  });

  it('Lucas’s last payslip is November’s, from the employer and with the gross pay of his certificate, and is in his Documents', () => {
    const Payslips = papers['bulletins-du-mois']!;
    render(<Payslips persona={lucas} headingLevel={2} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Bulletin de salaire de novembre 2026');
    const slip = screen.getByRole('article', {
      name: 'Bulletin de salaire, Supermarché Les Halles du Nord, Novembre 2026',
    });
    const terms = within(slip)
      .getAllByRole('term')
      .map((dt) => `${dt.textContent} ${dt.nextElementSibling?.textContent}`.replace(/\s/g, ' '));
    expect(terms).toEqual([
      'Heures travaillées 151,67',
      'Salaire brut 1 845,20 €',
      'Montant net social 1 439,26 €',
      'Net à payer 1 439,26 €',
    ]);
    expect(slip).toHaveTextContent('Salarié : Lucas MARTIN · Employé de libre-service · Payé le 30/11/2026');
    const contract = lucas.dernier_contrat as { employeur: string; emploi: string; salaires: Record<string, string> };
    expect(slip).toHaveTextContent(contract.employeur);
    expect(slip).toHaveTextContent(contract.emploi);
    expect(lucas.bulletins_du_mois).toMatchObject({ employeurs: [{ brut: contract.salaires['Novembre 2026'] }] });
    expect(lucas.papiers).toEqual(
      expect.arrayContaining(['carte-identite', 'carte-vitale', 'attestation-employeur', 'bulletins-du-mois', 'rib']),
    );
    expect(practiceFilesOf(lucas)).toContainEqual(
      expect.objectContaining({
        name: 'bulletin-salaire-novembre-2026.pdf',
        format: 'pdf',
        quality: 'nette',
        description: expect.stringContaining('Bulletin de salaire de novembre 2026'),
      }),
    );
  });

  it('lucas and nadia pass the persona rules and the site’s schema', () => {
    for (const id of ['lucas', 'nadia']) {
      const persona = personaNamed(id);
      expect(personaSchema.safeParse(persona).success, id).toBe(true);
      expect(franceTravail.persona.safeParse(persona).success, id).toBe(true);
    }
    expect(Object.keys(franceTravail.papers)).toEqual(
      expect.arrayContaining([
        'carte-identite',
        'attestation-employeur',
        'rib',
        'cv',
        'bulletins-du-mois',
        'paiements-france-travail',
      ]),
    );
  });
});

const personaIds = readdirSync('content/personas')
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => file.replace(/\.yaml$/, ''));

describe('every persona’s practice card', () => {
  it.each(personaIds)('%s: each paper shows every field filled', (id) => {
    const { container } = render(<PracticeCard persona={personaNamed(id)} />);
    const papers = [...container.querySelectorAll('.card-papers > *')];
    expect(papers.length, id).toBeGreaterThan(0);
    const empty = papers.flatMap((paper) => {
      const title = paper.querySelector('.paper-title')?.textContent;
      return [...paper.querySelectorAll('dd, td, th, strong, li, p, .note-secret')]
        .filter((field) => !field.textContent!.trim())
        .map((field) => `${title}: ${field.previousElementSibling?.textContent ?? field.tagName.toLowerCase()}`);
    });
    expect(empty).toEqual([]);
  });
});
