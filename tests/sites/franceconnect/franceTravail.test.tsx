/**
 * FranceConnect from France Travail's login page: the same journey as from the CAF (the choice
 * of a provider, impots.gouv's login, the confirmation), then France Travail's personal space,
 * signed in with no password of France Travail asked.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FranceTravailSite } from '../../../src/sites/france-travail/FranceTravailSite.tsx';
import { FranceConnectSite } from '../../../src/sites/franceconnect/FranceConnectSite.tsx';
import { FranceConnectHost } from '../../../src/sites/framework/franceconnect/FranceConnectHost.tsx';
import { SiteHistoryProvider } from '../../../src/sites/framework/siteHistory.tsx';
import { renderWithBridge } from '../renderWithBridge.tsx';

const heading = (name: string | RegExp) => screen.getByRole('heading', { level: 1, name });
const fc = () => within(document.querySelector<HTMLElement>('.fcp-site')!);

function FranceTravailTab() {
  return (
    <div data-site="france-travail">
      <SiteHistoryProvider onBackChange={() => {}}>
        <FranceConnectHost site="france-travail" view={FranceConnectSite}>
          <FranceTravailSite />
        </FranceConnectHost>
      </SiteHistoryProvider>
    </div>
  );
}

describe('signing in to France Travail through FranceConnect with impots.gouv', () => {
  it('goes from the login page to the personal space, signed in', async () => {
    const site = renderWithBridge(<FranceTravailTab />);
    site.drive({ action: 'click', target: 'france-travail.header.connexion' });
    await site.user.click(screen.getByRole('button', { name: 'S’identifier avec FranceConnect' }));
    expect(heading('Je choisis un compte pour me connecter sur')).toHaveFocus();
    expect(screen.getByText('francetravail.fr')).toBeVisible();

    await site.user.click(screen.getByRole('button', { name: 'impots.gouv' }));
    await site.user.type(fc().getByLabelText('Numéro fiscal'), '24 78 391 650 259');
    await site.user.click(fc().getByRole('button', { name: 'Continuer' }));
    await site.user.type(fc().getByLabelText('Mot de passe'), 'Tournesol-2026{Enter}');
    expect(heading('Vous êtes connecté(e) en tant que Amina Benali')).toHaveFocus();
    await site.user.click(screen.getByRole('button', { name: 'Continuer sur francetravail.fr' }));

    expect(await screen.findByRole('button', { name: 'Se déconnecter' })).toBeVisible();
    expect(heading('Bonjour Amina')).toHaveFocus();
    expect(site.world().franceConnect).toBeUndefined();
    expect(site.world().franceConnectLogins).toEqual([{ site: 'france-travail', provider: 'impots' }]);
  });
});
