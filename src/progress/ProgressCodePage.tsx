/**
 * « Mon code de progrès » (`/carnet/code`): the code in large type, in groups of four, its QR code
 * and a card to print (black on white, cut to A6 on an A4 sheet), with the date and the promise
 * that it holds no personal data. A lazy chunk: the learner model and the QR encoder load here.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { skills } from 'virtual:pas-a-pas/skills';
import { codeLevels } from './codeLevels.ts';
import { encodeProgressCode } from './progressCode.ts';
import { ProgressQr } from './ProgressQr.tsx';
import { useProgress } from './ProgressProvider.tsx';
import { resumeUrl } from './resumeUrl.ts';
import './code.css';

const skillIds = skills.map((skill) => skill.id);

/** `ABCD-EFGH` read out: « A B C D, E F G H ». */
function spell(code: string): string {
  return code
    .split('-')
    .map((group) => [...group].join(' '))
    .join(', ');
}

/** The progress code page. */
export function ProgressCodePage() {
  const { t, i18n } = useTranslation();
  const { runs, baseline, restoredLessons, hasProgress, reading } = useProgress();
  const [takenAt] = useState(() => Date.now());
  const title = t('progress.code.documentTitle');
  useEffect(() => {
    document.title = title;
  }, [title]);

  if (reading) return null; // a few milliseconds: do not flash « nothing to keep »
  if (!hasProgress) {
    return (
      <div className="page code-page">
        <h1>{t('progress.code.title')}</h1>
        <p>{t('progress.code.empty')}</p>
        <p>
          <Link href="/">{t('progress.code.lessonsLink')}</Link>
        </p>
      </div>
    );
  }

  const code = encodeProgressCode(codeLevels(runs, baseline, skillIds), skillIds);
  const lessonsDone = [...new Set([...restoredLessons, ...runs.map((run) => run.lessonId)])];
  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'fr', { dateStyle: 'long' }).format(takenAt);
  return (
    <div className="page code-page">
      <h1 className="no-print">{t('progress.code.title')}</h1>
      <p className="lead no-print">
        {t('progress.code.intro')} {t('progress.code.how')}
      </p>
      <section className="code-card" aria-labelledby="code-card-title">
        <h2 id="code-card-title">{t('progress.code.card.title')}</h2>
        <p className="progress-code">
          <span className="visually-hidden">{t('progress.code.spelled', { spelled: spell(code) })}</span>
          <span aria-hidden="true">{code}</span>
        </p>
        <div className="code-card-body">
          <ProgressQr value={resumeUrl(code, lessonsDone)} label={t('progress.code.qrLabel')} />
          <div>
            <p className="code-date">{t('progress.code.card.date', { date })}</p>
            <p>
              <strong>{t('progress.code.card.keep')}</strong>
            </p>
            <p>{t('progress.code.how')}</p>
            <p>{t('progress.code.card.private')}</p>
          </div>
        </div>
      </section>
      <p className="no-print">{t('progress.code.qrHint')}</p>
      <p className="code-actions no-print">
        <button type="button" className="button primary" onClick={() => window.print()}>
          {t('progress.code.print')}
        </button>
        <Link href="/carnet" className="button">
          {t('progress.code.back')}
        </Link>
      </p>
    </div>
  );
}
