/**
 * « Reprendre avec mon code »: a labelled field and a button. A good code restores the levels
 * (after asking, when this computer already keeps progress); a wrong one says what to do, puts
 * the focus back in the field and changes nothing. The form says what a typed code carries: the
 * levels, not the lessons done, which only the QR code's address lists.
 */
import { useEffect, useEffectEvent, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Level } from '../engine/learner/types.ts';
import { ModalDialog } from './ModalDialog.tsx';
import type { ProgressCodeError } from './progressCode.ts';
import { useProgress } from './ProgressProvider.tsx';
import { restoredBaseline } from './restoredBaseline.ts';
import './resume.css';

/** Props of `ResumeForm`. */
export interface ResumeFormProps {
  /** The code to start with (from the QR code's address; default: empty). */
  initialCode?: string;
  /** Lessons done, from the QR code's address (default: none). */
  lessons?: readonly string[];
  /** Read `initialCode` at once, as if the learner had pressed « Reprendre » (default: false). */
  autoSubmit?: boolean;
  /** Show the section's own `<h2>` (default: true; the `/reprendre` page has its `<h1>`). */
  heading?: boolean;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'error'; error: ProgressCodeError | 'unavailable'; character?: string; attempt: number }
  | { kind: 'confirm'; levels: Record<string, Level> }
  /** Restored, with `lessons` lessons done from the QR code's address (none from a typed code). */
  | { kind: 'done'; lessons: number }
  | { kind: 'cancelled' };

/** The decoder and the skill catalogue, loaded when the learner starts typing. */
const loadDecoder = () => import('./readTypedCode.ts');

/** The form that restores progress from a typed code. */
export function ResumeForm({ initialCode = '', lessons = [], autoSubmit = false, heading = true }: ResumeFormProps) {
  const { t } = useTranslation();
  const { hasProgress, restore } = useProgress();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(initialCode);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const submitted = useRef(false);
  const cancel = useRef<HTMLButtonElement>(null);

  const apply = (levels: Record<string, Level>) => {
    restore(restoredBaseline(levels, Date.now()), lessons);
    setText('');
    setStatus({ kind: 'done', lessons: lessons.length });
  };

  const fail = (error: ProgressCodeError | 'unavailable', character?: string) => {
    setStatus((previous) => ({
      kind: 'error',
      error,
      ...(character ? { character } : {}),
      attempt: previous.kind === 'error' ? previous.attempt + 1 : 0,
    }));
    input.current?.focus();
  };

  const submit = async (code: string) => {
    let decoder;
    try {
      decoder = await loadDecoder();
    } catch {
      return fail('unavailable');
    }
    const result = decoder.readTypedCode(code);
    if (!result.ok) fail(result.error, result.character);
    else if (hasProgress) setStatus({ kind: 'confirm', levels: result.levels });
    else apply(result.levels);
  };

  // Once, with the code the page opened with: read at the first render, submitted after it.
  const [autoCode] = useState(autoSubmit ? initialCode : undefined);
  const submitAutoCode = useEffectEvent((code: string) => void submit(code));
  useEffect(() => {
    if (autoCode === undefined || submitted.current) return;
    submitted.current = true;
    submitAutoCode(autoCode);
  }, [autoCode]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(text);
  };

  const error = status.kind === 'error' ? status : undefined;
  const Heading = heading ? 'h2' : undefined;
  return (
    <section className="resume" aria-labelledby={heading ? `${id}-title` : undefined}>
      {Heading && <Heading id={`${id}-title`}>{t('progress.resume.title')}</Heading>}
      <p>{t('progress.resume.intro')}</p>
      <p>{t('progress.resume.carries')}</p>
      <form className="resume-form" noValidate onSubmit={onSubmit}>
        <label htmlFor={`${id}-code`}>{t('progress.resume.label')}</label>
        <p id={`${id}-hint`} className="field-hint">
          {t('progress.resume.hint')}
        </p>
        <div className="resume-row">
          <input
            ref={input}
            id={`${id}-code`}
            name="code"
            className="code-input"
            value={text}
            onChange={(event) => setText(event.target.value)}
            onFocus={() => void loadDecoder().catch(() => undefined)}
            autoComplete="off"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          />
          <button type="submit" className="button primary">
            {t('progress.resume.submit')}
          </button>
        </div>
        {error && (
          <p key={error.attempt} id={`${id}-error`} className="field-error" role="alert">
            {error.error === 'unavailable'
              ? t('progress.resume.unavailable')
              : t(`progress.resume.errors.${error.error}`, { character: error.character ?? '' })}
          </p>
        )}
      </form>
      <div role="status">
        {status.kind === 'done' && (
          <p className="resume-done">
            {t('progress.resume.done')} <Link href="/carnet">{t('progress.resume.carnetLink')}</Link>
          </p>
        )}
        {status.kind === 'done' && status.lessons === 0 && <p>{t('progress.resume.levelsOnly')}</p>}
        {status.kind === 'cancelled' && <p>{t('progress.resume.cancelled')}</p>}
      </div>
      {status.kind === 'confirm' && (
        <ModalDialog
          title={t('progress.resume.replaceTitle')}
          onCancel={() => setStatus({ kind: 'cancelled' })}
          initialFocus={cancel}
          actions={
            <>
              <button type="button" className="button primary" onClick={() => apply(status.levels)}>
                {t('progress.resume.replace')}
              </button>
              <button ref={cancel} type="button" className="button" onClick={() => setStatus({ kind: 'cancelled' })}>
                {t('progress.resume.cancel')}
              </button>
            </>
          }
        >
          <p>{t('progress.resume.replaceText')}</p>
        </ModalDialog>
      )}
    </section>
  );
}
