/**
 * The author preview's index (`/auteur`, `npm run dev` only): every lesson folder, then every
 * session script folder, with its id, title and files, and how many errors and warnings the
 * checker finds in each file.
 */
import { Link } from 'wouter';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { findLesson } from '../app/catalogue.ts';
import { countsOf, filesOf, lessonFiles } from './lessonFiles.ts';
import { sessionFiles, sessionFilesOf, type AuthorSessionFile } from './sessionFiles.ts';
import { useAuthorTexts } from './texts.ts';

/** « 2 erreurs, 1 conseil », or « aucun message ». */
function FileState({ file }: { file: Pick<AuthorSessionFile, 'messages'> }) {
  const text = useAuthorTexts();
  const { errors, warnings } = countsOf(file);
  const parts = [...(errors > 0 ? [text.errors(errors)] : []), ...(warnings > 0 ? [text.warnings(warnings)] : [])];
  return <span className={errors > 0 ? 'author-count error' : 'author-count'}>{parts.join(', ') || text.fine}</span>;
}

/** The list of lessons to preview. */
export function AuthorIndex() {
  const text = useAuthorTexts();
  useDocumentTitle(text.documentTitle(text.indexTitle));
  const ids = [...new Set(lessonFiles.map((file) => file.lessonId))].sort();
  return (
    <div className="page author-page">
      <h1>{text.indexTitle}</h1>
      <p>{text.indexIntro}</p>
      {ids.length === 0 ? (
        <p>{text.noLessons}</p>
      ) : (
        <table className="author-index" aria-label={text.lessonsTitle}>
          <thead>
            <tr>
              <th scope="col">{text.lessonColumn}</th>
              <th scope="col">{text.titleColumn}</th>
              <th scope="col">{text.filesColumn}</th>
            </tr>
          </thead>
          <tbody>
            {ids.map((id) => (
              <tr key={id}>
                <th scope="row">
                  <Link href={`/${id}`}>{id}</Link>
                </th>
                <td>{findLesson(id)?.texts.fr?.title}</td>
                <td>
                  <ul>
                    {filesOf(id).map((file) => (
                      <li key={file.locale}>
                        <Link href={`/${id}?locale=${file.locale}`}>{file.locale}</Link> : <FileState file={file} />
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SessionIndex files={sessionFiles} />
    </div>
  );
}

/** The list of session scripts to preview. */
export function SessionIndex({ files }: { files: readonly AuthorSessionFile[] }) {
  const text = useAuthorTexts();
  const ids = [...new Set(files.map((file) => file.sessionId))].sort();
  return (
    <section aria-labelledby="author-sessions-title">
      <h2 id="author-sessions-title">{text.sessionsTitle}</h2>
      <p>{text.sessionsIntro}</p>
      {ids.length === 0 ? (
        <p>{text.noSessions}</p>
      ) : (
        <table className="author-index" aria-labelledby="author-sessions-title">
          <thead>
            <tr>
              <th scope="col">{text.sessionColumn}</th>
              <th scope="col">{text.titleColumn}</th>
              <th scope="col">{text.filesColumn}</th>
            </tr>
          </thead>
          <tbody>
            {ids.map((id) => {
              const own = sessionFilesOf(id, files);
              return (
                <tr key={id}>
                  <th scope="row">
                    <Link href={`/seances/${id}`}>{id}</Link>
                  </th>
                  <td>{own[0]?.title}</td>
                  <td>
                    <ul>
                      {own.map((file) => (
                        <li key={file.locale}>
                          <Link href={`/seances/${id}?locale=${file.locale}`}>{file.locale}</Link> :{' '}
                          <FileState file={file} />
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
