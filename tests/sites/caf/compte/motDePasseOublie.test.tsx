/**
 * « Mot de passe oublié ? » on the CAF copy: the form's errors, the neutral answer, the mail and
 * its link (24 hours on the practice clock), the new password typed twice with the rules, then
 * the login: the new password works and the old one is refused, also after a reload.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { click, fill, place, renderCaf, type RenderedCaf } from './renderCaf.tsx';

const toForgot = [click('caf.header.mon-compte'), click('caf.login.forgot-password')];
const request = (nir = '2860375114023', naissance = '14/03/1986') => [
  fill('caf.compte.oubli.nir', nir),
  fill('caf.compte.oubli.naissance', naissance),
  click('caf.compte.oubli.valider'),
];
/** The reset link of the newest reset mail. */
const linkOf = (site: RenderedCaf) => site.world().inbox.find((m) => m.id === 'caf-reinitialisation')?.link;

function toNewPassword(site: RenderedCaf) {
  site.drive(...toForgot, ...request());
  site.openLink(linkOf(site)!.id);
}

function logIn(site: RenderedCaf, password: string) {
  site.drive(
    click('caf.header.mon-compte'),
    fill('caf.login.nir', '2860375114023'),
    fill('caf.login.password', password),
    click('caf.login.submit'),
  );
}

describe('« Mot de passe oublié ? »', () => {
  it('opens from the login page and checks the number and the date as the real site does', async () => {
    const site = renderCaf();
    site.drive(...toForgot);
    expect(place()).toBe('compte-oubli');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Mot de passe oublié');
    site.drive(click('caf.compte.oubli.valider'));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Saisissez votre numéro de sécurité sociale.');
    expect(summary).toHaveTextContent('Saisissez votre date de naissance.');
    site.drive(...request('286037511402363', '31/02/1986'));
    expect(screen.getByLabelText('Numéro de sécurité sociale')).toHaveAccessibleDescription(
      /doit comporter 13 chiffres/,
    );
    expect(screen.getByLabelText('Date de naissance')).toHaveAccessibleDescription(/Cette date n’existe pas/);
    site.drive(...request('28603751140', '14/03/1986'));
    expect(screen.getByLabelText('Numéro de sécurité sociale')).toHaveAccessibleDescription(
      /doit comporter 13 chiffres, sans la clé\.$/,
    );
    expect(site.events.filter((e) => e.target === 'caf.compte.oubli.valider').every((e) => e.ok === false)).toBe(true);
    expect(place()).toBe('compte-oubli');
  });

  it('answers the same for a number with no account (Karim’s) and sends no mail, as the real site never says whether an account exists', () => {
    const known = renderCaf();
    known.drive(...toForgot, ...request());
    const knownText = screen.getByRole('status').textContent;
    expect(known.world().inbox.some((m) => m.id === 'caf-reinitialisation')).toBe(true);
    known.unmount();

    const unknown = renderCaf();
    unknown.drive(...toForgot, ...request('1830199350017', '22/01/1983'));
    expect(place()).toBe('compte-oubli-envoye');
    expect(screen.getByRole('status').textContent).toBe(knownText);
    expect(unknown.world().inbox.some((m) => m.id === 'caf-reinitialisation')).toBe(false);
  });

  it('sends a mail whose link opens « Choisissez votre nouveau mot de passe »', () => {
    const site = renderCaf();
    site.drive(...toForgot, ...request());
    const mail = site.world().inbox.find((m) => m.id === 'caf-reinitialisation')!;
    expect(mail.subject).toBe('Réinitialisation de votre mot de passe');
    expect(mail.link).toMatchObject({ label: 'Réinitialiser mon mot de passe', site: 'caf' });
    expect(mail.link!.expiresAt! - mail.receivedAt).toBe(24 * 3600_000);
    site.drive(click('caf.header.logo'));
    site.openLink(mail.link!.id);
    expect(place()).toBe('compte-nouveau-mot-de-passe');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Choisissez votre nouveau mot de passe');
  });

  it('shows « Ce lien n’est plus valable » for a link opened after 24 hours (practice clock)', () => {
    const site = renderCaf();
    site.drive(...toForgot, ...request());
    site.later(24 * 3600_000 + 60_000);
    site.openLink(linkOf(site)!.id);
    expect(place()).toBe('compte-lien-expire');
    site.drive(click('caf.compte.lien-expire.nouvelle-demande'));
    expect(place()).toBe('compte-oubli');
  });

  it('a link opened within 24 hours still works', () => {
    const site = renderCaf();
    site.drive(...toForgot, ...request());
    site.later(23 * 3600_000);
    site.openLink(linkOf(site)!.id);
    expect(place()).toBe('compte-nouveau-mot-de-passe');
  });

  it('shows the rules, refuses a weak, different or old password, then changes it', () => {
    const site = renderCaf();
    toNewPassword(site);
    const rules = document.getElementById('caf-nouveau-regles')!;
    expect(rules).toHaveTextContent('12 caractères minimum');
    expect(screen.getByLabelText('Nouveau mot de passe')).toHaveAccessibleDescription(/12 caractères minimum/);
    site.drive(
      fill('caf.compte.nouveau.mot-de-passe', 'soleil'),
      fill('caf.compte.nouveau.confirmation', 'soleil'),
      click('caf.compte.nouveau.valider'),
    );
    expect(screen.getByLabelText('Nouveau mot de passe')).toHaveAccessibleDescription(
      /ne respecte pas les règles indiquées/,
    );
    site.drive(
      fill('caf.compte.nouveau.mot-de-passe', 'Soleil-Lilas-2027'),
      fill('caf.compte.nouveau.confirmation', 'Soleil-Lilas-2026'),
      click('caf.compte.nouveau.valider'),
    );
    expect(screen.getByLabelText('Confirmez le nouveau mot de passe')).toHaveAccessibleDescription(
      /ne sont pas identiques/,
    );
    expect(within(rules).getAllByText(/: respecté/)).toHaveLength(4);
    site.drive(fill('caf.compte.nouveau.confirmation', 'Soleil-Lilas-2027'), click('caf.compte.nouveau.valider'));
    expect(place()).toBe('login');
    expect(screen.getByRole('status')).toHaveTextContent('Votre mot de passe a été modifié');
  });

  it('then the new password logs in and the old one is refused, also after a reload', () => {
    const store = {};
    const site = renderCaf({ store });
    toNewPassword(site);
    site.drive(
      fill('caf.compte.nouveau.mot-de-passe', 'Soleil-Lilas-2027'),
      fill('caf.compte.nouveau.confirmation', 'Soleil-Lilas-2027'),
      click('caf.compte.nouveau.valider'),
    );
    logIn(site, 'Jasmin2026!');
    expect(screen.getByRole('alert')).toHaveTextContent('Identifiant ou mot de passe incorrect');
    expect(place()).toBe('login');
    site.unmount();

    const again = renderCaf({ store });
    logIn(again, 'Jasmin2026!');
    expect(place()).toBe('login');
    logIn(again, 'Soleil-Lilas-2027');
    expect(place()).toBe('code');
  });

  it('once the link has served, « Mot de passe oublié ? » asks again', () => {
    const site = renderCaf();
    toNewPassword(site);
    site.drive(
      fill('caf.compte.nouveau.mot-de-passe', 'Soleil-Lilas-2027'),
      fill('caf.compte.nouveau.confirmation', 'Soleil-Lilas-2027'),
      click('caf.compte.nouveau.valider'),
      click('caf.header.logo'),
      click('caf.header.mon-compte'),
      click('caf.login.forgot-password'),
    );
    // The link has served: « Mot de passe oublié ? » asks again.
    expect(place()).toBe('compte-oubli');
  });

  it('refuses the old password as the new one', () => {
    const site = renderCaf();
    toNewPassword(site);
    site.drive(
      fill('caf.compte.nouveau.mot-de-passe', 'Jasmin2026!Jasmin'),
      fill('caf.compte.nouveau.confirmation', 'Jasmin2026!Jasmin'),
      click('caf.compte.nouveau.valider'),
    );
    expect(place()).toBe('login');
    // A second reset: the password just chosen cannot be chosen again.
    toNewPassword(site);
    site.drive(
      fill('caf.compte.nouveau.mot-de-passe', 'Jasmin2026!Jasmin'),
      fill('caf.compte.nouveau.confirmation', 'Jasmin2026!Jasmin'),
      click('caf.compte.nouveau.valider'),
    );
    expect(screen.getByLabelText('Nouveau mot de passe')).toHaveAccessibleDescription(
      /doit être différent de l’ancien/,
    );
  });
});
