/**
 * `/carnet`: « Mon carnet » (src/carnet) fed from the progress store and the catalogues, with
 * the way to take the progress code. A lazy chunk, with the learner model.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { lessons } from 'virtual:pas-a-pas/lessons';
import { skills } from 'virtual:pas-a-pas/skills';
import { CarnetPage } from '../carnet/CarnetPage.tsx';
import { useProgress } from './ProgressProvider.tsx';

/** The carnet page of the current learner. */
export function CarnetRoute() {
  const { t } = useTranslation();
  const { runs, baseline, restoredLessons, hasProgress, reading } = useProgress();
  if (reading) return null; // a few milliseconds: do not flash an empty carnet
  return (
    <>
      <CarnetPage runs={runs} baseline={baseline} lessons={lessons} skills={skills} restoredLessons={restoredLessons} />
      {hasProgress && (
        <div className="page carnet-code">
          <Link href="/carnet/code" className="button primary">
            {t('progress.carnet.codeLink')}
          </Link>
        </div>
      )}
    </>
  );
}
