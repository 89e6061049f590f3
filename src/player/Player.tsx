/**
 * The learner's player: the guide panel beside the practice browser (stacked on narrow screens,
 * guide first). It holds one lesson run: the practice world, the lesson actor, the guidance mode
 * (Watch can hand over to Guided), and the site bridge that turns what the learner does on the
 * sites into SITE events. At the end it hands the run's record to `onComplete`.
 */
import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { currentUnit } from '../engine/createLessonActor.ts';
import { runRecord } from '../engine/learner/runRecord.ts';
import type { RunRecord } from '../engine/learner/types.ts';
import { createLessonMachine } from '../engine/lessonMachine.ts';
import { restoredSnapshot } from '../engine/runSnapshot.ts';
import type { RunState } from './runState.ts';
import { useRunKeeper } from './useRunKeeper.ts';
import { useDoneAhead } from './useDoneAhead.ts';
import type { CompiledLesson, Mode, SiteEvent, TargetId, Unit } from '../lesson/types.ts';
import { createPracticeClock } from '../lesson/practiceClock.ts';
import { createWorld, type PracticeWorld } from '../lesson/world.ts';
import { SiteBridgeProvider } from '../sites/framework/SiteBridge.tsx';
import { CardAside } from './CardAside.tsx';
import { CompletionScreen } from './CompletionScreen.tsx';
import { demonstrate, shownAnswer, valueFor, type ShowOutcome } from './demonstrate.ts';
import { GuidePanel } from './GuidePanel.tsx';
import { PracticeBrowser } from './PracticeBrowser.tsx';
import { RealIdentifierWarning } from './RealIdentifierWarning.tsx';
import type { SiteViews } from '../sites/framework/siteViews.ts';
import type { UnitEvidence } from '../engine/evidence.ts';
import { siteViews } from '../sites/views.ts';
import { SitesProvider } from './SitesContext.tsx';
import { useTargetHighlight } from './useTargetHighlight.ts';
import { useWatchPointer, defaultTravelMs } from './watch/useWatchPointer.ts';
import { WatchPointer } from './watch/WatchPointer.tsx';
import { performAsync, waitForTarget } from '../sites/framework/driver.ts';
import type { PracticeDocument } from '../sites/framework/documents/practiceDocument.ts';
import { fileTarget } from '../sites/framework/siteRegistry.ts';
import { practiceFilesOf, type PracticeFile } from '../lesson/practiceFiles.ts';
import { FileDialog } from './browser/FileDialog.tsx';
import { DocumentViewer } from './browser/DocumentViewer.tsx';
import { useFileChooser } from './browser/useFileChooser.ts';
import { useStepIncidents } from './useStepIncidents.ts';
import { bringBack, documentOpener, fieldsBefore, replayBefore } from './bringBack.ts';
import { personaRegistry } from './personaRegistry.ts';
import { useTranslation } from 'react-i18next';
import { besideWayBack, isAway } from './feedback/besideWayBack.ts';
import { FeedbackBubble } from './feedback/FeedbackBubble.tsx';
import { feedbackTarget, feedbackText } from './feedback/feedbackText.ts';
import { demoValue, parseExpect } from '../lesson/expect.ts';
import { earlierTargets } from './earlierTargets.ts';
import { useWhereabouts } from './useWhereabouts.ts';
import { shownTarget } from './readWhereabouts.ts';
import './player.css';

const noRoutes: readonly TargetId[] = [];

export interface PlayerProps {
  lesson: CompiledLesson;
  /** The mode chosen on the start screen (Watch may hand over to Guided). */
  mode: Mode;
  /** Skills the learner masters: their steps are faded in Guided mode (default: none). */
  isFaded?(skill: string): boolean;
  /** Receives the run's record once, when the lesson is over. */
  onComplete?(record: RunRecord): void;
  /** How long Watch mode's pointer travels (default: 900 ms). */
  watchTravelMs?: number;
  /** Starts a fresh run (the parent remounts the player). */
  onRestart(): void;
  /** The practice sites (default: the app's, each loaded lazily when the player opens it). */
  sites?: SiteViews;
  /** A run in progress to take up again (after a reload), as `onSave` gave it. */
  resume?: RunState;
  /** Receives the run in progress after each change, to keep it for a reload. */
  onSave?(run: RunState): void;
  /**
   * Watch mode led from outside (the advisor's projector): the units before this index of
   * `lesson.units` are demonstrated one after another without « Suivant », and the run stops at
   * the first unit at or past it (default: none, the learner presses « Suivant »).
   */
  watchUntil?: number;
}

const never = () => false;

/** Covers the practice sites while a demonstration runs, under Watch mode's pointer. */
const shieldStyle = { position: 'absolute', inset: 0, zIndex: 19, cursor: 'progress' } as const;

/** One run of a lesson, from its first step to the completion screen. */
export function Player({
  lesson,
  mode: chosenMode,
  onRestart,
  sites = siteViews,
  isFaded = never,
  onComplete,
  watchTravelMs = defaultTravelMs,
  resume,
  onSave,
  watchUntil,
}: PlayerProps) {
  // One machine per run: a new language brings new texts, not a new run.
  const [machine] = useState(() => createLessonMachine(lesson));
  const [startedAt] = useState(() => resume?.startedAt ?? Date.now());
  const [startWorld] = useState(
    () => resume?.world ?? createWorld(createPracticeClock(lesson.meta.practiceDate, startedAt)),
  );
  const [input] = useState(() => ({ mode: chosenMode, persona: lesson.persona, world: startWorld, startedAt }));
  const [snapshot] = useState(() => (resume ? restoredSnapshot(lesson, resume.snapshot, input) : undefined));
  const actor = useActorRef(machine, { input, ...(snapshot ? { snapshot } : {}) });
  // The actor is the only source of the mode (Watch hands over to Guided with SET_MODE).
  const mode = useSelector(actor, (s) => s.context.mode);
  const [world, setWorld] = useState<PracticeWorld>(startWorld);
  // A site may change the world and report an action in the same handler: the actor hears of
  // the change first, synchronously, so the action is judged against the new world.
  const worldRef = useRef(world);
  const updateWorld = useCallback(
    (change: (world: PracticeWorld) => PracticeWorld) => {
      worldRef.current = change(worldRef.current);
      // A site may still tidy up (a message marked read) once the last step has ended the run.
      if (actor.getSnapshot().status === 'active')
        actor.send({ type: 'WORLD', world: worldRef.current, at: Date.now() });
      setWorld(worldRef.current);
    },
    [actor],
  );
  // The evidence of every unit, once the run is over (the actor keeps it: a resumed run has it all).
  const [evidence, setEvidence] = useState<Readonly<Record<string, UnitEvidence>> | null>(null);
  useEffect(() => {
    const end = actor.subscribe({ complete: () => setEvidence(actor.getSnapshot().context.evidence) });
    return () => end.unsubscribe();
  }, [actor]);
  const done = evidence !== null;
  // The incident of each step is switched on in the world when the step is reached.
  useStepIncidents(actor, lesson.units, updateWorld, resume !== undefined);
  // The practice browser's « Ouvrir » dialog (sites ask for a file) and document viewer.
  const { request: fileRequest, chooseFile, close: closeChooser } = useFileChooser();
  const [selectedFile, setSelectedFile] = useState<string | null>(null);
  const closeFiles = useCallback(
    (file: PracticeFile | null) => {
      setSelectedFile(null);
      closeChooser(file);
    },
    [closeChooser],
  );
  const documents = useMemo(() => practiceFilesOf(lesson.persona), [lesson.persona]);
  const [shownDocument, setShownDocument] = useState<PracticeDocument | null>(null);
  const onDownloaded = useCallback(
    (file: PracticeFile) =>
      updateWorld((w) => ({ ...w, downloads: [...(w.downloads ?? []).filter((f) => f.name !== file.name), file] })),
    [updateWorld],
  );
  // Select narrowly: the player (and the sites under it) re-render on a new step, not on every event.
  const target = useSelector(actor, (s) => {
    const unit = currentUnit(s);
    return unit?.kind === 'step' ? unit.target : null;
  });

  const [tab, setTab] = useState(resume?.tab ?? lesson.meta.site);
  const memory = useRunKeeper({ actor, resume, onSave, chosenMode, startedAt, worldRef, tab });
  const browser = useRef<HTMLDivElement>(null);
  const skill = useSelector(actor, (s) => {
    const unit = currentUnit(s);
    return unit?.kind === 'step' ? unit.skill : null;
  });
  const faded = skill !== null && isFaded(skill);
  const current = useSelector(actor, (s) => s.context.current);
  // The lesson's targets before the current step, latest first: the way back prefers them.
  const preferred = useMemo(() => earlierTargets(lesson, current), [lesson, current]);
  // The ways back this persona can follow (no login with an identity it has not).
  const wayRegistry = useMemo(() => personaRegistry(sites.registry, lesson.persona), [sites.registry, lesson.persona]);
  // The other routes the real site offers to the step's place (its `also`): as good as its target.
  const also = useMemo(() => {
    const unit = lesson.units.find((u) => u.id === current);
    return unit?.kind === 'step' ? (unit.also ?? noRoutes) : noRoutes;
  }, [lesson, current]);
  const whereabouts = useWhereabouts(browser, done ? null : target, wayRegistry, preferred, also);
  const wayBack = whereabouts.status === 'away' ? whereabouts.steps[0]?.target : undefined;
  const routeHere = whereabouts.status === 'here' ? whereabouts.route : undefined;
  // With the « Ouvrir » dialog open for the current upload step, the guide points inside it: the
  // file to send, then « Ouvrir ».
  const unitHere = lesson.units.find((u) => u.id === current);
  const uploadFile =
    fileRequest && unitHere?.kind === 'step' && unitHere.action === 'upload' && unitHere.target === target
      ? valueFor(unitHere, lesson.persona, world)
      : undefined;
  const inDialog =
    uploadFile === undefined ? null : selectedFile === uploadFile ? 'browser.fichiers.ouvrir' : fileTarget(uploadFile);
  useTargetHighlight(
    browser,
    mode === 'guided' && !done && !faded ? (inDialog ?? wayBack ?? routeHere ?? target) : null,
  );
  // The feedback also shows next to the element the learner acted on (as in the guide, which
  // alone announces it): not in Alone mode, and not « not the right place » when the way back shows.
  const { t } = useTranslation();
  const feedback = useSelector(actor, (s) => s.context.feedback);
  const unitNow = lesson.units.find((u) => u.id === current);
  const bubbled = mode === 'alone' || done ? null : besideWayBack(feedback, isAway(whereabouts));
  const bubbleText = feedbackText(bubbled, unitNow, mode, t);
  const bubbleTarget = bubbleText ? feedbackTarget(bubbled, unitNow) : null;
  const { pointer, moveTo } = useWatchPointer(browser, watchTravelMs);
  const [realIdentifier, setRealIdentifier] = useState(0);
  const onRealIdentifier = useCallback(() => setRealIdentifier((n) => n + 1), []);

  // The record is handed over once, when the run ends.
  const recorded = useRef(false);
  useEffect(() => {
    if (!evidence || recorded.current) return;
    recorded.current = true;
    onComplete?.(runRecord(lesson.meta.id, chosenMode, evidence, Date.now()));
  }, [evidence, onComplete, lesson.meta.id, chosenMode]);

  // The registry says which controls are harmless (showing a password…): never counted as wrong.
  // A value kept (a fill reported, so not a real-looking number) ends the real-identifier warning.
  const emit = useCallback(
    (event: SiteEvent) => {
      if (event.action === 'fill') setRealIdentifier(0);
      actor.send({
        type: 'SITE',
        ...event,
        // The practice browser's own controls say so themselves (the files of the « Ouvrir » dialog).
        neutral: event.neutral === true || sites.registry.targets[event.target]?.neutral === true,
        at: Date.now(),
      });
    },
    [actor, sites],
  );
  // A demonstration (« Montre-moi », Watch mode's « Suivant ») is atomic: until it ends, further
  // presses are ignored, and so is what the learner does on the sites (a shield covers them);
  // only the driver's own actions are reported.
  const [demonstrating, setDemonstrating] = useState(false);
  const running = useRef(false);
  const driving = useRef(false);
  // A value an earlier step had entered, typed again on the way back: reported as the guide's
  // doing, so that a value the learner had left wrong counts as put right by « Montre-moi ».
  const refilling = useRef(false);
  // A value the learner committed ahead of its step counts when the guide reaches that step.
  const recordAhead = useDoneAhead({ lesson, root: browser, current, world, targets: sites.registry.targets, emit });
  const siteEmit = useCallback(
    (event: SiteEvent) => {
      if (refilling.current) emit({ ...event, neutral: true, byGuide: true });
      else if (!running.current || driving.current) {
        if (!running.current) recordAhead(event);
        emit(event);
      }
    },
    [emit, recordAhead],
  );
  // The question whose answer was shown, until it is answered.
  const [revealed, setRevealed] = useState<string | null>(null);
  const revealedRef = useRef<string | null>(null);
  const reveal = useCallback((unit: string | null) => {
    revealedRef.current = unit;
    setRevealed(unit);
  }, []);
  useEffect(() => {
    const answered = actor.on('evidence', ({ evidence: e }) => {
      if (e.unit === revealedRef.current) reveal(null);
    });
    return () => answered.unsubscribe();
  }, [actor, reveal]);

  // On a step: performs it (Watch mode: the pointer goes to the element first). On a question:
  // shows the right answer; Watch mode's next « Suivant » gives it, « Valider » otherwise.
  const demonstration = useCallback(
    async (unit: Unit, watch: boolean): Promise<ShowOutcome> => {
      if (running.current || actor.getSnapshot().context.current !== unit.id) return { ok: true };
      running.current = true;
      setDemonstrating(true);
      try {
        if (unit.kind === 'question') {
          const answer = shownAnswer(unit);
          if (watch && answer && revealedRef.current === unit.id) {
            actor.send({ type: 'ANSWER', value: answer.value, at: Date.now() });
          } else {
            actor.send({ type: 'SHOW', at: Date.now() });
            reveal(unit.id);
          }
          return { ok: true };
        }
        // A learner who strayed is brought back first, the way the guide says; what the driver
        // does on the way is not reported (it is not the step).
        const root = browser.current;
        if (!root) return { ok: false, reason: 'not-on-screen' };
        // What covers the sites is put away first (the dialog a learner left open, a document),
        // unless the step is done there.
        if (!unit.target.startsWith('browser.fichiers.')) closeFiles(null);
        if (!unit.target.startsWith('browser.document.')) setShownDocument(null);
        // The step's own target, or another of its routes already on screen (the space's alert).
        const routes = [unit.target, ...(unit.also ?? [])];
        const shown = routes.find((route) => shownTarget(root, route));
        const bring = (goal: TargetId) =>
          bringBack({
            root,
            goal,
            registry: wayRegistry,
            preferred: earlierTargets(lesson, unit.id),
            // What any earlier step typed, chose or ticked on the step's form, done again if lost.
            fields: fieldsBefore(lesson, unit.id, wayRegistry),
            // A file to choose again, and the steps after it, when only that brings the step back.
            // Only the steps of this run (not those of a branch not taken).
            replay: replayBefore(lesson, unit.id, new Set(Object.keys(actor.getSnapshot().context.evidence))),
            // The step that opened the document, done again when the viewer was closed.
            opener: documentOpener(lesson, unit.id),
            expectedValue: (expect) => demoValue(parseExpect(expect), lesson.persona, worldRef.current),
            perform: async (step, element) => {
              if (watch) await moveTo(element);
              const value =
                step.value === undefined
                  ? undefined
                  : demoValue(parseExpect(step.value), lesson.persona, worldRef.current);
              refilling.current = step.refill === true;
              try {
                await performAsync(root, {
                  action: step.action,
                  target: step.target,
                  ...(value === undefined ? {} : { value }),
                });
              } finally {
                refilling.current = false;
              }
            },
          });
        // Brought back by the route that always works (the step's target), else by another one.
        let route: TargetId | undefined = shown;
        if (route !== undefined) await bring(route);
        for (const goal of routes) {
          if (route !== undefined) break;
          if (await bring(goal)) route = goal;
        }
        if (route === undefined) return { ok: false, reason: 'not-on-screen' };
        // On a slow computer the site may still be loading: give it a moment to show the element.
        if (watch) await moveTo(await waitForTarget(root, route));
        driving.current = true;
        return await demonstrate(
          browser.current,
          route === unit.target ? unit : { ...unit, target: route },
          lesson.persona,
          worldRef.current,
          () => actor.send({ type: 'SHOW', at: Date.now() }),
          watch ? { before: moveTo } : {},
        );
      } catch {
        // The page changed under the driver (a box gone as it was typed in): the learner is told
        // « Montre-moi » could not do it, and can try again from the page as it is now.
        return { ok: false, reason: 'failed' };
      } finally {
        driving.current = false;
        running.current = false;
        setDemonstrating(false);
      }
    },
    [actor, lesson, moveTo, reveal, closeFiles, wayRegistry],
  );
  const show = useCallback((unit: Unit) => demonstration(unit, false), [demonstration]);
  const watchNext = useCallback((unit: Unit) => demonstration(unit, true), [demonstration]);
  // Led from outside: the next unit before `watchUntil` is demonstrated as soon as the last one
  // ends (a question takes two: its answer shown, then given); a unit that could not be shown stops it.
  const [stalled, setStalled] = useState<string | null>(null);
  const currentIndex = lesson.units.findIndex((u) => u.id === current);
  useEffect(() => {
    const unit = lesson.units[currentIndex];
    if (watchUntil === undefined || mode !== 'watch' || done || demonstrating) return;
    if (!unit || currentIndex >= watchUntil || stalled === unit.id) return;
    // After this render: the demonstration sets the player's state as it starts.
    const next = setTimeout(() => void watchNext(unit).then((outcome) => !outcome.ok && setStalled(unit.id)), 0);
    return () => clearTimeout(next);
  }, [watchUntil, mode, done, demonstrating, currentIndex, lesson, watchNext, stalled, revealed]);
  const takeOver = useCallback(() => actor.send({ type: 'SET_MODE', mode: 'guided', at: Date.now() }), [actor]);

  if (evidence) return <CompletionScreen lesson={lesson} evidence={evidence} onRestart={onRestart} />;
  return (
    <SitesProvider value={sites}>
      <SiteBridgeProvider
        emit={siteEmit}
        persona={lesson.persona}
        world={world}
        updateWorld={updateWorld}
        openTab={setTab}
        onRealIdentifier={onRealIdentifier}
        targets={sites.registry.targets}
        memory={memory}
        chooseFile={chooseFile}
        openDocument={setShownDocument}
      >
        <div className={`player player-${mode}`}>
          <div className="player-guide">
            <RealIdentifierWarning count={realIdentifier} />
            <GuidePanel
              lesson={lesson}
              actor={actor}
              mode={mode}
              onShow={show}
              onWatchNext={watchNext}
              onTakeOver={takeOver}
              isFaded={isFaded}
              demonstrating={demonstrating}
              revealed={revealed}
              whereabouts={whereabouts}
            />
            <CardAside persona={lesson.persona} />
          </div>
          <PracticeBrowser sites={lesson.sites} active={tab} onSelect={setTab} rootRef={browser}>
            {fileRequest && (
              <FileDialog
                documents={documents}
                downloads={world.downloads ?? []}
                emit={siteEmit}
                onClose={closeFiles}
                onSelect={setSelectedFile}
              />
            )}
            {shownDocument && (
              <DocumentViewer
                doc={shownDocument}
                emit={siteEmit}
                onClose={() => setShownDocument(null)}
                onDownloaded={onDownloaded}
              />
            )}
            <FeedbackBubble root={browser} target={bubbleTarget}>
              {bubbleText}
            </FeedbackBubble>
            {mode === 'watch' && <WatchPointer pointer={pointer} travelMs={watchTravelMs} />}
            {demonstrating && <div className="demonstration-shield" aria-hidden="true" style={shieldStyle} />}
          </PracticeBrowser>
        </div>
      </SiteBridgeProvider>
    </SitesProvider>
  );
}
