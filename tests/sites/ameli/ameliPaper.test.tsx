/** The practice card's note « identifiants-ameli »: the number and the password the persona wrote down. */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { papers } from '../../../src/sites/ameli/papers/index.ts';
import { amina } from './ameliBridge.tsx';

describe('the ameli note on the practice card', () => {
  it('shows the 13-character number and the password, under a heading', () => {
    const Note = papers['identifiants-ameli']!;
    render(<Note persona={amina} headingLevel={3} />);
    expect(
      screen.getByRole('heading', {
        level: 3,
        name: 'Papier avec le numéro de sécurité sociale et le mot de passe ameli',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('2860375114023')).toBeVisible();
    expect(screen.getByText('Coquelicot-2026')).toBeVisible();
  });
});
