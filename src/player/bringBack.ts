/**
 * The first half of « Montre-moi » when the learner strayed: follows the way back link by link
 * (`readWhereabouts`, read again after each link, since a link may land elsewhere than planned:
 * « Mon Compte » opens the login page once signed out) until the step's target is on screen.
 * There, it first follows the links of the map from that place to itself that apply (tidying the
 * page: an extra employer part removed), then, when the step's form lost what the lesson's
 * earlier steps typed, chose or ticked (a reload, « Annuler », a wrong value typed over), it does
 * those again (`fieldsBefore`). On the way, the same is done once in each place the learner is
 * in, when a field the lesson typed there was emptied or typed over (a « Suivant » it would refuse).
 * When the map knows no way with the site's flags as they are, it follows a way that ignores them
 * (`relaxed`): the answers typed again on the way open it (« Oui » instead of « Non »).
 * A box the site marked wrong that no earlier step typed is emptied (`wrongFields`).
 * When no way is known, or the place could hold the target but does
 * not show it, and the lesson uploaded files before, it brings back the button of the latest upload
 * it can, chooses that file again and does the lesson's steps after it, once (`replayBefore`).
 */
import { sameValue } from '../lesson/expect.ts';
import type { CompiledLesson, TargetId } from '../lesson/types.ts';
import { waitForTarget } from '../sites/framework/driver.ts';
import { matchesAny } from '../sites/framework/targetPattern.ts';
import type { SiteRegistry } from '../sites/framework/siteRegistry.ts';
import type { WayStep } from '../sites/framework/types.ts';
import { readWhereabouts, shownTarget, type WayBackStep } from './readWhereabouts.ts';
import { siteAttribute } from './siteAttribute.ts';

/** The most links a way back may take before the guide gives up (the CAF's longest is 7). */
export const maxLinks = 12;

export interface BringBackOptions {
  root: HTMLElement;
  goal: TargetId;
  registry: SiteRegistry;
  /** The lesson's earlier targets, latest first (see `readWhereabouts`). */
  preferred: readonly string[];
  /** Performs one action of the way (the player moves Watch mode's pointer, then drives the site). */
  perform(step: WayBackStep, element: HTMLElement): Promise<void> | void;
  /**
   * The lesson's fields before the goal (`fieldsBefore`): once the goal is on screen, those of its
   * form that do not hold their value are done again (default: none).
   */
  fields?: readonly WayStep[];
  /**
   * The lesson's steps from its first upload before the goal (`replayBefore`): when no way is
   * known, or the place could hold the goal but does not show it, they are done again once, from
   * the latest upload whose button can be brought back (default: none).
   */
  replay?: readonly WayStep[];
  /** The value an `expect` gives now (the player's `demoValue`): a field holding it is left alone. */
  expectedValue?(expect: string): string | undefined;
  /**
   * The lesson's step that opened the document the goal is in (`documentOpener`): when the goal
   * is a control of the practice viewer and the viewer is closed (a reload, another tab), that
   * step is brought back and done again, once (default: none).
   */
  opener?: WayStep;
}

const fieldActions: readonly string[] = ['fill', 'choose', 'check'];

/** The places of `target`'s site, by its map, whose targets include it. */
function placesOf(registry: SiteRegistry, target: string): string[] {
  const places = registry.site(target.slice(0, target.indexOf('.')))?.navigation?.places ?? {};
  return Object.entries(places).flatMap(([id, place]) => (matchesAny(place.targets, target) ? [id] : []));
}

/** The places a click on `target` opens, by its site's map (« Ajouter une ressource » opens its panel). */
function placesOpenedBy(registry: SiteRegistry, target: string): string[] {
  const links = registry.site(target.slice(0, target.indexOf('.')))?.navigation?.links ?? [];
  return links.flatMap((link) => {
    const last = link.steps.at(-1);
    // A link from a place to itself (« Ajouter un autre employeur ») keeps its form.
    const opens = last?.action === 'click' && !link.from.includes(link.to) && matchesAny([last.target], target);
    return opens ? [link.to] : [];
  });
}

/**
 * Every step of `lesson` before `unit` that types, chooses or ticks, latest first, one per target
 * (the latest: an answer changed back by a later step), with their values written as `expect`s.
 * The goal's own target is left out: the step itself does it. With the `registry`, a field typed
 * in a form that a later step opened again is left out too: it was another form (the payer of a
 * resource added before, not of the one being added; the first pass of a page done twice).
 */
export function fieldsBefore(lesson: Pick<CompiledLesson, 'units'>, unit: string, registry?: SiteRegistry): WayStep[] {
  const at = lesson.units.findIndex((u) => u.id === unit);
  const goal = at >= 0 ? lesson.units[at] : undefined;
  const seen = new Set<string>(goal && goal.kind !== 'question' ? [goal.target] : []);
  // The places opened again by the steps read so far (walking back from the goal).
  const reopened = new Set<string>();
  const fields: WayStep[] = [];
  for (const step of lesson.units.slice(0, Math.max(at, 0)).reverse()) {
    if (step.kind === 'question') continue;
    // A click opens a form again only from outside it (« Suivant » on a page leaves that page).
    if (registry && step.action === 'click') {
      const own = placesOf(registry, step.target);
      for (const place of placesOpenedBy(registry, step.target)) if (!own.includes(place)) reopened.add(place);
    }
    if (!fieldActions.includes(step.action) || seen.has(step.target)) continue;
    seen.add(step.target);
    if (registry && placesOf(registry, step.target).some((place) => reopened.has(place))) continue;
    const value = step.value === undefined ? step.expect : `equals:${step.value}`;
    fields.push({ action: step.action, target: step.target, ...(value === undefined ? {} : { value }) });
  }
  return fields;
}

/**
 * The steps of `lesson` from its first upload before `unit` up to the one just before `unit`, in
 * order, with their values written as `expect`s (`[]` when no upload comes before): what brings
 * back a page that only files chosen again show (a preview, « Ajouter une page »). `bringBack`
 * starts from the latest upload it can. With `done` (the units this run went through), only
 * those: not the steps of a branch the learner did not take.
 */
export function replayBefore(
  lesson: Pick<CompiledLesson, 'units'>,
  unit: string,
  done?: ReadonlySet<string>,
): WayStep[] {
  const at = lesson.units.findIndex((u) => u.id === unit);
  const steps = lesson.units
    .slice(0, Math.max(at, 0))
    .flatMap((u) => (u.kind === 'question' || (done && !done.has(u.id)) ? [] : [u]));
  const upload = steps.findIndex((step) => step.action === 'upload');
  if (upload < 0) return [];
  return steps.slice(upload).map((step) => {
    const value = step.value === undefined ? step.expect : `equals:${step.value}`;
    return { action: step.action, target: step.target, ...(value === undefined ? {} : { value }) };
  });
}

/**
 * For a step on the practice viewer (`browser.document.*`), the lesson's latest earlier step on a
 * site: the one that opened the document (« Avis d'impôt 2025 », « Télécharger l'attestation »).
 */
export function documentOpener(lesson: Pick<CompiledLesson, 'units'>, unit: string): WayStep | undefined {
  const at = lesson.units.findIndex((u) => u.id === unit);
  const goal = lesson.units[at];
  if (!goal || goal.kind === 'question' || !goal.target.startsWith('browser.document.')) return undefined;
  const opener = lesson.units
    .slice(0, at)
    .reverse()
    .find((u) => u.kind !== 'question' && !u.target.startsWith('browser.'));
  if (!opener || opener.kind === 'question') return undefined;
  const value = opener.value === undefined ? opener.expect : `equals:${opener.value}`;
  return { action: opener.action, target: opener.target, ...(value === undefined ? {} : { value }) };
}

/** Whether `element` holds `value` (ticked, for a box). */
function holds(element: HTMLElement, action: WayStep['action'], value: string | undefined): boolean {
  if (action === 'check') return (element as HTMLInputElement).checked;
  if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement)
    return sameValue(element.value, value);
  // A group of radio buttons.
  return sameValue(element.querySelector<HTMLInputElement>('input:checked')?.value ?? '', value);
}

/**
 * The lesson's fields in the form (or place) around `element` that lost their value, in the
 * lesson's order: the goal's own form, or the form a link of the way back sends (a « Suivant »
 * that a field emptied or typed over blocks).
 */
function lostFields(
  element: HTMLElement | null | undefined,
  registry: SiteRegistry,
  fields: readonly WayStep[],
  expectedValue: (expect: string) => string | undefined,
): { step: WayBackStep; element: HTMLElement }[] {
  const form = element?.closest('form, [data-place]');
  if (!form) return [];
  return [...fields].reverse().flatMap((field) => {
    const element = shownTarget(form, field.target);
    const value = field.value === undefined ? undefined : expectedValue(field.value);
    if (!element || (field.action !== 'check' && value === undefined) || holds(element, field.action, value)) return [];
    const target = field.target as TargetId;
    const label = registry.targets[target]?.label ?? target;
    return [
      {
        step: {
          action: field.action,
          target,
          ...(field.value === undefined ? {} : { value: field.value }),
          label,
          refill: true,
        },
        element,
      },
    ];
  });
}

/**
 * The boxes of the form (or place) around `element` that the site marked wrong (`aria-invalid`)
 * and that no earlier step of the lesson typed (`lostFields` does those), the goal's own box left
 * out: emptied. A learner's stray « : » in a box the lesson does not type before (a pre-filled
 * amount, after skipping a page ahead) would otherwise make the site refuse « Suivant » for good;
 * a later step types its own value there (emptying commits nothing: it does not look typed).
 */
function wrongFields(
  element: HTMLElement | null | undefined,
  registry: SiteRegistry,
  keep: ReadonlySet<string>,
): { step: WayBackStep; element: HTMLElement }[] {
  const form = element?.closest('form, [data-place]');
  if (!form) return [];
  return [...form.querySelectorAll<HTMLInputElement>('input[aria-invalid="true"], textarea[aria-invalid="true"]')]
    .filter((box) => box.closest('[hidden], [inert]') === null && box.dataset.target && !keep.has(box.dataset.target))
    .map((box) => {
      const target = box.dataset.target as TargetId;
      const label = registry.targets[target]?.label ?? target;
      return { step: { action: 'fill' as const, target, value: 'equals:', label, refill: true }, element: box };
    });
}

/** The site of `goal` as it is on screen: its panel, map, innermost place (name and element) and flags. */
function siteOnScreen(root: HTMLElement, goal: TargetId, registry: SiteRegistry) {
  const siteId = goal.slice(0, goal.indexOf('.'));
  const panel = root.querySelector<HTMLElement>(`[${siteAttribute}="${siteId}"]`) ?? root;
  const navigation = registry.site(siteId)?.navigation;
  const placeElement = [...panel.querySelectorAll<HTMLElement>('[data-place]')]
    .filter((element) => element.closest('[hidden], [inert]') === null)
    .at(-1);
  const flags = (panel.querySelector<HTMLElement>('[data-flags]')?.dataset.flags ?? '').split(' ');
  return { panel, navigation, place: placeElement?.dataset.place, placeElement, flags };
}

/** Whether the place where the learner is could hold `goal` (by the map), though it may not show it. */
function placeHolds(root: HTMLElement, goal: TargetId, registry: SiteRegistry): boolean {
  const { navigation, place } = siteOnScreen(root, goal, registry);
  return place !== undefined && matchesAny(navigation?.places[place]?.targets ?? [], goal);
}

/**
 * The first link of the site's map from the place where the learner is to that same place whose
 * flags apply (`when` all on, `unless` all off) and that takes one of them (it puts the page
 * right), as actions on targets on screen; `null` when none.
 */
function tidying(
  root: HTMLElement,
  goal: TargetId,
  registry: SiteRegistry,
): { step: WayBackStep; element: HTMLElement }[] | null {
  const { panel, navigation, place, flags } = siteOnScreen(root, goal, registry);
  if (!navigation || place === undefined) return null;
  for (const link of navigation.links) {
    // Only a link that changes the page's state (takes a flag it has): not a stepper's own step.
    if (link.to !== place || !link.from.includes(place)) continue;
    if (!(link.takes ?? []).some((flag) => flags.includes(flag))) continue;
    if (!(link.when ?? []).every((flag) => flags.includes(flag))) continue;
    if ((link.unless ?? []).some((flag) => flags.includes(flag))) continue;
    const steps = link.steps.flatMap((step) => {
      const element = shownTarget(panel, step.target);
      if (!element) return [];
      const target = step.target as TargetId;
      const label = registry.targets[target]?.label ?? target;
      return [
        {
          step: { action: step.action, target, ...(step.value === undefined ? {} : { value: step.value }), label },
          element,
        },
      ];
    });
    if (steps.length > 0) return steps;
  }
  return null;
}

/**
 * Whether what the lesson uploaded before the goal is gone from the goal's form: the button of its
 * first upload, shown only while no file is chosen (« Parcourir »), is on screen beside the goal.
 */
function uploadsGone(root: HTMLElement, goal: TargetId, replay: readonly WayStep[]): boolean {
  const first = replay.find((step) => step.action === 'upload');
  if (!first || first.target === goal) return false;
  const form = shownTarget(root, goal)?.closest('form, [data-place]');
  const button = shownTarget(root, first.target);
  return form !== null && form !== undefined && button !== null && form.contains(button);
}

/** Lets the site react (a lazily loaded tab, a re-render) before reading the page again. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Does each action of `steps` in turn, letting the site react after each; `true` when any was
 * done. A box an earlier action took off the page (a date asked only after « Oui ») is skipped.
 */
async function refill(
  root: HTMLElement,
  steps: readonly { step: WayBackStep; element: HTMLElement }[],
  perform: BringBackOptions['perform'],
): Promise<boolean> {
  let done = false;
  for (const { step } of steps) {
    const element = shownTarget(root, step.target);
    if (!element) continue;
    await perform(step, element);
    await settle();
    done = true;
  }
  return done;
}

/**
 * Does `replay` again from its latest upload whose button is on screen or can be brought back by
 * the map (trying earlier uploads when it cannot): the file chosen again, then the steps after it.
 */
async function replayFrom(options: BringBackOptions & { replay: readonly WayStep[] }) {
  const { root, registry, perform, replay } = options;
  const starts = replay.flatMap((step, i) => (step.action === 'upload' ? [i] : [])).reverse();
  for (const start of starts) {
    const first = replay[start]?.target as TargetId;
    const where = readWhereabouts(root, first, registry, options.preferred);
    const reachable = where.status === 'here' || (where.status === 'away' && !placeHolds(root, first, registry));
    if (!reachable || !(await bringBack({ ...options, goal: first, replay: [] }))) continue;
    for (const again of replay.slice(start)) {
      const element = shownTarget(root, again.target) ?? (await waitForTarget(root, again.target));
      if (!element) return;
      const target = again.target as TargetId;
      const label = registry.targets[target]?.label ?? target;
      const value = again.value === undefined ? {} : { value: again.value };
      await perform({ action: again.action, target, label, refill: true, ...value }, element);
      await settle();
    }
    return;
  }
}

/** Brings `goal` on screen; resolves `true` once it is, `false` when no way is known. */
export async function bringBack({
  root,
  goal,
  registry,
  preferred,
  perform,
  fields = [],
  replay = [],
  expectedValue = () => undefined,
  opener,
}: BringBackOptions): Promise<boolean> {
  let replayed = false;
  let reopened = false;
  // The places where the learner's form was put right already (once each).
  const repaired = new Set<string>();
  // The boxes `wrongFields` leaves alone: those earlier steps typed, and the goal's own.
  const kept = new Set<string>([goal, ...fields.map((field) => field.target)]);
  for (let link = 0; link <= maxLinks; link++) {
    // The practice viewer was closed: open the document again from the site.
    if (opener && !reopened && goal.startsWith('browser.document.') && !shownTarget(root, goal)) {
      reopened = true;
      const options = { root, registry, preferred, perform, fields, expectedValue };
      if (!(await bringBack({ ...options, goal: opener.target as TargetId }))) return false;
      const element = shownTarget(root, opener.target);
      if (!element) return false;
      const target = opener.target as TargetId;
      const value = opener.value === undefined ? {} : { value: opener.value };
      await perform(
        { action: opener.action, target, label: registry.targets[target]?.label ?? target, ...value },
        element,
      );
      await settle();
      if ((await waitForTarget(root, goal)) !== null) return true;
      continue;
    }
    let whereabouts = readWhereabouts(root, goal, registry, preferred);
    // A site still loading: give it the time the driver gives any target.
    if (whereabouts.status === 'unknown' && (await waitForTarget(root, goal)) !== null)
      whereabouts = readWhereabouts(root, goal, registry, preferred);
    if (whereabouts.status === 'here') {
      for (let tidied = 0, steps = tidying(root, goal, registry); steps && tidied < maxLinks; tidied++) {
        await refill(root, steps, perform);
        steps = tidying(root, goal, registry);
      }
      const form = shownTarget(root, goal);
      await refill(
        root,
        [...lostFields(form, registry, fields, expectedValue), ...wrongFields(form, registry, kept)],
        perform,
      );
      // The files chosen before were all removed (the first upload's button is back beside the
      // goal): choose them again, and do the steps after them, once.
      if (!replayed && uploadsGone(root, goal, replay)) {
        replayed = true;
        await replayFrom({ root, goal, registry, preferred, perform, fields, replay, expectedValue });
        continue;
      }
      return shownTarget(root, goal) !== null;
    }
    // No way known, or the place could hold the goal but does not show it: when the lesson's
    // latest upload can be done here, the file is chosen again and the steps after it done again
    // (a file dropped at its preview, a sending made before its last page was added).
    // A form the learner left wrong (a field the lesson typed, emptied or typed over) can hide
    // the way on (« Suivant » refused): the lesson's values are typed again there first, once.
    const place = siteOnScreen(root, goal, registry).place ?? '';
    if (!repaired.has(place)) {
      repaired.add(place);
      const way = whereabouts.status === 'away' ? whereabouts.steps : [];
      const first = way[0] && shownTarget(root, way[0].target);
      const own = new Set(way.map((step) => step.target as string));
      const here = first ?? siteOnScreen(root, goal, registry).placeElement;
      const lost = [...lostFields(here, registry, fields, expectedValue), ...wrongFields(here, registry, kept)].filter(
        ({ step }) => !own.has(step.target),
      );
      if (await refill(root, lost, perform)) continue;
    }
    const stuck = whereabouts.status === 'lost' || (whereabouts.status === 'away' && placeHolds(root, goal, registry));
    if (stuck && !replayed && replay.length > 0) {
      replayed = true;
      await replayFrom({ root, goal, registry, preferred, perform, fields, replay, expectedValue });
      continue;
    }
    // No way with the site as it is: a link that the lesson's own answers open (« Oui » chosen
    // again, an employer's name typed again) is followed, and those answers are typed again at the
    // place it leads to.
    if (whereabouts.status === 'lost')
      whereabouts = readWhereabouts(root, goal, registry, preferred, { relaxed: true });
    if (whereabouts.status !== 'away') return false;
    for (const step of whereabouts.steps) {
      const element = shownTarget(root, step.target) ?? (await waitForTarget(root, step.target));
      if (!element) return false;
      await perform(step, element);
      await settle();
    }
  }
  return shownTarget(root, goal) !== null;
}
