/** The papers the France Travail site adds to Lucas's practice card, and his persona against the site's schema. */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { personaSchema } from '../../../src/compiler/schema/persona.ts';
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
