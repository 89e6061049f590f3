/**
 * The ways to the quarterly declaration in Mon Compte, as on the real site: the menu
 * « Mes ressources », the red alert of the declaration due, and « Mes paiements et mes droits » →
 * « Mes ressources » → « Déclarer ». Each page takes the focus to its title.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CafSite } from '../../../../src/sites/caf/CafSite.tsx';
import { MailSite } from '../../../../src/sites/mail/MailSite.tsx';
import { logIn } from '../../cafSteps.ts';
import { renderWithBridge } from '../../renderWithBridge.tsx';

const title = () => within(document.querySelector<HTMLElement>('.caf-site')!).getByRole('heading', { level: 1 });
const place = () => document.querySelector<HTMLElement>('.caf-page')!.dataset.place;

describe.each([{ strict: false }, { strict: true }])(
  'the ways to the declaration (StrictMode: $strict)',
  ({ strict }) => {
    it('the red alert of the espace leads to « Mes ressources », then « Déclarer » to the declaration', async () => {
      const site = renderWithBridge(<CafSite />, { strict });
      logIn(site);
      site.clearEvents();
      const alert = screen.getByRole('button', {
        name: 'Vous devez déclarer vos ressources trimestrielles avant le 25/11/2026',
      });
      expect(alert.closest('.caf-alert')).toHaveClass('caf-alert--error');
      await site.user.click(alert);
      expect(title()).toHaveTextContent('Mes ressources');
      expect(title()).toHaveFocus();
      expect(place()).toBe('ressources');
      await site.user.click(screen.getByRole('button', { name: 'Déclarer mes ressources trimestrielles' }));
      expect(title()).toHaveTextContent('Déclaration trimestrielle de ressources');
      expect(site.events).toEqual([
        { action: 'click', target: 'caf.espace.notification-dtr' },
        { action: 'click', target: 'caf.ressources.declarer' },
      ]);
    });

    it('« Mes paiements et mes droits » shows the benefit and leads to « Mes ressources »', async () => {
      const site = renderWithBridge(<CafSite />, { strict });
      logIn(site);
      site.clearEvents();
      await site.user.click(screen.getByRole('button', { name: 'Mes paiements et mes droits' }));
      expect(title()).toHaveTextContent('Mes paiements et mes droits');
      expect(title()).toHaveFocus();
      expect(place()).toBe('paiements');
      const menu = screen.getByRole('navigation', { name: 'Mon Compte' });
      expect(within(menu).getByRole('button', { current: 'page' })).toHaveTextContent('Mes paiements et mes droits');
      expect(screen.getByRole('region', { name: 'Mes droits' })).toHaveTextContent(/Prime d.activité/);
      const ressources = screen.getByRole('region', { name: 'Mes ressources' });
      expect(ressources).toHaveTextContent('Déclaration trimestrielle de ressources à faire avant le 25/11/2026.');
      await site.user.click(within(ressources).getByRole('button', { name: 'Mes ressources' }));
      expect(title()).toHaveTextContent('Mes ressources');
      expect(place()).toBe('ressources');
      expect(screen.getByText('juillet, août et septembre 2026')).toBeVisible();
      await site.user.click(screen.getByRole('button', { name: 'Déclarer mes ressources trimestrielles' }));
      expect(title()).toHaveTextContent('Déclaration trimestrielle de ressources');
      expect(site.events).toEqual([
        { action: 'click', target: 'caf.espace.menu.paiements' },
        { action: 'click', target: 'caf.paiements.ressources' },
        { action: 'click', target: 'caf.ressources.declarer' },
      ]);
    });

    it('once sent: no alert, « Mes paiements et mes droits » says when, the récapitulatif opens as a PDF', async () => {
      const site = renderWithBridge(
        <>
          <CafSite />
          <MailSite />
        </>,
        { strict },
      );
      logIn(site);
      site.drive(
        { action: 'click', target: 'caf.espace.menu.ressources' },
        { action: 'click', target: 'caf.ressources.declarer' },
        { action: 'click', target: 'caf.dtr.start' },
        { action: 'choose', target: 'caf.dtr.vous.autres', value: 'non' },
        { action: 'click', target: 'caf.dtr.next' },
        { action: 'choose', target: 'caf.dtr.conjoint.autres', value: 'non' },
        { action: 'click', target: 'caf.dtr.next' },
        // Inès (17) has a page of her own.
        { action: 'choose', target: 'caf.dtr.enfant1.autres', value: 'non' },
        { action: 'click', target: 'caf.dtr.next' },
        { action: 'check', target: 'caf.dtr.review.certify' },
        { action: 'click', target: 'caf.dtr.review.validate' },
      );
      expect(title()).toHaveTextContent('Votre déclaration est enregistrée');
      const reference = screen.getByText(/^\d{15}$/).textContent!;
      expect(screen.getByText(/^Référence de votre déclaration :/)).toHaveTextContent(reference);
      expect(
        screen.getByText(
          `Un courriel de confirmation vous a été envoyé à l’adresse amina.benali@messagerie-entrainement.fr.`,
        ),
      ).toBeVisible();
      // The receipt is no longer shown on the page: it opens in the practice browser's viewer.
      await site.user.click(screen.getByRole('button', { name: 'Télécharger le récapitulatif (PDF)' }));
      expect(screen.queryByRole('region', { name: /Accusé de réception|Récapitulatif/ })).not.toBeInTheDocument();
      expect(site.documents.map((d) => d.fileName)).toEqual([
        `recapitulatif-declaration-trimestrielle-${reference}.pdf`,
      ]);
      expect(site.events.at(-1)).toEqual({ action: 'click', target: 'caf.dtr.confirmation.receipt' });
      // The mailbox has the confirmation, with the same reference.
      await site.user.click(
        screen.getByRole('button', { name: /Confirmation de votre déclaration trimestrielle de ressources/ }),
      );
      expect(screen.getByRole('article')).toHaveTextContent(`Référence de votre déclaration : ${reference}`);

      await site.user.click(screen.getByRole('button', { name: 'Retour à Mon Compte' }));
      expect(screen.queryByRole('button', { name: /Vous devez déclarer/ })).not.toBeInTheDocument();
      await site.user.click(screen.getByRole('button', { name: 'Mes paiements et mes droits' }));
      expect(screen.getByRole('region', { name: 'Mes ressources' })).toHaveTextContent(
        /^Mes ressourcesDéclaration trimestrielle de ressources transmise le \d\d\/\d\d\/\d{4}\./,
      );
    });
  },
);
