/**
 * When a text box of a practice site reports `fill`: once per value committed (Enter, then
 * leaving the box, is one commit), never for a box only passed through, and again when the same
 * value is typed again — « Montre-moi » typing the step's value in a box the learner had already
 * filled with it, ahead of the step.
 */
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { TextInput } from '../../../src/sites/framework/ui/TextInput.tsx';
import { perform } from '../../../src/sites/framework/driver.ts';
import { renderWithBridge } from '../renderWithBridge.tsx';

function Box() {
  const [value, setValue] = useState('');
  return (
    <>
      <label htmlFor="montant">Montant</label>
      <TextInput
        id="montant"
        target="caf.dtr.edit.amount"
        value={value}
        onValue={setValue}
        invalid={false}
        describedBy={undefined}
      />
      <button type="button">Ailleurs</button>
    </>
  );
}

const fills = (events: { action: string; value?: string }[]) =>
  events.filter((e) => e.action === 'fill').map((e) => e.value);

describe('a text box reports what the learner commits', () => {
  it('once for Enter then leaving the box, and not for a box passed through', async () => {
    const { user, events } = renderWithBridge(<Box />);
    await user.type(screen.getByLabelText('Montant'), '845,60{Enter}');
    await user.click(screen.getByRole('button', { name: 'Ailleurs' }));
    await user.click(screen.getByLabelText('Montant'));
    await user.click(screen.getByRole('button', { name: 'Ailleurs' }));
    expect(fills(events)).toEqual(['845,60']);
  });

  it('again when the same value is typed again, by the learner or by « Montre-moi »', async () => {
    const { user, events } = renderWithBridge(<Box />);
    const box = screen.getByLabelText('Montant');
    await user.type(box, '845,60');
    await user.click(screen.getByRole('button', { name: 'Ailleurs' }));
    await user.clear(box);
    await user.type(box, '845,60');
    await user.click(screen.getByRole('button', { name: 'Ailleurs' }));
    act(() => perform(document, { action: 'fill', target: 'caf.dtr.edit.amount', value: '845,60' }));
    expect(fills(events)).toEqual(['845,60', '845,60', '845,60']);
  });
});
