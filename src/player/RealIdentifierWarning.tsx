/**
 * The warning shown when the learner typed what looks like a real identifier: it was erased and
 * not kept; use the practice card instead (DESIGN.md section 5). It stays until the learner types
 * a value that is kept: the player then sets `count` back to 0.
 */
import { useTranslation } from 'react-i18next';

/** `count` grows with each such value typed (each one is announced again); 0 shows nothing. */
export function RealIdentifierWarning({ count }: { count: number }) {
  const { t } = useTranslation();
  return (
    <div aria-live="assertive">
      {count > 0 && (
        <p key={count} className="real-identifier-warning" role="alert">
          <strong>{t('player.realIdentifier.title')}</strong> {t('player.realIdentifier.text')}
        </p>
      )}
    </div>
  );
}
