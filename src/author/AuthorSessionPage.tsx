/**
 * The preview of one session script (`/auteur/seances/<session-id>`, `npm run dev` only): its
 * files, the checker's messages in plain words, and the segments the checker read, each with what
 * to say, its questions and answers, its checklist and its lesson. Saving the script updates the
 * page without a reload.
 */
import { textLanguage } from '../i18n/textLanguage.ts';
import type { SessionSegment } from '../advisor/sessionTypes.ts';
import { Link } from 'wouter';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import type { AuthorSessionFile } from './authorSessions.ts';
import { LessonMessages } from './LessonMessages.tsx';
import { useAuthorChoice } from './useAuthorChoice.ts';
import { useAuthorTexts } from './texts.ts';

export interface AuthorSessionPageProps {
  id: string;
  /** The session's files, the reference first (`sessionFilesOf`). */
  files: readonly AuthorSessionFile[];
}

/** One segment, as the script says it. */
function Segment({ segment, n }: { segment: SessionSegment; n: number }) {
  const text = useAuthorTexts();
  return (
    <li className="author-node">
      <h3>
        {n}. {segment.title} · {text.minutes(segment.duration)}
      </h3>
      <p className="author-rule">
        {text.line(segment.line)}
        {segment.lesson && <> · {text.segmentLesson(segment.lesson, segment.mode)}</>}
      </p>
      {segment.text && (
        <p>
          <strong>{text.say}</strong> {segment.text}
        </p>
      )}
      {segment.asks.length > 0 && (
        <dl>
          {segment.asks.map((ask) => (
            <div key={ask.slot}>
              <dt>
                <strong>{text.ask}</strong> {ask.text}
              </dt>
              <dd>
                <strong>{text.answer}</strong> {ask.answerText}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {segment.checklist.length > 0 && (
        <>
          <p>
            <strong>{text.checklist}</strong>
          </p>
          <ul>
            {segment.checklist.map((check) => (
              <li key={check.slot}>{check.text}</li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

/** The preview of session `id`. */
export function AuthorSessionPage({ id, files }: AuthorSessionPageProps) {
  const text = useAuthorTexts();
  const [choice, choose] = useAuthorChoice();
  const file = files.find((f) => f.locale === choice.locale) ?? files[0];
  const title = file?.title ?? id;
  useDocumentTitle(text.documentTitle(title));
  const back = (
    <p>
      <Link href="/">{text.allLessonsAndSessions}</Link>
    </p>
  );
  if (!file)
    return (
      <div className="page author-page">
        {back}
        <h1>{id}</h1>
        <p role="alert">{text.unknownSession(id)}</p>
      </div>
    );
  const minutes = file.segments.reduce((sum, segment) => sum + segment.duration, 0);
  return (
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
      <LessonMessages file={file} blocked={text.sessionBlocked} />
      <section aria-labelledby="author-segments-title" {...textLanguage(file.locale)}>
        <h2 id="author-segments-title">{text.segmentsTitle}</h2>
        {file.segments.length === 0 ? (
          <p>{text.noSegments}</p>
        ) : (
          <>
            <p>{text.segmentsSummary(file.segments.length, minutes)}</p>
            <ol className="author-segments">
              {file.segments.map((segment, index) => (
                <Segment key={segment.id} segment={segment} n={index + 1} />
              ))}
            </ol>
          </>
        )}
      </section>
    </div>
  );
}
