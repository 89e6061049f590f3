/**
 * A lesson's page: its start screen, then the player. A restart mounts a fresh player (a new
 * practice world and a new lesson run).
 */
import { useState } from 'react';
import type { Mode } from '../lesson/types.ts';
import { Player } from '../player/Player.tsx';
import { StartScreen } from '../player/StartScreen.tsx';
import { LessonStatus } from './LessonStatus.tsx';
import { useDocumentTitle } from './useDocumentTitle.ts';
import { useLesson } from './useLesson.ts';

/** The page of lesson `id` (`/lecons/:id`). */
export function LessonPage({ id }: { id: string }) {
  const load = useLesson(id);
  const [started, setStarted] = useState(false);
  const [run, setRun] = useState(0);
  // The mode choice comes later: every run starts in Guided mode for now.
  const [mode] = useState<Mode>('guided');
  useDocumentTitle(load.status === 'ready' ? `${load.lesson.meta.title} · Pas à pas` : 'Pas à pas');

  if (load.status !== 'ready') return <LessonStatus load={load} id={id} />;
  if (!started) return <StartScreen lesson={load.lesson} mode={mode} onStart={() => setStarted(true)} />;
  return <Player key={run} lesson={load.lesson} mode={mode} onRestart={() => setRun((n) => n + 1)} />;
}
