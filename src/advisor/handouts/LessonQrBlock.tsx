/**
 * The QR code of a step sheet: it opens the lesson on another computer in the mode the advisor
 * chooses on screen (the chooser is not printed); the address is printed under the code for
 * those who type it.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mode } from '../../lesson/types.ts';
import { ProgressQr } from '../../progress/ProgressQr.tsx';
import { lessonUrl } from './lessonUrl.ts';

const modes: readonly Mode[] = ['watch', 'guided', 'alone'];

/** The mode chooser, the QR code and the address of lesson `id`. */
export function LessonQrBlock({ id }: { id: string }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('guided');
  const headingId = useId();
  const url = lessonUrl(id, mode);
  return (
    <section className="handout-qr" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('advisor.handouts.lesson.qrTitle')}</h2>
      <fieldset className="handout-modes no-print">
        <legend>{t('advisor.handouts.lesson.modeChoice')}</legend>
        {modes.map((each) => (
          <label key={each}>
            <input
              type="radio"
              name="handout-mode"
              value={each}
              checked={mode === each}
              onChange={() => setMode(each)}
            />{' '}
            {t(`modes.${each}`)}
          </label>
        ))}
      </fieldset>
      <div className="handout-qr-body">
        <ProgressQr value={url} label={t('advisor.handouts.lesson.qrLabel', { url })} />
        <div>
          <p>{t('advisor.handouts.lesson.modeNote', { mode: t(`modes.${mode}`) })}</p>
          <p>{t('advisor.handouts.lesson.qrHelp')}</p>
          <p className="handout-url">{url}</p>
        </div>
      </div>
    </section>
  );
}
