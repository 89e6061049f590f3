/**
 * The CAF's prime d'activité simulator, page by page, as a learner goes through it: what each
 * page asks, each refusal and its message, the branch without professional income, and the
 * result, which is the estimate of the household typed (`estimatePrimeActivite`).
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { estimatePrimeActivite } from '../../../../src/sites/caf/primeActivite/index.ts';
import { practiceDay, renderSimulateur, simulate, type } from './renderSimulateur.tsx';

const heading = () => screen.getByRole('heading', { level: 1 });
const place = () => document.querySelector<HTMLElement>('[data-place]')!.dataset.place;
/** Text as read, with the non-breaking spaces of amounts as plain spaces. */
const text = (element: Element) => element.textContent!.replace(/[\u00a0\u202f]/g, ' ');
const at = new Date(`${practiceDay}T12:00:00`).getTime();
const steady = (n: number): [number, number, number] => [n, n, n];

describe.each([{ strict: false }, { strict: true }])(
  'the prime d’activité simulator (StrictMode: $strict)',
  ({ strict }) => {
    it('leads a person alone through every page to the estimate, with « Faire une demande »', async () => {
      let asked = 0;
      const site = renderSimulateur(() => (asked += 1), strict);
      expect(heading().textContent).toBe('Vous');
      expect(place()).toBe('simulateur-debut');
      expect(screen.getByText('Étape 1 sur 6')).toBeVisible();

      await simulate(site, {
        codePostal: '93200',
        naissance: '14/03/1986',
        situation: 'Aucune de ces situations',
        couple: false,
        enfants: '0',
        logement: 'Hébergé(e) gratuitement',
        ressources: [
          [
            ['700', '0'],
            ['800', '0'],
            ['900', '0'],
          ],
        ],
      });

      expect(heading()).toHaveFocus();
      expect(heading().textContent).toBe('Résultat de votre simulation');
      expect(place()).toBe('simulateur-resultat');
      const expected = estimatePrimeActivite({
        at,
        couple: false,
        children: 0,
        singleParent: false,
        housing: 'heberge',
        housingBenefit: 0,
        adults: [{ professional: [700, 800, 900], other: [0, 0, 0] }],
      });
      // 800 € a month on average, housed free, scale of 1 April 2026 (derived by hand): 638,28 + 478,80
      // + 185,75 × (800 − 709,18) / (1 442,40 − 709,18) = 23,01 − 800 − 12 % × 638,28 (76,59) = 263,49 €.
      expect(expected.amount).toBe(263.49);
      const result = screen.getByRole('region', { name: 'Votre droit estimé à la prime d’activité' });
      expect(text(result)).toContain('263,49 € par mois');
      expect(text(result)).toContain('Ce montant est une estimation');
      expect(screen.getByText(/Barème en vigueur au 1er avril 2026/)).toBeVisible();
      const detail = screen.getByRole('table');
      for (const line of expected.lines) expect(within(detail).getByText(line.label)).toBeVisible();

      site.clearEvents();
      await site.user.click(screen.getByRole('button', { name: 'Faire une demande' }));
      expect(site.events).toEqual([{ action: 'click', target: 'caf.simulateur.resultat.demande' }]);
      expect(asked).toBe(1);
    });

    it('asks for the partner’s resources, the youngest child and the aide au logement, and estimates that household', async () => {
      const site = renderSimulateur(undefined, strict);
      await simulate(site, {
        codePostal: '93 200',
        naissance: '14/03/1986',
        situation: 'Aucune de ces situations',
        couple: true,
        enfants: '2',
        logement: 'Locataire',
        aide: '300',
        ressources: [
          [
            ['1 500', '0'],
            ['1.500', '0'],
            ['1500,00', '0'],
          ],
          [
            ['600', '0'],
            ['600', '0'],
            ['600', '0'],
          ],
        ],
      });
      const expected = estimatePrimeActivite({
        at,
        couple: true,
        children: 2,
        housing: 'locataire',
        housingBenefit: 300,
        adults: [
          { professional: steady(1500), other: steady(0) },
          { professional: steady(600), other: steady(0) },
        ],
      });
      // The hand-derived example of the estimate's tests: 493,42 €.
      expect(expected.amount).toBe(493.42);
      expect(text(screen.getByRole('region', { name: /Votre droit estimé/ }))).toContain('493,42 € par mois');
    });

    it('names the three months before the practice month on the resources page', async () => {
      const site = renderSimulateur(undefined, strict);
      await simulate(site, {
        codePostal: '93200',
        naissance: '14/03/1986',
        situation: 'Demandeur d’emploi',
        couple: false,
        enfants: '1',
        moinsDe3Ans: true,
        logement: 'Locataire',
        ressources: [],
      });
      expect(heading().textContent).toBe('Vos ressources');
      expect(screen.getAllByRole('group').map((g) => g.querySelector('legend')!.textContent)).toEqual([
        'Août 2026',
        'Septembre 2026',
        'Octobre 2026',
      ]);
    });

    it('ends without professional income on « Vous ne pouvez pas bénéficier de la prime d’activité », and goes back', async () => {
      const site = renderSimulateur(undefined, strict);
      await type(site, 'Code postal de votre lieu de résidence', '93200');
      await type(site, 'Date de naissance', '14/03/1986');
      await site.user.click(screen.getByRole('button', { name: 'Suivant' }));
      expect(heading().textContent).toBe('Vos revenus professionnels');
      site.clearEvents();
      await site.user.click(screen.getByRole('radio', { name: 'Non' }));
      await site.user.click(screen.getByRole('button', { name: 'Suivant' }));
      expect(heading().textContent).toBe('Vous ne pouvez pas bénéficier de la prime d’activité');
      expect(place()).toBe('simulateur-non-eligible');
      expect(screen.queryByRole('button', { name: 'Faire une demande' })).toBeNull();
      await site.user.click(screen.getByRole('button', { name: 'Modifier ma réponse' }));
      expect(heading().textContent).toBe('Vos revenus professionnels');
      expect(screen.getByRole('radio', { name: 'Non' })).toBeChecked();
      expect(site.events).toEqual([
        { action: 'choose', target: 'caf.simulateur.revenus', value: 'non' },
        { action: 'click', target: 'caf.simulateur.next' },
        { action: 'click', target: 'caf.simulateur.non-eligible.modifier' },
      ]);
    });

    it('shows why nothing would be paid when the resources are too high', async () => {
      const site = renderSimulateur(undefined, strict);
      await simulate(site, {
        codePostal: '93200',
        naissance: '14/03/1986',
        situation: 'Aucune de ces situations',
        couple: false,
        enfants: '0',
        logement: 'Locataire',
        ressources: [
          [
            ['3000', '0'],
            ['3000', '0'],
            ['3000', '0'],
          ],
        ],
      });
      expect(
        screen.getByRole('heading', {
          name: 'D’après les informations saisies, vous ne pouvez pas bénéficier de la prime d’activité',
        }),
      ).toBeVisible();
      expect(screen.getByText('Les ressources de votre foyer sont trop élevées.')).toBeVisible();
      expect(screen.queryByRole('button', { name: 'Faire une demande' })).toBeNull();
      await site.user.click(screen.getByRole('button', { name: 'Faire une nouvelle simulation' }));
      expect(heading().textContent).toBe('Vous');
      expect(screen.getByLabelText('Code postal de votre lieu de résidence')).toHaveValue('');
    });

    it('keeps the answers when the learner goes back with « Précédent »', async () => {
      const site = renderSimulateur(undefined, strict);
      await type(site, 'Code postal de votre lieu de résidence', '93200');
      await type(site, 'Date de naissance', '14/03/1986');
      await site.user.click(screen.getByRole('button', { name: 'Suivant' }));
      await site.user.click(screen.getByRole('button', { name: 'Précédent' }));
      expect(heading().textContent).toBe('Vous');
      expect(screen.getByLabelText('Code postal de votre lieu de résidence')).toHaveValue('93200');
    });
  },
);

describe('the simulator’s messages', () => {
  /** Submits the page and returns the error summary's messages. */
  async function refused(site: ReturnType<typeof renderSimulateur>) {
    site.clearEvents();
    await site.user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(site.events.at(-1)).toEqual({ action: 'click', target: 'caf.simulateur.next', ok: false });
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    return within(summary)
      .getAllByRole('link')
      .map((a) => a.textContent);
  }

  it('checks the code postal and the date of birth against the practice day', async () => {
    const site = renderSimulateur();
    expect(await refused(site)).toEqual(['Saisissez votre code postal.', 'Saisissez votre date de naissance.']);
    const postcode = screen.getByLabelText('Code postal de votre lieu de résidence');
    expect(postcode).toHaveAttribute('aria-invalid', 'true');
    expect(postcode.getAttribute('aria-describedby')).toContain('caf-sim-code-postal-error');

    await type(site, 'Code postal de votre lieu de résidence', '9320');
    await type(site, 'Date de naissance', '1986-03-14');
    expect(await refused(site)).toEqual([
      'Le code postal doit comporter 5 chiffres, par exemple 93200.',
      'La date de naissance doit être au format JJ/MM/AAAA, par exemple 25/01/1990.',
    ]);
    await type(site, 'Code postal de votre lieu de résidence', '93200');
    await type(site, 'Date de naissance', '31/02/1986');
    expect(await refused(site)).toEqual(['Cette date n’existe pas. Vérifiez le jour et le mois.']);
    // The practice day is 12 November 2026: the 13th is in the future, 13/11/2008 is under 18.
    await type(site, 'Date de naissance', '13/11/2026');
    expect(await refused(site)).toEqual(['La date de naissance ne peut pas être dans le futur.']);
    await type(site, 'Date de naissance', '13/11/2008');
    expect(await refused(site)).toEqual(['La prime d’activité est réservée aux personnes de 18 ans ou plus.']);
    await type(site, 'Date de naissance', '12/11/2008');
    await site.user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(heading().textContent).toBe('Vos revenus professionnels');
  });

  it('asks for an answer to each question, and the amount of the aide au logement', async () => {
    const site = renderSimulateur();
    await simulatePrefix(site);
    expect(await refused(site)).toEqual(['Sélectionnez une réponse.']); // revenus
    await site.user.click(screen.getByRole('radio', { name: 'Oui' }));
    await site.user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(await refused(site)).toEqual(['Sélectionnez une réponse.']); // situation
    await site.user.click(screen.getByRole('radio', { name: 'Aucune de ces situations' }));
    await site.user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(await refused(site)).toEqual(['Sélectionnez une réponse.', 'Indiquez le nombre d’enfants à charge.']);
    await site.user.click(screen.getByRole('radio', { name: 'Non' }));
    await site.user.selectOptions(screen.getByLabelText('Nombre d’enfants à charge'), '2');
    expect(await refused(site)).toEqual(['Sélectionnez une réponse.']); // the youngest child
    await site.user.click(
      within(screen.getByRole('group', { name: /moins de 3 ans/ })).getByRole('radio', { name: 'Non' }),
    );
    await site.user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(heading().textContent).toBe('Votre logement');
    expect(await refused(site)).toEqual(['Sélectionnez une réponse.']);
    await site.user.click(screen.getByRole('radio', { name: 'Locataire' }));
    expect(await refused(site)).toEqual(['Sélectionnez une réponse.']); // aide au logement
    await site.user.click(
      within(screen.getByRole('group', { name: /aide au logement/ })).getByRole('radio', { name: 'Oui' }),
    );
    expect(await refused(site)).toEqual(['Saisissez un montant.']);
    await type(site, 'Montant mensuel de l’aide au logement (en euros)', '250,505');
    expect(await refused(site)).toEqual(['Saisissez 2 chiffres au plus après la virgule, par exemple 1 250,50.']);
  });

  it('checks every amount of the resources page, and reads 1.012 as 1 012 €', async () => {
    const site = renderSimulateur();
    await simulate(site, {
      codePostal: '93200',
      naissance: '14/03/1986',
      situation: 'Aucune de ces situations',
      couple: false,
      enfants: '0',
      logement: 'Locataire',
      ressources: [],
    });
    const messages = await refused(site);
    expect(messages).toEqual([
      'Août 2026, salaires : saisissez un montant.',
      'Août 2026, autres ressources : saisissez un montant.',
      'Septembre 2026, salaires : saisissez un montant.',
      'Septembre 2026, autres ressources : saisissez un montant.',
      'Octobre 2026, salaires : saisissez un montant.',
      'Octobre 2026, autres ressources : saisissez un montant.',
    ]);
    expect(screen.getAllByLabelText(/^Salaires et revenus d’activité/)[0]).toHaveAccessibleDescription(
      'Août 2026, salaires : saisissez un montant.',
    );
    const salaires = screen.getAllByLabelText(/^Salaires et revenus d’activité/);
    const autres = screen.getAllByLabelText(/^Autres ressources/);
    for (const field of [...salaires, ...autres]) await site.user.type(field, '0');
    await site.user.clear(salaires[0]!);
    await site.user.type(salaires[0]!, 'mille');
    expect(await refused(site)).toEqual([
      'Août 2026, salaires : le montant doit être un nombre, sans lettres, par exemple 1 250,50.',
    ]);
    await site.user.clear(salaires[0]!);
    await site.user.type(salaires[0]!, '1.012');
    await site.user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(heading().textContent).toBe('Résultat de votre simulation');
    // 1 012 € in one month of three: 337,33 € a month on average.
    const expected = estimatePrimeActivite({
      at,
      couple: false,
      children: 0,
      housing: 'locataire',
      housingBenefit: 0,
      adults: [{ professional: [1012, 0, 0], other: [0, 0, 0] }],
    });
    expect(text(screen.getByRole('region', { name: /Votre droit estimé/ }))).toContain(
      `${expected.amount.toFixed(2).replace('.', ',')} € par mois`,
    );
  });
});

/** Through the first page, to the professional-income question. */
async function simulatePrefix(site: ReturnType<typeof renderSimulateur>) {
  await type(site, 'Code postal de votre lieu de résidence', '93200');
  await type(site, 'Date de naissance', '14/03/1986');
  await site.user.click(screen.getByRole('button', { name: 'Suivant' }));
}
