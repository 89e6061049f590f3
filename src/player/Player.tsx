/**
 * The learner's player: the guide panel beside the practice browser (stacked on narrow screens,
 * guide first). It holds one lesson run: the practice world, the lesson actor, and the site
 * bridge that turns what the learner does on the sites into SITE events.
 */
import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { currentUnit } from '../engine/createLessonActor.ts';
import { createLessonMachine } from '../engine/lessonMachine.ts';
import type { CompiledLesson, Mode, SiteEvent, Unit } from '../lesson/types.ts';
import { createWorld, type PracticeWorld } from '../lesson/world.ts';
import { SiteBridgeProvider } from '../sites/framework/SiteBridge.tsx';
import { allTargets } from '../sites/registry.ts';
import { CardAside } from './CardAside.tsx';
import { CompletionScreen } from './CompletionScreen.tsx';
import { demonstrate, type ShowOutcome } from './demonstrate.ts';
import { GuidePanel } from './GuidePanel.tsx';
import { PracticeBrowser } from './PracticeBrowser.tsx';
import { siteComponents as defaultSites, type SiteComponents } from './siteComponents.ts';
import { useTargetHighlight } from './useTargetHighlight.ts';
import './player.css';

export interface PlayerProps {
  lesson: CompiledLesson;
  /** The guidance mode of this run. */
  mode: Mode;
  /** Starts a fresh run (the parent remounts the player). */
  onRestart(): void;
  /** The practice sites to mount (default: the real ones, lazily loaded). */
  sites?: SiteComponents;
}

/** One run of a lesson, from its first step to the completion screen. */
export function Player({ lesson, mode, onRestart, sites = defaultSites }: PlayerProps) {
  const [world, setWorld] = useState<PracticeWorld>(() => createWorld());
  // The engine reads the world when a site event arrives, before React re-renders: keep a ref.
  const worldRef = useRef(world);
  const updateWorld = useCallback((change: (world: PracticeWorld) => PracticeWorld) => {
    worldRef.current = change(worldRef.current);
    setWorld(worldRef.current);
  }, []);

  // One machine per run: a new language brings new texts, not a new run.
  const [machine] = useState(() => createLessonMachine(lesson));
  const actor = useActorRef(machine, { input: { mode, persona: lesson.persona, world: () => worldRef.current } });
  // Select narrowly: the player (and the sites under it) re-render on a new step, not on every event.
  const evidence = useSelector(actor, (s) => (s.status === 'done' ? s.context.evidence : null));
  const done = evidence !== null;
  const target = useSelector(actor, (s) => {
    const unit = currentUnit(s);
    return unit?.kind === 'step' ? unit.target : null;
  });
  useEffect(() => {
    if (actor.getSnapshot().context.mode !== mode) actor.send({ type: 'SET_MODE', mode });
  }, [actor, mode]);

  const [tab, setTab] = useState(lesson.meta.site);
  const browser = useRef<HTMLDivElement>(null);
  useTargetHighlight(browser, mode === 'guided' && !done ? target : null);

  // The registry says which controls are harmless (showing a password…): never counted as wrong.
  const emit = useCallback((event: SiteEvent) => actor.send({ type: 'SITE', ...event, neutral: allTargets[event.target]?.neutral === true }), [actor]);
  const show = useCallback(
    (unit: Unit): ShowOutcome => {
      if (unit.kind === 'step') {
        return demonstrate(browser.current, unit, lesson.persona, worldRef.current, () => actor.send({ type: 'SHOW' }));
      }
      const answer = unit.answers.find((a) => a.correct);
      actor.send({ type: 'SHOW' });
      if (answer) actor.send({ type: 'ANSWER', value: answer.value });
      return { ok: true };
    },
    [actor, lesson.persona],
  );

  if (done) return <CompletionScreen lesson={lesson} evidence={evidence} onRestart={onRestart} />;
  return (
    <SiteBridgeProvider emit={emit} persona={lesson.persona} world={world} updateWorld={updateWorld} openTab={setTab}>
      <div className="player">
        <div className="player-guide">
          <GuidePanel lesson={lesson} actor={actor} mode={mode} onShow={show} />
          <CardAside persona={lesson.persona} />
        </div>
        <PracticeBrowser active={tab} onSelect={setTab} siteComponents={sites} rootRef={browser} />
      </div>
    </SiteBridgeProvider>
  );
}
