/**
 * The author preview's routes, nested under `/auteur` (`npm run dev` only: `App` adds them only
 * when `import.meta.env.DEV`, so the learner's build has none of this folder).
 */
import { Route, Switch } from 'wouter';
import { AuthorIndex } from './AuthorIndex.tsx';
import { AuthorLessonPage } from './AuthorLessonPage.tsx';
import './author.css';

/** `/auteur`: the lessons; `/auteur/<lesson-id>`: a lesson's preview. */
export function AuthorRoutes() {
  return (
    <Switch>
      <Route path="/" component={AuthorIndex} />
      <Route path="/:id">{({ id }) => <AuthorLessonPage key={id} id={id} />}</Route>
    </Switch>
  );
}
