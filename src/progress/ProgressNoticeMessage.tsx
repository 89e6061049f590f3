/**
 * The store's notice on the home page, shown once: the store was reset or upgraded, progress
 * lives in memory only, or everything was just wiped. The `role="status"` region is always
 * there, so that the message is announced when it arrives.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressNotice } from './progressStore.ts';
import { useProgress } from './ProgressProvider.tsx';
import './notice.css';

const keys = {
  corrupt: 'corrupt',
  'unknown-version': 'unknownVersion',
  migrated: 'migrated',
  memory: 'memory',
  wiped: 'wiped',
  'wiped-inactive': 'wipedInactive',
} as const satisfies Record<ProgressNotice, string>;

const warnings: ReadonlySet<ProgressNotice> = new Set(['corrupt', 'unknown-version', 'memory']);

/** The notice, taken from the store (so it shows once) and kept until dismissed or the page left. */
export function ProgressNoticeMessage() {
  const { t } = useTranslation();
  const { notice, dismissNotice } = useProgress();
  const [shown, setShown] = useState<ProgressNotice | undefined>(notice);
  const text = useRef<HTMLParagraphElement>(null);

  // A new notice shows at once (adjusted while rendering); the store forgets it after the commit.
  if (notice && notice !== shown) setShown(notice);
  useEffect(() => {
    if (notice) dismissNotice();
  }, [notice, dismissNotice]);

  // After a wipe the button that was pressed is gone: the message takes the focus.
  useEffect(() => {
    if (shown === 'wiped' || shown === 'wiped-inactive') text.current?.focus();
  }, [shown]);

  const kind = shown && warnings.has(shown) ? 'warning' : 'info';
  return (
    <div className={shown ? `progress-notice ${kind}` : 'progress-notice-empty'}>
      <div role="status">
        {shown && (
          <p ref={text} tabIndex={-1}>
            {t(`progress.notice.${keys[shown]}`)}
          </p>
        )}
      </div>
      {shown && (
        <button type="button" className="button small" onClick={() => setShown(undefined)}>
          {t('progress.notice.dismiss')}
        </button>
      )}
    </div>
  );
}
