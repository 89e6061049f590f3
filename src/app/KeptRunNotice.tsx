/**
 * Above a lesson taken up after a reload: « Vous reprenez la leçon où vous étiez », with a way to
 * start from the beginning instead; or, when the kept run could not be read, that it starts over.
 */
import { useTranslation } from 'react-i18next';

export interface KeptRunNoticeProps {
  /** The kept run could not be taken up. */
  damaged?: boolean;
  /** Starts the lesson from the beginning. */
  onRestart?(): void;
}

export function KeptRunNotice({ damaged = false, onRestart }: KeptRunNoticeProps) {
  const { t } = useTranslation();
  return (
    <p className="kept-run-notice" role="status">
      {damaged ? t('keptRun.damaged') : t('keptRun.resumed')}{' '}
      {onRestart && (
        <button type="button" className="button small" onClick={onRestart}>
          {t('keptRun.restart')}
        </button>
      )}
    </p>
  );
}
