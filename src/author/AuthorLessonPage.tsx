/**
 * The preview of one lesson (`/auteur/<lesson-id>`, `npm run dev` only): its files, the checker's
 * messages, buttons to play it in each mode with each persona its branches name, and its step
 * graph. Saving the lesson file updates the page without a reload: the messages, the graph, and
 * the run, which starts again in the mode chosen (kept in the address's query). A file with
 * errors shows its messages in plain words instead of the lesson.
 */
import { textLanguage } from '../i18n/textLanguage.ts';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { findLesson } from '../app/catalogue.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { Player } from '../player/Player.tsx';
import { countsOf, filesOf } from './lessonFiles.ts';
import { LessonMessages } from './LessonMessages.tsx';
import { personaVariants } from './personaVariants.ts';
import { PlayControls } from './PlayControls.tsx';
import { StepGraph } from './StepGraph.tsx';
import { useAuthorChoice } from './useAuthorChoice.ts';
import { useAuthorLesson } from './useAuthorLesson.ts';
import { useAuthorTexts } from './texts.ts';

/** The preview of lesson `id`. */
export function AuthorLessonPage({ id }: { id: string }) {
  const text = useAuthorTexts();
  const [choice, choose] = useAuthorChoice();
  const entry = findLesson(id);
  const files = filesOf(id);
  const file = files.find((f) => f.locale === choice.locale) ?? files[0];
  const failing = file !== undefined && countsOf(file).errors > 0;
  // A file with errors is not loaded: its messages say what to fix.
  const load = file && !failing ? entry?.load[file.locale] : undefined;
  const loaded = useAuthorLesson(load);
  const lesson = loaded.status === 'ready' && !failing ? loaded.lesson : undefined;
  const variants = useMemo(() => (lesson ? personaVariants(lesson) : []), [lesson]);
  const variant = variants.find((v) => v.name === choice.persona) ?? variants[0];
  const played = useMemo(() => lesson && variant && { ...lesson, persona: variant.persona }, [lesson, variant]);
  const [run, setRun] = useState(0);
  const title = lesson?.meta.title ?? (file && entry?.texts[file.locale]?.title) ?? id;
  useDocumentTitle(text.documentTitle(title));

  const back = (
    <p>
      <Link href="/">{text.allLessons}</Link>
    </p>
  );
  if (!file)
    return (
      <div className="page author-page">
        {back}
        <h1>{id}</h1>
        <p role="alert">{text.unknownLesson(id)}</p>
      </div>
    );
  return (
    <>
      <div className="page author-page">
        {back}
        <h1 {...textLanguage(file.locale)}>{title}</h1>
        <p>
          <code>{id}</code> · {text.file} <code>{file.path}</code>
        </p>
        {files.length > 1 && (
          <p role="group" aria-label={text.localeChoice} className="author-locales">
            {text.localeChoice}{' '}
            {files.map((f) => (
              <button
                key={f.locale}
                type="button"
                className="button small"
                aria-pressed={f === file}
                onClick={() => choose({ locale: f.locale })}
              >
                {f.locale}
              </button>
            ))}
          </p>
        )}
        <LessonMessages file={file} />
        {!failing && loaded.status === 'loading' && <p role="status">{text.loading}</p>}
        {!failing && loaded.status === 'error' && <p role="alert">{text.loadFailed(loaded.reason)}</p>}
        {lesson && variant && (
          <PlayControls
            variants={variants}
            persona={variant.name}
            {...(choice.mode ? { mode: choice.mode } : {})}
            onPersona={(persona) => choose({ persona })}
            onPlay={(mode) => choose({ mode })}
            onStop={() => choose({ mode: undefined })}
          />
        )}
      </div>
      {played && choice.mode && loaded.status === 'ready' && (
        <Player
          key={`${loaded.version}-${choice.mode}-${variant?.name}-${run}`}
          lesson={played}
          mode={choice.mode}
          onRestart={() => setRun((n) => n + 1)}
        />
      )}
      {lesson && (
        <div className="page author-page">
          <StepGraph lesson={lesson} />
        </div>
      )}
    </>
  );
}
