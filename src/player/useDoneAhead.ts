/**
 * A field the learner filled or chose ahead of its step (the BIC typed before the IBAN was put
 * right): when the guide reaches that step and the field still shows the value the learner
 * committed there, and that value is the right one, the step counts as done, as the learner did
 * it. Without this the guide would ask for a value already on screen, which the site does not
 * report again until it changes. Likewise a click that changed the world for good (a message
 * moved out of « Courrier indésirable »): when its target says the world shows it done
 * (`TargetSpec.doneIn`), its step counts as done on reaching it, or as soon as the world shows
 * it while the step is on screen, even after a reload.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { meetsExpect, parseExpect, sameValue } from '../lesson/expect.ts';
import type { CompiledLesson, SiteEvent } from '../lesson/types.ts';
import type { PracticeWorld } from '../lesson/world.ts';
import type { TargetRegistry } from '../sites/framework/types.ts';
import { shownTarget } from './readWhereabouts.ts';

/** The value a field or a group of choices shows now. */
function shownValue(element: HTMLElement): string | undefined {
  if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) return element.value;
  if (element instanceof HTMLTextAreaElement) return element.value;
  return element.querySelector<HTMLInputElement>('input:checked')?.value;
}

export interface DoneAheadOptions {
  lesson: Pick<CompiledLesson, 'units' | 'persona'>;
  /** The practice browser. */
  root: RefObject<HTMLElement | null>;
  /** The current unit's id. */
  current: string | null;
  world: PracticeWorld;
  /** The registry's targets: a click step whose target's `doneIn` holds counts as done. */
  targets: TargetRegistry;
  /** Reports a site event to the lesson, as the sites do. */
  emit(event: SiteEvent): void;
}

/**
 * Returns `record`, to be given every site event the learner causes; reports again, on reaching
 * a fill or choose step, the value committed ahead in its field when it is still shown and right.
 */
export function useDoneAhead({
  lesson,
  root,
  current,
  world,
  targets,
  emit,
}: DoneAheadOptions): (event: SiteEvent) => void {
  const committed = useRef(new Map<string, SiteEvent>());
  const record = useCallback((event: SiteEvent) => {
    // Not a shared control (one « Nouveau montant » for every line): its value may be another line's.
    if (event.action !== 'fill' && event.action !== 'choose') return;
    if (event.ok === false || event.byGuide || event.scope !== undefined) committed.current.delete(event.target);
    else committed.current.set(event.target, event);
  }, []);
  const worldRef = useRef(world);
  useEffect(() => {
    worldRef.current = world;
  }, [world]);
  // A click step whose effect the world already shows: done on reaching it, or as soon as the
  // world shows it (the message moved out while its step was still on « open it there »). Once per
  // step: a second world change before the step is left must not count against the next one.
  const clickedFor = useRef<string | null>(null);
  useEffect(() => {
    const unit = lesson.units.find((u) => u.id === current);
    if (unit?.kind !== 'step' || unit.action !== 'click' || clickedFor.current === unit.id) return;
    if (!targets[unit.target]?.doneIn?.(world)) return;
    clickedFor.current = unit.id;
    emit({ action: 'click', target: unit.target });
  }, [lesson, current, world, targets, emit]);
  useEffect(() => {
    const unit = lesson.units.find((u) => u.id === current);
    if (!unit || unit.kind !== 'step' || (unit.action !== 'fill' && unit.action !== 'choose')) return;
    const event = committed.current.get(unit.target);
    const element = root.current && shownTarget(root.current, unit.target);
    if (!event || event.value === undefined || !element) return;
    const value = shownValue(element);
    if (value === undefined || !sameValue(value, event.value)) return;
    const right = !unit.expect || meetsExpect(parseExpect(unit.expect), event.value, lesson.persona, worldRef.current);
    if (right) emit(event);
  }, [lesson, root, current, emit]);
  return record;
}
