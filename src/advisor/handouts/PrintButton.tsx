/** The « Imprimer » button and the way back of a handout page: on screen only. */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/** Prints the page; links back to the advisor's home. */
export function PrintButton() {
  const { t } = useTranslation();
  return (
    <div className="handout-actions no-print">
      <button type="button" className="button primary" onClick={() => window.print()}>
        {t('advisor.handouts.print')}
      </button>
      <Link href="/">{t('advisor.handouts.back')}</Link>
    </div>
  );
}
