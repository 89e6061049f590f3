/** A timer says its tone in words as well as in colour. */
import { render, screen } from '@testing-library/react';
import { beforeAll, expect, it } from 'vitest';
import { SessionTimer } from '../../../src/advisor/presenter/SessionTimer.tsx';
import { initI18n } from '../../../src/i18n/i18n.ts';

beforeAll(() => initI18n('fr'));
const min = 60_000;

it.each([
  [3 * min, 'on-time', '3:00 sur 10 min', 'Dans les temps : il reste 7 min.'],
  [8 * min + 30_000, 'ending', '8:30 sur 10 min', 'Bientôt la fin : il reste 2 min.'],
  [12 * min, 'over', '12:00 sur 10 min', 'Temps dépassé de 2 min.'],
])('after %i ms of 10 minutes: %s', (elapsed, tone, clock, words) => {
  const { container } = render(<SessionTimer label="Cette partie" elapsedMs={elapsed} plannedMinutes={10} />);
  expect(container.firstElementChild).toHaveAttribute('data-tone', tone);
  expect(container.firstElementChild).toHaveClass(`timer-${tone}`);
  expect(screen.getByText(clock)).toBeVisible();
  expect(screen.getByText(words)).toBeVisible();
});
