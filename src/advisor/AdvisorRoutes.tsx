/**
 * The advisor's pages, nested under `/animateur` (a lazy chunk: learners never load them).
 * - `/`: the session scripts, the group follow-up and the handouts;
 * - `/seances/<id>`: the presenter view of a session; `/projecteur/<id>`: its projector window;
 * - `/groupe`: the group's follow-up from progress codes;
 * - `/preparer`: prepares a learner's computer for a workshop (a longer inactivity delay);
 * - `/fiches/lecons/<lesson-id>`: a lesson's printed step sheet; `/fiches/seances/<id>`: a session's run sheet.
 */
import { Route, Switch } from 'wouter';
import { GroupPage } from './group/GroupPage.tsx';
import { LessonHandoutPage } from './handouts/LessonHandoutPage.tsx';
import { RunSheetPage } from './handouts/RunSheetPage.tsx';
import { PrepareComputerPage } from './prepare/PrepareComputerPage.tsx';
import { PresenterPage } from './presenter/PresenterPage.tsx';
import { SessionListPage } from './presenter/SessionListPage.tsx';
import { ProjectorPage } from './projector/ProjectorPage.tsx';

/** The advisor's routes. */
export function AdvisorRoutes() {
  return (
    <Switch>
      <Route path="/" component={SessionListPage} />
      <Route path="/groupe" component={GroupPage} />
      <Route path="/preparer" component={PrepareComputerPage} />
      <Route path="/seances/:id">{({ id }) => <PresenterPage key={id} id={id} />}</Route>
      <Route path="/projecteur/:id">{({ id }) => <ProjectorPage key={id} id={id} />}</Route>
      <Route path="/fiches/lecons/:id">{({ id }) => <LessonHandoutPage key={id} id={id} />}</Route>
      <Route path="/fiches/seances/:id">{({ id }) => <RunSheetPage key={id} id={id} />}</Route>
    </Switch>
  );
}
