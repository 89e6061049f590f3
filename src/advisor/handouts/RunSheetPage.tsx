/**
 * A session's run sheet (`/animateur/fiches/seances/<id>`), for the advisor to hold during the
 * workshop: loads the script and prints it on A4. An unknown id or a script that fails to load
 * gets its own message.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDocumentTitle } from '../../app/useDocumentTitle.ts';
import { PrintButton } from './PrintButton.tsx';
import { RunSheet } from './RunSheet.tsx';
import { useSession } from '../useSession.ts';
import './handouts.css';

/** The run sheet of session `id`. */
export function RunSheetPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const load = useSession(id);
  useDocumentTitle(
    load.status === 'ready'
      ? t('advisor.handouts.run.documentTitle', { title: load.session.meta.title })
      : load.status === 'unknown'
        ? `${t('advisor.handouts.run.unknownTitle')} · ${t('app.name')}`
        : t('app.name'),
  );
  if (load.status === 'loading')
    return (
      <p className="page loading" role="status">
        {t('advisor.handouts.run.loading')}
      </p>
    );
  if (load.status !== 'ready')
    return (
      <div className="page">
        <h1>{load.status === 'unknown' ? t('advisor.handouts.run.unknownTitle') : t('app.crashTitle')}</h1>
        <p>
          {load.status === 'unknown'
            ? t('advisor.handouts.run.unknownText', { id })
            : t('advisor.handouts.run.loadError')}
        </p>
        <p>
          <Link href="/">{t('advisor.handouts.back')}</Link>
        </p>
      </div>
    );
  return (
    <article className="page handout run-sheet">
      <PrintButton />
      <RunSheet session={load.session} />
    </article>
  );
}
