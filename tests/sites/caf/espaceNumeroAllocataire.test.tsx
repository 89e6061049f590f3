import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CafSite } from '../../../src/sites/caf/CafSite.tsx';
import { logIn } from '../cafSteps.ts';
import { renderWithBridge } from '../renderWithBridge.tsx';

describe('Mon Compte shows the numéro allocataire', () => {
  it('under the greeting, as on the CAF letter, and not the NIR', () => {
    const site = renderWithBridge(<CafSite />);
    logIn(site);
    expect(screen.getByRole('heading', { level: 1, name: 'Bonjour Amina' })).toBeVisible();
    const line = screen.getByText(/^Numéro allocataire :/);
    expect(line).toHaveTextContent('Numéro allocataire : 4825913');
    expect(screen.queryByText(/2860375114023/)).toBeNull();
  });
});
