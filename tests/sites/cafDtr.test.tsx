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
    it('leads from the espace alert to the declaration, which shows the period and the deadline only', async () => {
      const site = renderWithBridge(<CafSite />, { strict });
      logIn(site);
      site.clearEvents();
      await site.user.click(screen.getByRole('button', { name: /Vous devez déclarer vos ressources trimestrielles/ }));
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Mes ressources');
      await site.user.click(screen.getByRole('button', { name: 'Déclarer mes ressources trimestrielles' }));
      const title = screen.getByRole('heading', { level: 1, name: 'Déclaration trimestrielle de ressources' });
      expect(title).toHaveFocus();
      expect(text(title.parentElement!)).toContain('Mois à déclarer : juillet, août et septembre 2026');
      // The site imitates, the guide teaches: no « Comment ça marche ? » nor « Quel montant déclarer ? ».
      expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument();
      expect(screen.queryByText(/net social/)).not.toBeInTheDocument();
      await site.user.click(screen.getByRole('button', { name: 'Commencer ma déclaration' }));
      expect(screen.queryByText(/net social|mois où l’argent/)).not.toBeInTheDocument();
      expect(site.events).toEqual([
        { action: 'click', target: 'caf.espace.notification-dtr' },
        { action: 'click', target: 'caf.ressources.declarer' },
        { action: 'click', target: 'caf.dtr.start' },
      ]);
    });

    it('lets the learner correct August, add the partner’s September income and the child’s August salary, review, certify and validate', async () => {
      const site = renderWithBridge(<CafSite />, { strict });
      toDtr(site);
      site.clearEvents();
      const { user } = site;

      // « Vos ressources »: the pre-filled lines, per month.
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Vos ressources');
      expect(screen.getByText('Étape 1 sur 4')).toBeVisible();
      expect(within(month('Juillet 2026')).getByText('1 012,40 €')).toBeVisible();
      expect(within(month('Août 2026')).getByText('Salaires')).toBeVisible();
      expect(within(month('Août 2026')).getByText('0,00 €')).toBeVisible();

      expect(within(month('Août 2026')).getByText('Supermarché Les Halles du Nord')).toBeVisible();

      // Modifier asks for the reason, the new amount and a proof: nothing is saved without them.
      const modify = within(month('Août 2026')).getByRole('button', {
        name: 'Modifier : Salaires (Supermarché Les Halles du Nord), Août 2026',
      });
      expect(modify.dataset.target).toBe('caf.dtr.vous.m2.salaire.modifier');
      await user.click(modify);
      const reason = screen.getByLabelText('Motif de la modification');
      expect(reason).toHaveFocus();
      await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
      const summary = screen.getByRole('alert');
      expect(summary).toHaveFocus();
      expect(
        within(summary)
          .getAllByRole('link')
          .map((a) => a.textContent),
      ).toEqual(['Choisissez le motif de la modification.', 'Saisissez un montant.', 'Ajoutez un justificatif.']);
      const amount = screen.getByLabelText('Nouveau montant (en euros)');
      expect(amount).toHaveAccessibleDescription('Saisissez un montant.');
      await user.selectOptions(reason, 'Le montant est erroné');
      await user.type(amount, '1012,405');
      // A Word file, then a photo too large, are refused with the site's message; the PDF is taken.
      await site.upload('Ajouter un justificatif', 'bulletin-aout-2026.docx');
      expect(
        screen.getByText('Ce format de fichier n’est pas accepté. Formats acceptés : PDF, JPG, PNG.'),
      ).toBeVisible();
      await site.upload('Ajouter un justificatif', 'photo-bulletin-aout.jpg');
      expect(screen.getByText(/^Ce fichier est trop volumineux \(7,4 Mo\)/)).toBeVisible();
      await site.upload('Ajouter un justificatif', 'bulletin-aout-2026.pdf');
      expect(screen.getByText('Fichier ajouté : bulletin-aout-2026.pdf')).toBeVisible();
      await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
      expect(amount).toHaveAccessibleDescription(
        'Saisissez 2 chiffres au plus après la virgule, par exemple 1 250,50.',
      );
      await user.clear(amount);
      await user.type(amount, '1 012,40');
      await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
      expect(within(month('Août 2026')).getByText('1 012,40 €')).toBeVisible();
      // No badge: the site shows the amount declared, the guide says what changed.
      expect(screen.queryByText(/modifié par vous/)).not.toBeInTheDocument();
      expect(target('caf.dtr.vous.m2.salaire.modifier')).toHaveFocus();

      // « Suivant » is refused until « … d'autres ressources ? » is answered.
      await user.click(screen.getByRole('button', { name: 'Suivant' }));
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Vos ressources');
      expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe(
        'Veuillez répondre à cette question.',
      );
      const others = screen.getByRole('group', {
        name: 'Avez-vous perçu d’autres ressources que celles indiquées ci-dessus ?',
      });
      expect(others).toHaveAccessibleDescription('Veuillez répondre à cette question.');
      await user.click(within(others).getByLabelText('Non'));
      await user.click(screen.getByRole('button', { name: 'Suivant' }));

      // The partner's page: add the self-employed turnover of September.
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Les ressources de votre conjoint');
      expect(screen.getByText('Votre conjoint : Karim')).toBeVisible();
      expect(within(month('Septembre 2026')).getByText('Allocations chômage')).toBeVisible();
      expect(within(month('Septembre 2026')).getByText('France Travail')).toBeVisible();
      await user.click(
        within(month('Septembre 2026')).getByRole('button', { name: 'Ajouter une ressource : Septembre 2026' }),
      );
      const type = screen.getByLabelText('Type de ressource');
      expect(screen.getByLabelText('Montant (en euros)')).toBeVisible();
      await user.selectOptions(type, 'independant');
      // A micro-entrepreneur declares the turnover.
      await user.type(screen.getByLabelText('Chiffre d’affaires (en euros)'), '320');
      await user.click(screen.getByRole('button', { name: 'Ajouter' }));
      expect(within(month('Septembre 2026')).getByText('Revenus d’activité indépendante')).toBeVisible();
      expect(within(month('Septembre 2026')).getByText('320,00 €')).toBeVisible();
      expect(target('caf.dtr.conjoint.m3.independant.modifier')).toHaveAccessibleName(
        'Modifier : Revenus d’activité indépendante, Septembre 2026',
      );
      await user.click(
        within(
          screen.getByRole('group', {
            name: 'Votre conjoint a-t-il perçu d’autres ressources que celles indiquées ci-dessus ?',
          }),
        ).getByLabelText('Oui'),
      );
      await user.click(screen.getByRole('button', { name: 'Suivant' }));

      // The page of Inès (17): her summer job, paid in August, with its employer.
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Les ressources de votre enfant');
      expect(screen.getByText('Votre enfant : Inès')).toBeVisible();
      expect(screen.getByText('Étape 3 sur 4')).toBeVisible();
      await user.click(within(month('Août 2026')).getByRole('button', { name: 'Ajouter une ressource : Août 2026' }));
      await user.selectOptions(screen.getByLabelText('Type de ressource'), 'salaire');
      await user.type(
        screen.getByLabelText('Nom de l’employeur ou de l’organisme payeur (facultatif)'),
        'Boulangerie Aux Blés d’Or',
      );
      await user.type(screen.getByLabelText('Montant (en euros)'), '512,53');
      await user.click(screen.getByRole('button', { name: 'Ajouter' }));
      expect(within(month('Août 2026')).getByText('Boulangerie Aux Blés d’Or')).toBeVisible();
      await user.click(
        within(
          screen.getByRole('group', {
            name: 'Votre enfant a-t-il perçu d’autres ressources que celles indiquées ci-dessus ?',
          }),
        ).getByLabelText('Oui'),
      );

      // Review: the amounts declared, with their payer; validating is refused until the box is ticked.
      await user.click(screen.getByRole('button', { name: 'Suivant' }));
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Récapitulatif de votre déclaration');
      const vous = screen.getByRole('region', { name: 'Vous : Amina' });
      expect(text(within(vous).getByRole('row', { name: /Août 2026/ }))).toBe(
        'Août 2026Salaires (Supermarché Les Halles du Nord)1 012,40 €',
      );
      const conjoint = screen.getByRole('region', { name: 'Votre conjoint : Karim' });
      expect(
        within(conjoint)
          .getAllByRole('row', { name: /Septembre 2026/ })
          .map(text),
      ).toEqual([
        'Septembre 2026Allocations chômage (France Travail)845,60 €',
        'Septembre 2026Revenus d’activité indépendante320,00 €',
      ]);
      const ines = screen.getByRole('region', { name: 'Votre enfant : Inès' });
      expect(text(within(ines).getByRole('row', { name: /Août 2026/ }))).toBe(
        'Août 2026Salaires (Boulangerie Aux Blés d’Or)512,53 €',
      );
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
      expect(lines).toContain('Août 2026 — Salaires (Supermarché Les Halles du Nord) : 1 012,40 €');
      expect(lines).toContain('Septembre 2026 — Revenus d’activité indépendante : 320,00 €');
      await user.click(screen.getByRole('button', { name: 'Retour à Mon Compte' }));
      expect(screen.queryByRole('button', { name: /Vous devez déclarer/ })).not.toBeInTheDocument();

      // (The practice « Ouvrir » dialog reports its own clicks, `browser.fichiers.*`.)
      expect(site.events.filter((e) => !e.target.startsWith('browser.'))).toEqual([
        { action: 'click', target: 'caf.dtr.vous.m2.salaire.modifier' },
        { action: 'click', target: 'caf.dtr.edit.save', ok: false },
        { action: 'choose', target: 'caf.dtr.edit.reason', value: 'montant-errone' },
        { action: 'fill', target: 'caf.dtr.edit.amount', value: '1012,405', scope: 'vous.m2.salaire' },
        { action: 'upload', target: 'caf.dtr.edit.proof', value: 'bulletin-aout-2026.docx', ok: false },
        { action: 'upload', target: 'caf.dtr.edit.proof', value: 'photo-bulletin-aout.jpg', ok: false },
        { action: 'upload', target: 'caf.dtr.edit.proof', value: 'bulletin-aout-2026.pdf' },
        { action: 'click', target: 'caf.dtr.edit.save', ok: false },
        { action: 'fill', target: 'caf.dtr.edit.amount', value: '1 012,40', scope: 'vous.m2.salaire' },
        { action: 'click', target: 'caf.dtr.edit.save' },
        { action: 'click', target: 'caf.dtr.next', ok: false },
        { action: 'choose', target: 'caf.dtr.vous.autres', value: 'non' },
        { action: 'click', target: 'caf.dtr.next' },
        { action: 'click', target: 'caf.dtr.conjoint.m3.ajouter' },
        { action: 'choose', target: 'caf.dtr.add.type', value: 'independant' },
        { action: 'fill', target: 'caf.dtr.add.amount', value: '320' },
        { action: 'click', target: 'caf.dtr.add.save' },
        { action: 'choose', target: 'caf.dtr.conjoint.autres', value: 'oui' },
        { action: 'click', target: 'caf.dtr.next' },
        { action: 'click', target: 'caf.dtr.enfant1.m2.ajouter' },
        { action: 'choose', target: 'caf.dtr.add.type', value: 'salaire' },
        { action: 'fill', target: 'caf.dtr.add.payer', value: 'Boulangerie Aux Blés d’Or' },
        { action: 'fill', target: 'caf.dtr.add.amount', value: '512,53' },
        { action: 'click', target: 'caf.dtr.add.save' },
        { action: 'choose', target: 'caf.dtr.enfant1.autres', value: 'oui' },
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
      const non = (member: string) => ({ action: 'choose', target: `caf.dtr.${member}.autres`, value: 'non' }) as const;
      const next = { action: 'click', target: 'caf.dtr.next' } as const;
      site.drive(non('vous'), next, non('conjoint'), next, non('enfant1'), next);
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Récapitulatif de votre déclaration');
      site.drive({ action: 'click', target: 'caf.dtr.previous' });
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Les ressources de votre enfant');
      site.drive({ action: 'click', target: 'caf.dtr.previous' });
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Les ressources de votre conjoint');
      site.drive(next, next, { action: 'click', target: 'caf.dtr.review.modify' });
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
      // Amina's pages, then Inès's (17), then the review: no partner's page.
      expect(screen.getByText('Étape 1 sur 3')).toBeVisible();
      site.drive(
        { action: 'choose', target: 'caf.dtr.vous.autres', value: 'non' },
        { action: 'click', target: 'caf.dtr.next' },
      );
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Les ressources de votre enfant');
      site.drive(
        { action: 'choose', target: 'caf.dtr.enfant1.autres', value: 'non' },
        { action: 'click', target: 'caf.dtr.next' },
      );
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Récapitulatif de votre déclaration');
      expect(screen.queryByRole('region', { name: /Votre conjoint/ })).not.toBeInTheDocument();
    });
  },
);
