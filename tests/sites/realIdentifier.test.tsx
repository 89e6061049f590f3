import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as lesson from '../../content/lessons/caf-se-connecter/fr.mdx';
import { looksLikeRealIdentifier, practiceIdentifiers } from '../../src/french/index.ts';
import { initI18n } from '../../src/i18n/i18n.ts';
import type { CompiledLesson, Persona } from '../../src/lesson/types.ts';
import { Player } from '../../src/player/Player.tsx';
import { CafSite } from '../../src/sites/caf/CafSite.tsx';
import { amina, renderWithBridge } from './renderWithBridge.tsx';

const target = (id: string) => document.querySelector<HTMLInputElement>(`[data-target="${id}"]`)!;

describe('a value that looks like a real identifier', () => {
  const practice = practiceIdentifiers(amina);

  it('is recognised: a NIR-shaped number, a NIR with a right key or a numéro fiscal that is not a practice one', () => {
    expect(practice).toEqual(
      new Set(['286037511402363', '2860375114023', '183019935001772', '1830199350017', '2478391650259']),
    );
    expect(looksLikeRealIdentifier('2 55 08 14 168 025 38', practice)).toBe(true);
    expect(looksLikeRealIdentifier('3023217600053', practice)).toBe(true);
    expect(looksLikeRealIdentifier('286037511402363', practice)).toBe(false);
    expect(looksLikeRealIdentifier('255081416802539', practice)).toBe(false); // wrong key: a typo, not a real number
    expect(looksLikeRealIdentifier('1012,40', practice)).toBe(false);
    expect(looksLikeRealIdentifier('286 03 75 114 023 63', practice)).toBe(false);
    expect(looksLikeRealIdentifier('255081416802539', new Set())).toBe(false);
    expect(looksLikeRealIdentifier('2951099126111', practice)).toBe(true); // 13 digits, the shape of a NIR
    expect(looksLikeRealIdentifier('2860375114024', practice)).toBe(false); // a typo of the practice number
    expect(looksLikeRealIdentifier('2860375114023', new Set())).toBe(true);
  });

  it('knows a persona’s RIB as practice: Nadia’s IBAN (the CAF claim) is hers, another IBAN with a right key is not', () => {
    const nadia = parse(readFileSync('content/personas/nadia.yaml', 'utf8')) as Persona;
    const hers = practiceIdentifiers(nadia);
    expect(hers).toContain('FR7617899009150008263041778');
    expect(looksLikeRealIdentifier('FR76 1789 9009 1500 0826 3041 778', hers)).toBe(false);
    // The standard published example: a right key, not a practice account.
    expect(looksLikeRealIdentifier('FR76 3000 6000 0112 3456 7890 189', hers)).toBe(true);
  });

  it('is never reported nor kept by a practice site: the field is emptied and the player warned', async () => {
    const site = renderWithBridge(<CafSite />);
    await site.user.click(target('caf.header.mon-compte'));
    site.clearEvents();
    await site.user.type(target('caf.login.nir'), '255081416802538');
    await site.user.tab();
    expect(target('caf.login.nir').value).toBe('');
    expect(site.events).toEqual([]);
    expect(site.realIdentifiers.count).toBe(1);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Ce numéro ressemble à un vrai numéro de sécurité sociale. Nous l’avons effacé.',
    );
    await site.user.type(target('caf.login.nir'), '2860375114023');
    await site.user.tab();
    expect(site.events).toEqual([{ action: 'fill', target: 'caf.login.nir', value: '2860375114023' }]);
  });
});

describe('the player’s warning about a real-looking number', () => {
  const warning = () => screen.queryByText('Attention : ce numéro ressemble à un vrai numéro.');

  it('shows when a real-looking number is erased, and goes once the learner types a practice value', async () => {
    await initI18n('fr');
    const user = userEvent.setup();
    render(<Player lesson={lesson as unknown as CompiledLesson} mode="guided" onRestart={() => undefined} />);
    await waitFor(() => expect(target('caf.header.mon-compte')).not.toBeNull());
    await user.click(target('caf.header.mon-compte'));
    const nir = await screen.findByLabelText('Numéro de sécurité sociale');
    expect(nir).toHaveAttribute('autocomplete', 'off');
    expect(screen.getByLabelText('Mot de passe')).toHaveAttribute('autocomplete', 'new-password');

    await user.type(nir, '2951099126111');
    await user.tab();
    expect(nir).toHaveValue('');
    expect(warning()).toBeVisible();

    // A typo of the practice number is kept, for the site's own checks to answer: the warning goes.
    await user.type(nir, '2860375114024');
    await user.tab();
    expect(nir).toHaveValue('2860375114024');
    expect(warning()).not.toBeInTheDocument();

    await user.clear(nir);
    await user.type(nir, '255081416802538');
    await user.tab();
    expect(warning()).toBeVisible();
    await user.clear(nir);
    await user.type(nir, '2860375114023');
    await user.tab();
    expect(nir).toHaveValue('2860375114023');
    expect(warning()).not.toBeInTheDocument();
  });
});
