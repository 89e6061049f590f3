import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CafSite } from '../../src/sites/caf/CafSite.tsx';
import { logIn, toDtr } from './cafSteps.ts';
import { amina, renderWithBridge } from './renderWithBridge.tsx';

const target = (id: string) => document.querySelector<HTMLElement>(`[data-target="${id}"]`)!;
const month = (name: string) => screen.getByRole('region', { name });
/** Text as read, with the non-breaking spaces of amounts (U+00A0, U+202F) as plain spaces. */
const text = (element: Element) => element.textContent!.replace(/[\u00a0\u202f]/g, ' ');

describe.each([{ strict: false }, { strict: true }])(
  'CAF quarterly declaration (StrictMode: $strict)',
  ({ strict }) => {
    it('leads from the espace alert to the declaration, explaining the amount and the month', async () => {
      const site = renderWithBridge(<CafSite />, { strict });
      logIn(site);
      site.clearEvents();
      await site.user.click(screen.getByRole('button', { name: /Vous devez déclarer vos ressources trimestrielles/ }));
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Mes ressources');
      await site.user.click(screen.getByRole('button', { name: 'Déclarer mes ressources trimestrielles' }));
      const title = screen.getByRole('heading', { level: 1, name: 'Déclaration trimestrielle de ressources' });
      expect(title).toHaveFocus();
      expect(screen.getByRole('region', { name: 'Quel montant déclarer ?' }).textContent).toContain(
        'montant net social',
      );
      expect(screen.getByRole('region', { name: 'Dans quel mois ?' }).textContent).toContain(
        'mois où vous avez reçu l’argent',
      );
      await site.user.click(screen.getByRole('button', { name: 'Commencer ma déclaration' }));
      expect(site.events).toEqual([
        { action: 'click', target: 'caf.espace.notification-dtr' },
        { action: 'click', target: 'caf.ressources.declarer' },
        { action: 'click', target: 'caf.dtr.start' },
      ]);
    });

    it('lets the learner correct August, add the partner’s September income, review, certify and validate', async () => {
      const site = renderWithBridge(<CafSite />, { strict });
      toDtr(site);
      site.clearEvents();
      const { user } = site;

      // « Vos ressources »: the pre-filled lines, per month.
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Vos ressources');
      expect(screen.getByText('Étape 1 sur 3')).toBeVisible();
      expect(within(month('Juillet 2026')).getByText('1 012,40 €')).toBeVisible();
      expect(within(month('Août 2026')).getByText('Salaires')).toBeVisible();
      expect(within(month('Août 2026')).getByText('0,00 €')).toBeVisible();

      // Modifier: an empty then a malformed amount are refused, then 1 012,40 is saved.
      const modify = within(month('Août 2026')).getByRole('button', { name: 'Modifier : Salaires, Août 2026' });
      expect(modify.dataset.target).toBe('caf.dtr.vous.m2.salaire.modifier');
      await user.click(modify);
      const amount = screen.getByLabelText('Nouveau montant (montant net social, en euros)');
      expect(amount).toHaveFocus();
      await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
      expect(screen.getByRole('alert').textContent).toBe('Saisissez un montant.');
      await user.type(amount, '1012,405');
      await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
      expect(screen.getByRole('alert').textContent).toBe(
        'Saisissez 2 chiffres au plus après la virgule, par exemple 1 250,50.',
      );
      await user.clear(amount);
      await user.type(amount, '1 012,40');
      await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
      expect(within(month('Août 2026')).getByText('1 012,40 €')).toBeVisible();
      expect(within(month('Août 2026')).getByText('modifié par vous')).toBeVisible();
      expect(target('caf.dtr.vous.m2.salaire.modifier')).toHaveFocus();

      // The partner's page: add the self-employed income of September.
      await user.click(screen.getByRole('button', { name: 'Suivant' }));
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Les ressources de votre conjoint');
      expect(screen.getByText('Votre conjoint : Karim')).toBeVisible();
      expect(within(month('Septembre 2026')).getByText('Allocations chômage')).toBeVisible();
      await user.click(
        within(month('Septembre 2026')).getByRole('button', { name: 'Ajouter une ressource : Septembre 2026' }),
      );
      const type = screen.getByLabelText('Type de ressource');
      await user.selectOptions(type, 'chomage');
      await user.type(screen.getByLabelText('Montant (montant net social, en euros)'), '320');
      await user.click(screen.getByRole('button', { name: 'Ajouter' }));
      expect(screen.getByRole('alert').textContent).toBe(
        'Cette ressource est déjà dans la liste de ce mois : utilisez son bouton « Modifier ».',
      );
      await user.selectOptions(type, 'independant');
      await user.click(screen.getByRole('button', { name: 'Ajouter' }));
      expect(within(month('Septembre 2026')).getByText('Revenus d’activité indépendante')).toBeVisible();
      expect(within(month('Septembre 2026')).getByText('320,00 €')).toBeVisible();
      expect(within(month('Septembre 2026')).getByText('ajouté par vous')).toBeVisible();
      expect(target('caf.dtr.conjoint.m3.independant.modifier')).toHaveAccessibleName(
        'Modifier : Revenus d’activité indépendante, Septembre 2026',
      );

      // Review: the changes are marked; validating is refused until the box is ticked.
      await user.click(screen.getByRole('button', { name: 'Suivant' }));
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Récapitulatif de votre déclaration');
      const vous = screen.getByRole('region', { name: 'Vous : Amina' });
      expect(text(within(vous).getByRole('row', { name: /Août 2026/ }))).toBe(
        'Août 2026Salaires1 012,40 € modifié par vous, au lieu de 0,00 €',
      );
      const conjoint = screen.getByRole('region', { name: 'Votre conjoint : Karim' });
      expect(
        within(conjoint)
          .getAllByRole('row', { name: /Septembre 2026/ })
          .map(text),
      ).toEqual([
        'Septembre 2026Allocations chômage845,60 € ',
        'Septembre 2026Revenus d’activité indépendante320,00 € ajouté par vous',
      ]);
      await user.click(screen.getByRole('button', { name: 'Valider ma déclaration' }));
      expect(screen.getByRole('alert').textContent).toBe(
        'Pour valider, cochez la case « Je certifie sur l’honneur l’exactitude des informations déclarées ».',
      );
      await user.click(screen.getByLabelText('Je certifie sur l’honneur l’exactitude des informations déclarées'));
      await user.click(screen.getByRole('button', { name: 'Valider ma déclaration' }));

      // Confirmation: date, reference, receipt, e-mail.
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Votre déclaration est enregistrée');
      const reference = screen.getByText(/^\d{15}$/).textContent!;
      expect(
        screen.getByText(
          /^Votre déclaration trimestrielle de ressources pour juillet, août et septembre 2026 a bien été transmise le \d\d\/\d\d\/\d{4} à \d\d:\d\d\.$/,
        ),
      ).toBeVisible();
      const mail = site.world().inbox[0]!;
      expect(mail).toMatchObject({
        id: 'caf-accuse',
        from: 'caf.fr',
        subject: 'Confirmation de votre déclaration trimestrielle de ressources',
        read: false,
      });
      expect(mail.body).toContain(`Référence de votre déclaration : ${reference}`);
      await user.click(screen.getByRole('button', { name: 'Télécharger le récapitulatif (PDF)' }));
      const receipt = site.documents.at(-1)!;
      expect(receipt.fileName).toBe(`recapitulatif-declaration-trimestrielle-${reference}.pdf`);
      const lines = receipt.sections
        .flatMap((section) => section.lines)
        .map((line) => line.replace(/[\u00a0\u202f]/g, ' '));
      expect(lines).toContain('Août 2026 — Salaires : 1 012,40 €');
      expect(lines).toContain('Septembre 2026 — Revenus d’activité indépendante : 320,00 €');
      await user.click(screen.getByRole('button', { name: 'Retour à Mon Compte' }));
      expect(screen.queryByRole('button', { name: /Vous devez déclarer/ })).not.toBeInTheDocument();

      expect(site.events).toEqual([
        { action: 'click', target: 'caf.dtr.vous.m2.salaire.modifier' },
        { action: 'click', target: 'caf.dtr.edit.save', ok: false },
        { action: 'fill', target: 'caf.dtr.edit.amount', value: '1012,405', scope: 'vous.m2.salaire' },
        { action: 'click', target: 'caf.dtr.edit.save', ok: false },
        { action: 'fill', target: 'caf.dtr.edit.amount', value: '1 012,40', scope: 'vous.m2.salaire' },
        { action: 'click', target: 'caf.dtr.edit.save' },
        { action: 'click', target: 'caf.dtr.next' },
        { action: 'click', target: 'caf.dtr.conjoint.m3.ajouter' },
        { action: 'choose', target: 'caf.dtr.add.type', value: 'chomage' },
        { action: 'fill', target: 'caf.dtr.add.amount', value: '320' },
        { action: 'click', target: 'caf.dtr.add.save', ok: false },
        { action: 'choose', target: 'caf.dtr.add.type', value: 'independant' },
        { action: 'click', target: 'caf.dtr.add.save' },
        { action: 'click', target: 'caf.dtr.next' },
        { action: 'click', target: 'caf.dtr.review.validate', ok: false },
        { action: 'check', target: 'caf.dtr.review.certify' },
        { action: 'click', target: 'caf.dtr.review.validate' },
        { action: 'click', target: 'caf.dtr.confirmation.receipt' },
        { action: 'click', target: 'caf.dtr.confirmation.back' },
      ]);

      // Left the confirmation too early? « Mes ressources » leads back to it and its receipt.
      await user.click(target('caf.espace.menu.ressources'));
      await user.click(screen.getByRole('button', { name: 'Revoir la confirmation et le récapitulatif' }));
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Votre déclaration est enregistrée');
      expect(target('caf.dtr.confirmation.receipt')).toHaveAccessibleName('Télécharger le récapitulatif (PDF)');
    });

    it('goes back with « Précédent » and « Modifier ma déclaration », and cancels a panel', async () => {
      const site = renderWithBridge(<CafSite />, { strict });
      toDtr(site);
      site.drive({ action: 'click', target: 'caf.dtr.next' }, { action: 'click', target: 'caf.dtr.next' });
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Récapitulatif de votre déclaration');
      site.drive({ action: 'click', target: 'caf.dtr.previous' });
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Les ressources de votre conjoint');
      site.drive({ action: 'click', target: 'caf.dtr.next' }, { action: 'click', target: 'caf.dtr.review.modify' });
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Vos ressources');
      site.drive({ action: 'click', target: 'caf.dtr.vous.m1.ajouter' });
      expect(screen.getByLabelText('Type de ressource')).toBeVisible();
      site.drive({ action: 'click', target: 'caf.dtr.add.cancel' });
      expect(screen.queryByLabelText('Type de ressource')).not.toBeInTheDocument();
      expect(target('caf.dtr.vous.m1.ajouter')).toHaveFocus();
      site.drive({ action: 'click', target: 'caf.dtr.previous' });
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Déclaration trimestrielle de ressources');
    });

    it('has no partner page for a single person', () => {
      const site = renderWithBridge(<CafSite />, { strict, persona: { ...amina, situation: 'seule' } });
      toDtr(site);
      expect(screen.getByText('Étape 1 sur 2')).toBeVisible();
      site.drive({ action: 'click', target: 'caf.dtr.next' });
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Récapitulatif de votre déclaration');
      expect(screen.queryByRole('region', { name: /Votre conjoint/ })).not.toBeInTheDocument();
    });
  },
);
