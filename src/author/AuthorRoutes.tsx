/**
 * The author preview's routes, nested under `/auteur` (`npm run dev` only: `App` adds them only
 * when `import.meta.env.DEV`, so the learner's build has none of this folder).
 */
import { Route, Switch } from 'wouter';
import { AuthorIndex } from './AuthorIndex.tsx';
import { AuthorLessonPage } from './AuthorLessonPage.tsx';
import { AuthorSessionPage } from './AuthorSessionPage.tsx';
import { sessionFilesOf } from './sessionFiles.ts';
import './author.css';

/** `/auteur`: the lessons and sessions; `/auteur/<lesson-id>`: a lesson's preview; `/auteur/seances/<session-id>`: a session's. */
export function AuthorRoutes() {
  return (
    <Switch>
      <Route path="/" component={AuthorIndex} />
      <Route path="/seances/:id">{({ id }) => <AuthorSessionPage key={id} id={id} files={sessionFilesOf(id)} />}</Route>
      <Route path="/:id">{({ id }) => <AuthorLessonPage key={id} id={id} />}</Route>
    </Switch>
  );
}
