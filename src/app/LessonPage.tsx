/**
 * A lesson's page: its start screen with the mode the learner model recommends, then the player.
 * A finished run goes to the progress store; a restart mounts a fresh player (a new practice
 * world and a new lesson run). `?mode=watch|guided|alone` (links from « Mon carnet ») marks that
 * mode as the recommended one.
 */
import { useMemo, useState } from 'react';
import { useSearch } from 'wouter';
import { isFaded, learnerModel, modes, recommendedMode, type LearnerModel } from '../engine/learner/learnerModel.ts';
import type { Mode } from '../lesson/types.ts';
import { Player } from '../player/Player.tsx';
import { StartScreen } from '../player/StartScreen.tsx';
import { useProgress } from '../progress/ProgressProvider.tsx';
import { LessonStatus } from './LessonStatus.tsx';
import { useDocumentTitle } from './useDocumentTitle.ts';
import { useLesson } from './useLesson.ts';

/** The page of lesson `id` (`/lecons/:id`). */
export function LessonPage({ id }: { id: string }) {
  const load = useLesson(id);
  const { runs, baseline, recordRun } = useProgress();
  const asked = new URLSearchParams(useSearch()).get('mode');
  const model = useMemo(() => learnerModel(runs, baseline), [runs, baseline]);
  // The model as it was when the run started: the run recorded at its end does not change its fading.
  const [started, setStarted] = useState<{ mode: Mode; model: LearnerModel } | null>(null);
  const [run, setRun] = useState(0);
  useDocumentTitle(load.status === 'ready' ? `${load.lesson.meta.title} · Pas à pas` : 'Pas à pas');

  if (load.status !== 'ready') return <LessonStatus load={load} id={id} />;
  const recommended = modes.includes(asked as Mode) ? (asked as Mode) : recommendedMode(load.lesson.meta.skills, model);
  if (!started)
    return (
      <StartScreen lesson={load.lesson} recommended={recommended} onStart={(mode) => setStarted({ mode, model })} />
    );
  return (
    <Player
      key={run}
      lesson={load.lesson}
      mode={started.mode}
      isFaded={(skill) => isFaded(skill, started.model)}
      onComplete={recordRun}
      onRestart={() => {
        setStarted({ mode: started.mode, model });
        setRun((n) => n + 1);
      }}
    />
  );
}
