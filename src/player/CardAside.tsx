/**
 * The practice card beside the site in the player: open on wide screens, folded on narrow ones
 * (where it would push the site far down), and always a click away.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Persona } from '../lesson/types.ts';
import { PracticeCard } from './card/PracticeCard.tsx';

/** Screens narrower than this fold the card at first. */
const narrow = '(max-width: 59.99em)';

/** A disclosure holding the persona's practice card. */
export function CardAside({ persona }: { persona: Persona }) {
  const { t } = useTranslation();
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (details.current && window.matchMedia?.(narrow).matches) details.current.open = false;
  }, []);
  return (
    <details className="card-aside" open ref={details}>
      <summary>{t('player.card.toggle')}</summary>
      <PracticeCard persona={persona} showTitle={false} />
    </details>
  );
}
