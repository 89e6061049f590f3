/**
 * The author preview's index (`/auteur`, `npm run dev` only): every lesson folder, with its id,
 * title and files, and how many errors and warnings the checker finds in each file.
 */
import { Link } from 'wouter';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { findLesson } from '../app/catalogue.ts';
import { countsOf, filesOf, lessonFiles, type AuthorLessonFile } from './lessonFiles.ts';
import { useAuthorTexts } from './texts.ts';

/** « 2 erreurs, 1 conseil », or « aucun message ». */
function FileState({ file }: { file: AuthorLessonFile }) {
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
        <table className="author-index">
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
    </div>
  );
}
