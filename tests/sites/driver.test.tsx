import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CafSite } from '../../src/sites/caf/CafSite.tsx';
import { cafTargets } from '../../src/sites/caf/targets.ts';
import { MailSite } from '../../src/sites/mail/MailSite.tsx';
import { toDtr } from './cafSteps.ts';
import { renderWithBridge } from './renderWithBridge.tsx';

describe('the lesson driver on the practice sites', () => {
  it('clicks, fills and checks on the login page, with the same events as a learner', () => {
    const site = renderWithBridge(<CafSite />);
    site.drive(
      { action: 'click', target: 'caf.header.mon-compte' },
      { action: 'fill', target: 'caf.login.nir', value: '2860375114023' },
      { action: 'fill', target: 'caf.login.password', value: 'Jasmin2026!' },
      { action: 'check', target: 'caf.login.show-password' },
    );
    expect((screen.getByLabelText('Numéro de sécurité sociale') as HTMLInputElement).value).toBe('2860375114023');
    expect(screen.getByLabelText('Mot de passe')).toHaveAttribute('type', 'text');
    site.drive({ action: 'click', target: 'caf.login.submit' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Double authentification');
    expect(site.events).toEqual([
      { action: 'click', target: 'caf.header.mon-compte' },
      { action: 'fill', target: 'caf.login.nir', value: '2860375114023' },
      { action: 'fill', target: 'caf.login.password', value: 'Jasmin2026!' },
      { action: 'check', target: 'caf.login.show-password' },
      { action: 'click', target: 'caf.login.submit' },
    ]);
  });

  it('chooses in a select and fills the amount of a new resource', () => {
    const site = renderWithBridge(<CafSite />);
    toDtr(site);
    site.clearEvents();
    site.drive(
      { action: 'click', target: 'caf.dtr.vous.m1.ajouter' },
      { action: 'choose', target: 'caf.dtr.add.type', value: 'pension-alimentaire' },
      { action: 'fill', target: 'caf.dtr.add.amount', value: '150,00' },
      { action: 'click', target: 'caf.dtr.add.save' },
    );
    expect(screen.getByText('Pensions alimentaires reçues')).toBeVisible();
    expect(site.events).toEqual([
      { action: 'click', target: 'caf.dtr.vous.m1.ajouter' },
      { action: 'choose', target: 'caf.dtr.add.type', value: 'pension-alimentaire' },
      { action: 'fill', target: 'caf.dtr.add.amount', value: '150,00' },
      { action: 'click', target: 'caf.dtr.add.save' },
    ]);
  });

  it('opens a message in the mailbox', () => {
    const site = renderWithBridge(<MailSite />);
    site.drive({ action: 'click', target: 'mail.inbox.other' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Vos livres sont à rendre avant le 4 décembre');
    site.drive({ action: 'click', target: 'mail.message.back' }, { action: 'click', target: 'mail.folder.spam' });
    expect(site.events.map((e) => e.target)).toEqual(['mail.inbox.other', 'mail.message.back', 'mail.folder.spam']);
  });

  it('says which target is not on screen', () => {
    const site = renderWithBridge(<CafSite />);
    expect(() => site.drive({ action: 'click', target: 'caf.code.submit' })).toThrow(
      'The target "caf.code.submit" is not on screen, so it cannot be performed.',
    );
  });

  it('only finds targets that the registry lists, on real focusable controls', () => {
    const site = renderWithBridge(<CafSite />);
    toDtr(site);
    site.drive({ action: 'click', target: 'caf.dtr.vous.m2.salaire.modifier' });
    for (const element of document.querySelectorAll<HTMLElement>('[data-target]')) {
      expect(Object.hasOwn(cafTargets, element.dataset.target!), element.dataset.target).toBe(true);
      // A group of radio buttons (« Oui » / « Non ») is named on its fieldset, with its buttons inside.
      const radios = element.tagName === 'FIELDSET' && element.querySelector('input[type="radio"]') !== null;
      expect(['BUTTON', 'INPUT', 'SELECT', 'A'].includes(element.tagName) || radios, element.dataset.target).toBe(true);
    }
  });
});
