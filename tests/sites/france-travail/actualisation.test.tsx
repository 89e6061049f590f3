/**
 * The monthly update « M'actualiser » on the France Travail copy: the window, the questions, each
 * employer with whole hours and gross pay, the summary, « Valider » and what it locks, « Non » to
 * still looking, the mails, and the flags of the navigation map.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EspaceStandIn, firstEmployer, renderFt, type RenderedFt } from './actualisationBridge.tsx';

const question = (text: RegExp) => screen.getByRole('group', { name: text });
const answer = async (site: RenderedFt, text: RegExp, value: 'Oui' | 'Non') =>
  site.user.click(within(question(text)).getByRole('radio', { name: value }));

/** Answers the questions nadia's way (worked, still looking), then « Suivant ». */
async function answerWorked(site: RenderedFt) {
  await answer(site, /Avez-vous travaillé/, 'Oui');
  await answer(site, /arrêt maladie/, 'Non');
  await answer(site, /toujours à la recherche/, 'Oui');
  await site.user.click(screen.getByRole('button', { name: 'Suivant' }));
}

/** Types into the field `label` of employer `n`. */
async function type(site: RenderedFt, n: number, label: string, value: string) {
  const box = screen.getByRole('group', { name: `Employeur ${n}` });
  const field = within(box).getByLabelText(label);
  await site.user.clear(field);
  await site.user.type(field, value);
  await site.user.tab();
}

describe('the update window', () => {
  it('outside the window, says when the next update opens, with no form', async () => {
    renderFt(undefined, { date: '2026-11-20' });
    expect(await screen.findByRole('heading', { level: 1, name: 'M’actualiser' })).toBeVisible();
    expect(screen.getByText('L’actualisation n’est pas encore ouverte.')).toBeVisible();
    expect(
      screen.getByText(
        /Vous pourrez vous actualiser pour le mois de novembre 2026 du 28\/11\/2026 au 15\/12\/2026 inclus/,
      ),
    ).toBeVisible();
    expect(screen.queryByRole('radio')).toBeNull();
  });

  it('while it is open, the reminder is in the practice mailbox; not outside it', () => {
    const open = renderFt(<EspaceStandIn />);
    const reminder = open.world().inbox.find((m) => m.id === 'ft-rappel-actualisation');
    expect(reminder?.subject).toBe('Pensez à vous actualiser');
    expect(reminder?.body).toMatch(/mois de novembre 2026 jusqu’au 15\/12\/2026 inclus/);
    expect(reminder?.receivedAt).toBeLessThan(open.world().clock.practiceStart);
    open.unmount();
    const closed = renderFt(<EspaceStandIn />, { date: '2026-11-20' });
    expect(closed.world().inbox.some((m) => m.id === 'ft-rappel-actualisation')).toBe(false);
    expect(closed.flags()).toEqual(['actualisation-fermee']);
  });
});

describe('the questions', () => {
  it('shows the five questions, with what France Travail knows pre-filled', () => {
    renderFt();
    expect(screen.getByRole('heading', { level: 1, name: 'Mon actualisation de novembre 2026' })).toBeVisible();
    expect(screen.getAllByRole('group')).toHaveLength(5);
    expect(within(question(/formation ou un stage/)).getByRole('radio', { name: 'Non' })).toBeChecked();
    expect(within(question(/pension de retraite/)).getByRole('radio', { name: 'Non' })).toBeChecked();
    expect(within(question(/Avez-vous travaillé/)).getByRole('radio', { name: 'Oui' })).not.toBeChecked();
    expect(within(question(/Avez-vous travaillé/)).getByRole('radio', { name: 'Non' })).not.toBeChecked();
  });

  it('refuses « Suivant » while a question has no answer, naming each in a summary', async () => {
    const site = renderFt();
    await answer(site, /Avez-vous travaillé/, 'Oui');
    await site.user.click(screen.getByRole('button', { name: 'Suivant' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Le formulaire contient 2 erreurs');
    expect(summary).toHaveFocus();
    expect(question(/arrêt maladie/)).toHaveAccessibleDescription('Veuillez sélectionner une réponse.');
    expect(site.events.at(-1)).toEqual({
      action: 'click',
      target: 'france-travail.actualisation.questions.suivant',
      ok: false,
    });
    expect(site.events).toContainEqual({
      action: 'choose',
      target: 'france-travail.actualisation.travail',
      value: 'oui',
    });
    expect(site.place()).toBe('actualisation-questions');
  });
});

describe('worked for two employers', () => {
  it('asks each employer separately, refuses hours with minutes, keeps the gross pay, then locks once validated', async () => {
    const site = renderFt(<EspaceStandIn />);
    await site.user.click(screen.getByRole('button', { name: 'M’actualiser' }));
    await answerWorked(site);
    expect(screen.getByRole('heading', { level: 1, name: 'Mes employeurs en novembre 2026' })).toHaveFocus();
    expect(site.place()).toBe('actualisation-employeurs');
    expect(site.flags()).toContain('actualisation-activite');

    await type(site, 1, 'Nom de l’employeur', 'École Sainte-Marie');
    await type(site, 1, 'Nombre d’heures travaillées', '38h30');
    await type(site, 1, 'Salaire brut', '498,75');
    await site.user.click(screen.getByRole('button', { name: 'Suivant' }));
    const hours = within(screen.getByRole('group', { name: 'Employeur 1' })).getByLabelText(
      'Nombre d’heures travaillées',
    );
    expect(hours).toHaveAccessibleDescription(
      'Par exemple : 38 Indiquez un nombre d’heures entier, sans les minutes. Par exemple : 38.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Le formulaire contient 1 erreur');
    expect(within(screen.getByRole('group', { name: 'Employeur 1' })).getByLabelText('Salaire brut')).toHaveValue(
      '498,75',
    );
    expect(site.events.at(-1)).toMatchObject({ target: 'france-travail.actualisation.employeurs.suivant', ok: false });

    await type(site, 1, 'Nombre d’heures travaillées', '38');
    await site.user.click(screen.getByRole('button', { name: 'Ajouter un autre employeur' }));
    expect(
      within(screen.getByRole('group', { name: 'Employeur 2' })).getByLabelText('Nom de l’employeur'),
    ).toHaveFocus();
    await type(site, 2, 'Nom de l’employeur', 'Net Services 93');
    await type(site, 2, 'Nombre d’heures travaillées', '21');
    await type(site, 2, 'Salaire brut', '262,50');
    expect(site.events).toContainEqual({
      action: 'fill',
      target: 'france-travail.actualisation.employeur.2.brut',
      value: '262,50',
    });
    await site.user.click(screen.getByRole('button', { name: 'Suivant' }));

    expect(
      screen.getByRole('heading', { level: 1, name: 'Récapitulatif de mon actualisation de novembre 2026' }),
    ).toHaveFocus();
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent?.replace(/\s/g, ' '))).toEqual([
      'École Sainte-Marie38 heures498,75 €',
      'Net Services 9321 heures262,50 €',
    ]);
    expect(
      screen.getByText('Une fois votre actualisation validée, vous ne pourrez plus la modifier en ligne.'),
    ).toBeVisible();

    await site.user.click(screen.getByRole('button', { name: 'Valider mon actualisation' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Votre actualisation est enregistrée' })).toHaveFocus();
    expect(
      screen.getByText(/^Votre actualisation de novembre a bien été enregistrée le 30\/11\/2026 à \d\d:\d\d\.$/),
    ).toBeVisible();
    expect(site.flags()).toContain('actualisation-validee');
    const receipt = site.world().inbox.find((m) => m.id === 'ft-actualisation-recue');
    expect(receipt?.subject).toBe('Votre actualisation a bien été enregistrée');
    expect(receipt?.body).toMatch(
      /École Sainte-Marie : 38 heures, 498,75\s€ brut\nNet Services 93 : 21 heures, 262,50\s€ brut/,
    );

    // The receipt opens in the practice viewer.
    await site.user.click(screen.getByRole('button', { name: 'Télécharger le justificatif d’actualisation' }));
    expect(site.opened[0]?.fileName).toBe('justificatif-actualisation-novembre-2026.pdf');

    // Coming back: the same message, and no form.
    await site.user.click(screen.getByRole('button', { name: 'Retour à mon espace' }));
    await site.user.click(screen.getByRole('button', { name: 'M’actualiser' }));
    expect(screen.getByText(/Votre actualisation de novembre a bien été enregistrée le 30\/11\/2026/)).toBeVisible();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: /Valider/ })).toBeNull();

    // Then the documents.
    await site.user.click(screen.getByRole('button', { name: 'Transmettre vos justificatifs' }));
    expect(site.place()).toBe('documents-formulaire');
  });

  it('« Suivant » leaves out an « Employeur 2 » left blank, and goes on to the summary with one employer', async () => {
    const site = renderFt();
    await answerWorked(site);
    await type(site, 1, 'Nom de l’employeur', 'École Sainte-Marie');
    await type(site, 1, 'Nombre d’heures travaillées', '38');
    await type(site, 1, 'Salaire brut', '498,75');
    await site.user.click(screen.getByRole('button', { name: 'Ajouter un autre employeur' }));
    expect(screen.getByRole('group', { name: 'Employeur 2' })).toBeVisible();
    await site.user.click(screen.getByRole('button', { name: 'Suivant' }));

    expect(site.events.at(-1)).toEqual({ action: 'click', target: 'france-travail.actualisation.employeurs.suivant' });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Récapitulatif de mon actualisation de novembre 2026' }),
    ).toHaveFocus();
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent?.replace(/\s/g, ' '))).toEqual(['École Sainte-Marie38 heures498,75 €']);
    await site.user.click(screen.getByRole('button', { name: 'Valider mon actualisation' }));
    const receipt = site.world().inbox.find((m) => m.id === 'ft-actualisation-recue');
    expect(receipt?.body).toMatch(/Vos employeurs :\nÉcole Sainte-Marie : 38 heures, 498,75\s€ brut(\n|$)/);
    expect(receipt?.body).not.toMatch(/0,00/);
  });

  it('« Supprimer cet employeur » takes an employer off', async () => {
    const site = renderFt();
    await answerWorked(site);
    await site.user.click(screen.getByRole('button', { name: 'Ajouter un autre employeur' }));
    await type(site, 2, 'Nom de l’employeur', 'Erreur');
    await site.user.click(screen.getByRole('button', { name: 'Supprimer cet employeur' }));
    expect(screen.queryByRole('group', { name: 'Employeur 2' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Ajouter un autre employeur' })).toHaveFocus();
  });
});

describe('did not work', () => {
  it('goes from the questions to the summary, and asks for no payslip', async () => {
    const site = renderFt();
    await answer(site, /Avez-vous travaillé/, 'Non');
    await answer(site, /arrêt maladie/, 'Non');
    await answer(site, /toujours à la recherche/, 'Oui');
    await site.user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(screen.getByText(/^Étape 2 sur 2/)).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
    expect(site.flags()).not.toContain('actualisation-activite');
    await site.user.click(screen.getByRole('button', { name: 'Valider mon actualisation' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Votre actualisation est enregistrée' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Transmettre vos justificatifs' })).toBeNull();
  });
});

describe('« Non » to « Êtes-vous toujours à la recherche d’un emploi ? »', () => {
  it('asks to confirm the end of the registration; « Modifier ma réponse » goes back', async () => {
    const site = renderFt();
    await answer(site, /Avez-vous travaillé/, 'Non');
    await answer(site, /arrêt maladie/, 'Non');
    await answer(site, /toujours à la recherche/, 'Non');
    expect(site.flags()).toContain('actualisation-fin-recherche');
    await site.user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(
      screen.getByRole('heading', { level: 1, name: 'Vous n’êtes plus à la recherche d’un emploi' }),
    ).toHaveFocus();
    expect(screen.getByText(/votre inscription sur la liste des demandeurs d’emploi prendra fin/)).toBeVisible();

    await site.user.click(screen.getByRole('button', { name: 'Modifier ma réponse' }));
    expect(within(question(/toujours à la recherche/)).getByRole('radio', { name: 'Non' })).toBeChecked();
    await site.user.click(screen.getByRole('button', { name: 'Suivant' }));
    await site.user.click(screen.getByRole('button', { name: 'Confirmer' }));
    expect(site.place()).toBe('actualisation-recapitulatif');
    await site.user.click(screen.getByRole('button', { name: 'Valider mon actualisation' }));
    expect(
      screen.getByText(/votre inscription sur la liste des demandeurs d’emploi prend fin le 30\/11\/2026/),
    ).toBeVisible();
  });
});

describe('practice only: the update made again', () => {
  it('« Refaire l’actualisation » opens the questions with the answers sent; validating sends a new receipt', async () => {
    const site = renderFt();
    await answer(site, /Avez-vous travaillé/, 'Non');
    await answer(site, /arrêt maladie/, 'Non');
    await answer(site, /toujours à la recherche/, 'Oui');
    await site.user.click(screen.getByRole('button', { name: 'Suivant' }));
    await site.user.click(screen.getByRole('button', { name: 'Valider mon actualisation' }));
    await site.user.click(screen.getByRole('button', { name: 'Refaire l’actualisation (site d’entraînement)' }));
    expect(site.flags()).not.toContain('actualisation-validee');
    expect(within(question(/Avez-vous travaillé/)).getByRole('radio', { name: 'Non' })).toBeChecked();
    await site.user.click(screen.getByRole('button', { name: 'Suivant' }));
    await site.user.click(screen.getByRole('button', { name: 'Valider mon actualisation' }));
    const receipts = site.world().inbox.filter((m) => m.id.startsWith('ft-actualisation-recue'));
    expect(receipts.map((m) => m.id)).toEqual([
      'ft-actualisation-recue',
      expect.stringMatching(/^ft-actualisation-recue-\d+$/),
    ]);
  });
});

describe('kept with the run', () => {
  it('a reload restores the page and what was typed', async () => {
    const site = renderFt(undefined, { strict: true });
    await answerWorked(site);
    await type(site, 1, 'Salaire brut', '498,75');
    const kept = site.memory['france-travail.actualisation'];
    site.unmount();
    // The player hands what the run kept to the new page.
    const restored = renderFt(undefined, { kept: { 'france-travail.actualisation': kept } });
    expect(restored.place()).toBe('actualisation-employeurs');
    expect(within(screen.getByRole('group', { name: 'Employeur 1' })).getByLabelText('Salaire brut')).toHaveValue(
      '498,75',
    );
  });
});

describe('driven by target, as « Montre-moi » does', () => {
  it('answers, fills both employers, validates and opens the documents', () => {
    const site = renderFt(<EspaceStandIn />);
    const a = (path: string) => `france-travail.actualisation.${path}`;
    site.drive(
      { action: 'click', target: 'france-travail.espace.actualiser' },
      ...firstEmployer,
      { action: 'fill', target: a('employeur.1.brut'), value: '498,75' },
      { action: 'click', target: a('ajouter-employeur') },
      { action: 'fill', target: a('employeur.2.nom'), value: 'Net Services 93' },
      { action: 'fill', target: a('employeur.2.heures'), value: '21' },
      { action: 'fill', target: a('employeur.2.brut'), value: '262,50' },
    );
    expect(site.flags()).toEqual([
      'actualisation-activite',
      'actualisation-employeurs-complets',
      'actualisation-employeurs-saisis',
    ]);
    site.drive(
      { action: 'click', target: a('employeurs.suivant') },
      { action: 'click', target: a('valider') },
      { action: 'click', target: a('justificatifs') },
      { action: 'choose', target: 'france-travail.documents.type', value: 'bulletin-salaire' },
      { action: 'choose', target: 'france-travail.documents.mois', value: '2026-11' },
    );
    expect(site.place()).toBe('documents-formulaire');
    expect(site.flags()).toContain('actualisation-validee');
    expect(site.events.filter((e) => e.ok === false)).toEqual([]);
  });
});
