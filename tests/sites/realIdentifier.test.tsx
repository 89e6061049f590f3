import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { looksLikeRealIdentifier, practiceIdentifiers } from '../../src/french/index.ts';
import { CafSite } from '../../src/sites/caf/CafSite.tsx';
import { amina, renderWithBridge } from './renderWithBridge.tsx';

const target = (id: string) => document.querySelector<HTMLInputElement>(`[data-target="${id}"]`)!;

describe('a value that looks like a real identifier', () => {
  const practice = practiceIdentifiers(amina);

  it('is recognised: a NIR with a right key or a numéro fiscal that is not a practice one', () => {
    expect(practice).toEqual(new Set(['286037511402363', '2860375114023', '183019935001772', '1830199350017']));
    expect(looksLikeRealIdentifier('2 55 08 14 168 025 38', practice)).toBe(true);
    expect(looksLikeRealIdentifier('3023217600053', practice)).toBe(true);
    expect(looksLikeRealIdentifier('286037511402363', practice)).toBe(false);
    expect(looksLikeRealIdentifier('255081416802539', practice)).toBe(false); // wrong key: a typo, not a real number
    expect(looksLikeRealIdentifier('1012,40', practice)).toBe(false);
    expect(looksLikeRealIdentifier('286 03 75 114 023 63', practice)).toBe(false);
    expect(looksLikeRealIdentifier('255081416802539', new Set())).toBe(false);
    expect(looksLikeRealIdentifier('2860375114023', new Set())).toBe(false);
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
