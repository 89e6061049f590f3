// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { createLessonActor, currentUnit } from '../../src/engine/createLessonActor.ts';
import type { LessonData } from '../../src/compiler/emit/lessonExports.ts';
import { createWorld } from '../../src/lesson/world.ts';
import type { Mode } from '../../src/lesson/types.ts';
import type { UnitEvidence } from '../../src/engine/evidence.ts';
import type { LessonEvent } from '../../src/engine/lessonMachine.ts';
import { compileFixture } from './compileFixture.ts';

let lesson: LessonData;
beforeAll(async () => {
  lesson = await compileFixture();
});

function start(options: { mode?: Mode; situation?: string } = {}) {
  let clock = 1_000;
  const persona = { ...lesson.persona, ...(options.situation ? { situation: options.situation } : {}) };
  const actor = createLessonActor(lesson, {
    mode: options.mode ?? 'guided',
    persona,
    world: createWorld(0),
    startedAt: clock,
  });
  const reported: Record<string, UnitEvidence> = {};
  actor.on('evidence', ({ evidence }) => void (reported[evidence.unit] = evidence));
  actor.start();
  return {
    actor,
    /** Sends an event stamped with the test's clock, as the player stamps its events. */
    send: (event: LessonEvent) => actor.send({ ...event, at: clock }),
    tick: (ms: number) => (clock += ms),
    unit: () => currentUnit(actor.getSnapshot())?.id,
    /** The evidence reported so far, with the current unit's as it stands. */
    evidence: (): Record<string, UnitEvidence> => {
      const current = actor.getSnapshot().context.unitEvidence;
      return current && !current.done ? { ...reported, [current.unit]: current } : { ...reported };
    },
  };
}

describe('the lesson actor', () => {
  it('starts on the first step and moves on only with the expected action', () => {
    const { actor, send, unit } = start();
    expect(unit()).toBe('ouvrir');
    send({ type: 'SITE', action: 'click', target: 'caf.login.submit' });
    expect(unit()).toBe('ouvrir');
    expect(actor.getSnapshot().context.feedback).toEqual({
      kind: 'wrong-target',
      unit: 'ouvrir',
      target: 'caf.login.submit',
    });
    send({ type: 'SITE', action: 'click', target: 'caf.header.mon-compte' });
    expect(unit()).toBe('numero');
    expect(actor.getSnapshot().context.feedback).toBeNull();
  });

  it('matches an anticipated mistake, a wrong value and a refusal by the site', () => {
    const { actor, send, evidence, unit } = start();
    send({ type: 'SITE', action: 'click', target: 'caf.home.faire-demande' });
    expect(actor.getSnapshot().context.feedback).toEqual({ kind: 'mistake', unit: 'ouvrir', index: 0 });
    send({ type: 'SITE', action: 'click', target: 'caf.header.mon-compte' });
    send({ type: 'SITE', action: 'fill', target: 'caf.login.nir', value: '2 95 10 99 126 111 93' });
    expect(actor.getSnapshot().context.feedback).toEqual({ kind: 'mistake', unit: 'numero', index: 0 });
    send({ type: 'SITE', action: 'fill', target: 'caf.login.nir', value: '1234' });
    expect(actor.getSnapshot().context.feedback).toEqual({ kind: 'wrong-value', unit: 'numero' });
    send({ type: 'SITE', action: 'fill', target: 'caf.login.nir', value: '2 95 10 99 126 111', ok: false });
    expect(actor.getSnapshot().context.feedback).toEqual({ kind: 'refused', unit: 'numero' });
    expect(evidence().numero!.wrongActions).toBe(3);
    send({ type: 'SITE', action: 'fill', target: 'caf.login.nir', value: '2 95 10 99 126 111' });
    expect(unit()).toBe('ou-code');
    expect(actor.getSnapshot().context.siteValues['caf.login.nir']).toBe('2 95 10 99 126 111');
  });

  it('does not count a harmless action as a mistake, even when the author wrote feedback for it', () => {
    const { actor, send, evidence } = start();
    send({ type: 'SITE', action: 'check', target: 'caf.login.show-password', neutral: true });
    expect(actor.getSnapshot().context.feedback).toBeNull();
    expect(evidence().ouvrir!.wrongActions).toBe(0);
    send({ type: 'SITE', action: 'click', target: 'caf.home.faire-demande', neutral: true });
    expect(actor.getSnapshot().context.feedback).toEqual({ kind: 'mistake', unit: 'ouvrir', index: 0 });
    expect(evidence().ouvrir!.wrongActions).toBe(0);
  });

  it('keeps the feedback on a wrong value when the site then refuses the form (Enter in the field)', () => {
    const { actor, send, evidence } = start();
    send({ type: 'SITE', action: 'click', target: 'caf.header.mon-compte' });
    send({ type: 'SITE', action: 'fill', target: 'caf.login.nir', value: '295109912611193' });
    send({ type: 'SITE', action: 'click', target: 'caf.login.submit', ok: false });
    expect(actor.getSnapshot().context.feedback).toEqual({ kind: 'mistake', unit: 'numero', index: 0 });
    expect(evidence().numero!.wrongActions).toBe(1);
    send({ type: 'SITE', action: 'click', target: 'caf.login.submit', ok: false });
    expect(evidence().numero!.wrongActions).toBe(1);
  });

  it('climbs the hint ladder one rung at a time, no higher than the last hint', () => {
    const { actor, send, evidence } = start();
    send({ type: 'HINT' });
    expect(actor.getSnapshot().context.hintRung).toBe(1);
    send({ type: 'HINT' });
    send({ type: 'HINT' });
    expect(actor.getSnapshot().context.hintRung).toBe(2);
    expect(evidence().ouvrir!.hintRung).toBe(2);
    send({ type: 'SITE', action: 'click', target: 'caf.header.mon-compte' });
    expect(actor.getSnapshot().context.hintRung).toBe(0);
  });

  it('records evidence for each step: shown, advisor help, wrong actions and time', () => {
    const { send, evidence, tick } = start();
    tick(4_000);
    send({ type: 'SHOW' });
    send({ type: 'SITE', action: 'click', target: 'caf.header.mon-compte' });
    send({ type: 'ADVISOR_HELPED' });
    expect(evidence()).toMatchObject({
      ouvrir: {
        unit: 'ouvrir',
        skill: 'se-connecter',
        mode: 'guided',
        shown: true,
        advisorHelped: false,
        hintRung: 0,
        wrongActions: 0,
        startedAt: 1_000,
        endedAt: 5_000,
        done: true,
      },
      numero: { unit: 'numero', skill: 'trouver-identifiant', advisorHelped: true, done: false, startedAt: 5_000 },
    });
  });

  it('checks answers to a question, then follows the branch on the persona', () => {
    const { actor, send, unit } = start();
    send({ type: 'SITE', action: 'click', target: 'caf.header.mon-compte' });
    send({ type: 'SITE', action: 'fill', target: 'caf.login.nir', value: '2951099126111' });
    send({ type: 'ANSWER', value: 'courrier' });
    expect(unit()).toBe('ou-code');
    expect(actor.getSnapshot().context.feedback).toEqual({ kind: 'wrong-answer', unit: 'ou-code', value: 'courrier' });
    send({ type: 'ANSWER', value: 'mail' });
    expect(actor.getSnapshot().context.answers).toEqual({ 'ou-code': 'mail' });
    expect(unit()).toBe('valider'); // Léa lives alone: the couple's step is skipped
    send({ type: 'SITE', action: 'click', target: 'caf.login.submit' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(currentUnit(actor.getSnapshot())).toBeUndefined();
  });

  it('takes the couple branch for a persona in a couple', () => {
    const { actor, send, unit } = start({ situation: 'couple' });
    send({ type: 'SITE', action: 'click', target: 'caf.header.mon-compte' });
    send({ type: 'SITE', action: 'fill', target: 'caf.login.nir', value: '2951099126111' });
    send({ type: 'ANSWER', value: 'mail' });
    expect(unit()).toBe('type-couple');
    send({ type: 'SITE', action: 'choose', target: 'caf.dtr.add.type', value: 'chomage' });
    expect(actor.getSnapshot().context.feedback).toEqual({ kind: 'wrong-value', unit: 'type-couple' });
    send({ type: 'SITE', action: 'choose', target: 'caf.dtr.add.type', value: 'salaire' });
    expect(unit()).toBe('valider');
  });

  it('carries the mode from the start, counts Watch steps as shown, and can switch mode', () => {
    const { send, evidence } = start({ mode: 'watch' });
    expect(evidence().ouvrir).toMatchObject({ mode: 'watch', shown: true });
    send({ type: 'SET_MODE', mode: 'guided' });
    send({ type: 'SITE', action: 'click', target: 'caf.header.mon-compte' });
    expect(evidence().ouvrir).toMatchObject({ mode: 'guided', done: true });
    expect(evidence().numero).toMatchObject({ mode: 'guided', shown: false });
  });

  it('reports the evidence of each unit once, when it ends, in the order the learner did them', () => {
    const { actor, send } = start();
    const reports: string[] = [];
    actor.on('evidence', ({ evidence }) => reports.push(`${evidence.unit}:${evidence.done}`));
    send({ type: 'HINT' });
    expect(reports).toEqual([]);
    send({ type: 'SITE', action: 'click', target: 'caf.header.mon-compte' });
    send({ type: 'SITE', action: 'fill', target: 'caf.login.nir', value: '2951099126111' });
    send({ type: 'ANSWER', value: 'courrier' });
    send({ type: 'ANSWER', value: 'mail' });
    send({ type: 'SITE', action: 'click', target: 'caf.login.submit' });
    expect(reports).toEqual(['ouvrir:true', 'numero:true', 'ou-code:true', 'valider:true']);
  });

  it('takes another route to the same place (`also`) as the step, and records which one', async () => {
    const step = '<Step id="ouvrir" skill="se-connecter" action="click" target="caf.header.mon-compte"';
    const routes = await compileFixture('mini', (source) =>
      source
        .replace(step, `${step} also="caf.home.faire-demande"`)
        .replace(/\n.*<Mistake on="caf.home.faire-demande">.*/, ''),
    );
    const actor = createLessonActor(routes, {
      mode: 'guided',
      persona: routes.persona,
      world: createWorld(0),
      startedAt: 0,
    });
    const reported: UnitEvidence[] = [];
    actor.on('evidence', ({ evidence }) => void reported.push(evidence));
    actor.start();
    actor.send({ type: 'SITE', action: 'click', target: 'caf.login.submit', at: 1 });
    expect(currentUnit(actor.getSnapshot())?.id).toBe('ouvrir');
    actor.send({ type: 'SITE', action: 'click', target: 'caf.home.faire-demande', at: 2 });
    expect(currentUnit(actor.getSnapshot())?.id).toBe('numero');
    expect(reported[0]).toMatchObject({ unit: 'ouvrir', done: true, wrongActions: 1, route: 'caf.home.faire-demande' });
    // The step's own target records no route.
    const { send, evidence } = start();
    send({ type: 'SITE', action: 'click', target: 'caf.header.mon-compte' });
    expect(evidence().ouvrir).not.toHaveProperty('route');
  });

  it('keeps only data in its context, so a run can be saved and restored as JSON', () => {
    const { actor, send } = start();
    send({ type: 'SITE', action: 'click', target: 'caf.header.mon-compte' });
    send({ type: 'SET_MODE', mode: 'alone' });
    const snapshot = actor.getPersistedSnapshot();
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
    const restored = createLessonActor(
      lesson,
      { mode: 'guided', persona: lesson.persona, world: createWorld(0), startedAt: 0 },
      JSON.parse(JSON.stringify(snapshot)),
    );
    restored.start();
    expect(currentUnit(restored.getSnapshot())?.id).toBe('numero');
    expect(restored.getSnapshot().context.mode).toBe('alone');
  });

  it('judges a value against the practice world the WORLD events bring (a code sent during the run)', async () => {
    const otpLesson = await compileFixture('mini', (source) =>
      source.replace('expect="persona:nir13"', 'expect="rule:otp"'),
    );
    const actor = createLessonActor(otpLesson, {
      mode: 'guided',
      persona: otpLesson.persona,
      world: createWorld(0),
      startedAt: 0,
    });
    actor.start();
    actor.send({ type: 'SITE', action: 'click', target: 'caf.header.mon-compte' });
    actor.send({ type: 'SITE', action: 'fill', target: 'caf.login.nir', value: '123456' });
    expect(currentUnit(actor.getSnapshot())?.id).toBe('numero');
    actor.send({ type: 'WORLD', world: { ...createWorld(0), otp: '123456', otpSentAt: 0 } });
    actor.send({ type: 'SITE', action: 'fill', target: 'caf.login.nir', value: '123 456' });
    expect(currentUnit(actor.getSnapshot())?.id).toBe('ou-code');
  });
});
