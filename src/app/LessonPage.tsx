/**
 * A lesson's page: its start screen with the mode the learner model recommends, then the player.
 * A finished run goes to the progress store; a restart mounts a fresh player (a new practice
 * world and a new lesson run). `?mode=watch|guided|alone` (links from « Mon carnet ») marks that
 * mode as the recommended one. While a run is in progress, the browser's Back asks « Quitter la
 * leçon ? » first (`useLeaveGuard`), and the run is kept for the tab (`runStore`): a reload, or
 * coming back to the lesson, takes it up at the same step with the same site state.
 */
import { useCallback, useMemo, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import type { RunRecord } from '../engine/learner/types.ts';
import { isFaded, learnerModel, modes, recommendedMode, type LearnerModel } from '../engine/learner/learnerModel.ts';
import type { Mode } from '../lesson/types.ts';
import { Player } from '../player/Player.tsx';
import { StartScreen } from '../player/StartScreen.tsx';
import { useProgress } from '../progress/ProgressProvider.tsx';
import type { RunState } from '../player/runState.ts';
import { dropRun, keepRun } from '../progress/runStore.ts';
import { KeptRunNotice } from './KeptRunNotice.tsx';
import { LeaveLessonDialog } from './LeaveLessonDialog.tsx';
import { takeUpKeptRun } from './takeUpKeptRun.ts';
import { LessonStatus } from './LessonStatus.tsx';
import { useDocumentTitle } from './useDocumentTitle.ts';
import { useLeaveGuard } from './useLeaveGuard.ts';
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
  // A run is in progress from the player's start until it hands over its record.
  const [finished, setFinished] = useState(false);
  const lesson = load.status === 'ready' ? load.lesson : null;
  // A run kept for this tab is taken up at once (once: a restart starts afresh).
  const kept = useMemo(() => (lesson ? takeUpKeptRun(lesson) : null), [lesson]);
  const resume = run === 0 && kept?.status === 'kept' ? kept.kept.run : undefined;
  const current = started ?? (resume ? { mode: resume.mode, model } : null);
  const save = useCallback((state: RunState) => lesson && keepRun(lesson, state), [lesson]);
  const [, navigate] = useLocation();
  const home = useCallback(() => navigate('/', { replace: true }), [navigate]);
  const guard = useLeaveGuard(current !== null && !finished, { onNoPrevious: home });
  const complete = useCallback(
    (record: RunRecord) => {
      setFinished(true);
      dropRun(record.lessonId);
      recordRun(record);
    },
    [recordRun, setFinished],
  );
  useDocumentTitle(load.status === 'ready' ? `${load.lesson.meta.title} · Pas à pas` : 'Pas à pas');

  if (load.status !== 'ready') return <LessonStatus load={load} id={id} />;
  const recommended = modes.includes(asked as Mode) ? (asked as Mode) : recommendedMode(load.lesson.meta.skills, model);
  if (!current)
    return (
      <>
        {kept?.status === 'damaged' && <KeptRunNotice damaged />}
        <StartScreen lesson={load.lesson} recommended={recommended} onStart={(mode) => setStarted({ mode, model })} />
      </>
    );
  const restart = () => {
    dropRun(load.lesson.meta.id);
    setStarted({ mode: current.mode, model });
    setFinished(false);
    setRun((n) => n + 1);
  };
  return (
    <>
      {resume && !started && <KeptRunNotice onRestart={restart} />}
      <Player
        key={run}
        lesson={load.lesson}
        mode={current.mode}
        isFaded={(skill) => isFaded(skill, current.model)}
        onComplete={complete}
        onRestart={restart}
        resume={resume}
        onSave={save}
      />
      {guard.asking && <LeaveLessonDialog onStay={guard.stay} onLeave={guard.leave} />}
    </>
  );
}
