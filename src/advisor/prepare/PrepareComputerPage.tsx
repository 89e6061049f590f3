/**
 * `/animateur/preparer`: the advisor prepares a learner's computer for a workshop. The one
 * setting is the inactivity delay: 10 minutes wipes a learner's progress during a pause or a long
 * demonstration on the projector, so a workshop sets a longer one. Like everything the app keeps,
 * it lasts until « Terminer et tout effacer », which brings back the build's delay. Below it, whether
 * the app is ready to run without internet on this computer, and a button that makes it ready.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDocumentTitle } from '../../app/useDocumentTitle.ts';
import { useProgress } from '../../progress/ProgressProvider.tsx';
import { OfflineReadiness } from '../../offline/OfflineReadiness.tsx';
import { defaultInactivityMinutes } from '../../progress/settings.ts';
import { workshopDelays } from './workshopDelays.ts';
import './prepare.css';

/** The workshop delay chooser for this computer. */
export function PrepareComputerPage() {
  const { t } = useTranslation();
  const { settings, setInactivityMinutes } = useProgress();
  const [chosen, setChosen] = useState(settings.inactivityMinutes);
  const [saved, setSaved] = useState(false);
  const legendId = useId();
  useDocumentTitle(t('advisor.prepare.documentTitle'));
  const delays = workshopDelays(defaultInactivityMinutes, settings.inactivityMinutes);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setInactivityMinutes(chosen);
    setSaved(true);
  };

  return (
    <div className="page advisor-page prepare-page">
      <p>
        <Link href="/animateur">{t('advisor.back')}</Link>
      </p>
      <h1>{t('advisor.prepare.title')}</h1>
      <p>{t('advisor.prepare.intro')}</p>
      <p>{t('advisor.prepare.current', { count: settings.inactivityMinutes })}</p>
      <form onSubmit={submit}>
        <fieldset aria-labelledby={legendId}>
          <legend id={legendId}>{t('advisor.prepare.legend')}</legend>
          {delays.map((minutes) => (
            <label key={minutes} className="prepare-choice">
              <input
                type="radio"
                name="delay"
                value={minutes}
                checked={chosen === minutes}
                onChange={() => {
                  setChosen(minutes);
                  setSaved(false);
                }}
              />{' '}
              {minutes === defaultInactivityMinutes
                ? t('advisor.prepare.usual', { count: minutes })
                : t('advisor.prepare.minutes', { count: minutes })}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button primary">
          {t('advisor.prepare.save')}
        </button>
      </form>
      <p role="status">{saved ? t('advisor.prepare.saved', { count: settings.inactivityMinutes }) : ''}</p>
      <p>{t('advisor.prepare.end')}</p>
      <OfflineReadiness />
    </div>
  );
}
