import { beforeAll, describe, expect, it } from 'vitest';
import { createLessonActor, currentUnit } from '../../src/engine/createLessonActor.ts';
import type { LessonData } from '../../src/compiler/emit/lessonExports.ts';
import { createWorld } from '../../src/lesson/world.ts';
import type { Mode } from '../../src/lesson/types.ts';
import { compileFixture } from './compileFixture.ts';

let lesson: LessonData;
beforeAll(async () => {
  lesson = await compileFixture();
});

function start(options: { mode?: Mode; situation?: string } = {}) {
  let clock = 1_000;
  const persona = { ...lesson.persona, ...(options.situation ? { situation: options.situation } : {}) };
  const actor = createLessonActor(lesson, { mode: options.mode ?? 'guided', persona, world: () => createWorld(0), now: () => clock });
  actor.start();
  return { actor, tick: (ms: number) => (clock += ms), unit: () => currentUnit(actor.getSnapshot())?.id };
}

describe('the lesson actor', () => {
  it('starts on the first step and moves on only with the expected action', () => {
    const { actor, unit } = start();
    expect(unit()).toBe('ouvrir');
    actor.send({ type: 'SITE', action: 'click', target: 'caf.login.submit' });
    expect(unit()).toBe('ouvrir');
    expect(actor.getSnapshot().context.feedback).toEqual({ kind: 'wrong-target', unit: 'ouvrir', target: 'caf.login.submit' });
    actor.send({ type: 'SITE', action: 'click', target: 'caf.header.mon-compte' });
    expect(unit()).toBe('numero');
    expect(actor.getSnapshot().context.feedback).toBeNull();
  });

  it('matches an anticipated mistake, a wrong value and a refusal by the site', () => {
    const { actor, unit } = start();
    actor.send({ type: 'SITE', action: 'click', target: 'caf.home.faire-demande' });
    expect(actor.getSnapshot().context.feedback).toEqual({ kind: 'mistake', unit: 'ouvrir', index: 0 });
    actor.send({ type: 'SITE', action: 'click', target: 'caf.header.mon-compte' });
    actor.send({ type: 'SITE', action: 'fill', target: 'caf.login.nir', value: '2 95 10 99 126 111 93' });
    expect(actor.getSnapshot().context.feedback).toEqual({ kind: 'mistake', unit: 'numero', index: 0 });
    actor.send({ type: 'SITE', action: 'fill', target: 'caf.login.nir', value: '1234' });
    expect(actor.getSnapshot().context.feedback).toEqual({ kind: 'wrong-value', unit: 'numero' });
    actor.send({ type: 'SITE', action: 'fill', target: 'caf.login.nir', value: '2 95 10 99 126 111', ok: false });
    expect(actor.getSnapshot().context.feedback).toEqual({ kind: 'refused', unit: 'numero' });
    expect(actor.getSnapshot().context.evidence.numero!.wrongActions).toBe(3);
    actor.send({ type: 'SITE', action: 'fill', target: 'caf.login.nir', value: '2 95 10 99 126 111' });
    expect(unit()).toBe('ou-code');
    expect(actor.getSnapshot().context.siteValues['caf.login.nir']).toBe('2 95 10 99 126 111');
  });

  it('does not count a harmless action as a mistake, even when the author wrote feedback for it', () => {
    const { actor } = start();
    actor.send({ type: 'SITE', action: 'check', target: 'caf.login.show-password', neutral: true });
    expect(actor.getSnapshot().context.feedback).toBeNull();
    expect(actor.getSnapshot().context.evidence.ouvrir!.wrongActions).toBe(0);
    actor.send({ type: 'SITE', action: 'click', target: 'caf.home.faire-demande', neutral: true });
    expect(actor.getSnapshot().context.feedback).toEqual({ kind: 'mistake', unit: 'ouvrir', index: 0 });
    expect(actor.getSnapshot().context.evidence.ouvrir!.wrongActions).toBe(0);
  });

  it('keeps the feedback on a wrong value when the site then refuses the form (Enter in the field)', () => {
    const { actor } = start();
    actor.send({ type: 'SITE', action: 'click', target: 'caf.header.mon-compte' });
    actor.send({ type: 'SITE', action: 'fill', target: 'caf.login.nir', value: '295109912611193' });
    actor.send({ type: 'SITE', action: 'click', target: 'caf.login.submit', ok: false });
    expect(actor.getSnapshot().context.feedback).toEqual({ kind: 'mistake', unit: 'numero', index: 0 });
    expect(actor.getSnapshot().context.evidence.numero!.wrongActions).toBe(1);
    actor.send({ type: 'SITE', action: 'click', target: 'caf.login.submit', ok: false });
    expect(actor.getSnapshot().context.evidence.numero!.wrongActions).toBe(1);
  });

  it('climbs the hint ladder one rung at a time, no higher than the last hint', () => {
    const { actor } = start();
    actor.send({ type: 'HINT' });
    expect(actor.getSnapshot().context.hintRung).toBe(1);
    actor.send({ type: 'HINT' });
    actor.send({ type: 'HINT' });
    expect(actor.getSnapshot().context.hintRung).toBe(2);
    expect(actor.getSnapshot().context.evidence.ouvrir!.hintRung).toBe(2);
    actor.send({ type: 'SITE', action: 'click', target: 'caf.header.mon-compte' });
    expect(actor.getSnapshot().context.hintRung).toBe(0);
  });

  it('records evidence for each step: shown, advisor help, wrong actions and time', () => {
    const { actor, tick } = start();
    tick(4_000);
    actor.send({ type: 'SHOW' });
    actor.send({ type: 'SITE', action: 'click', target: 'caf.header.mon-compte' });
    actor.send({ type: 'ADVISOR_HELPED' });
    expect(actor.getSnapshot().context.evidence).toMatchObject({
      ouvrir: { unit: 'ouvrir', skill: 'se-connecter', mode: 'guided', shown: true, advisorHelped: false, hintRung: 0, wrongActions: 0, startedAt: 1_000, endedAt: 5_000, done: true },
      numero: { unit: 'numero', skill: 'trouver-identifiant', advisorHelped: true, done: false, startedAt: 5_000 },
    });
  });

  it('checks answers to a question, then follows the branch on the persona', () => {
    const { actor, unit } = start();
    actor.send({ type: 'SITE', action: 'click', target: 'caf.header.mon-compte' });
    actor.send({ type: 'SITE', action: 'fill', target: 'caf.login.nir', value: '2951099126111' });
    actor.send({ type: 'ANSWER', value: 'courrier' });
    expect(unit()).toBe('ou-code');
    expect(actor.getSnapshot().context.feedback).toEqual({ kind: 'wrong-answer', unit: 'ou-code', value: 'courrier' });
    actor.send({ type: 'ANSWER', value: 'mail' });
    expect(actor.getSnapshot().context.answers).toEqual({ 'ou-code': 'mail' });
    expect(unit()).toBe('valider'); // Léa lives alone: the couple's step is skipped
    actor.send({ type: 'SITE', action: 'click', target: 'caf.login.submit' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(currentUnit(actor.getSnapshot())).toBeUndefined();
  });

  it('takes the couple branch for a persona in a couple', () => {
    const { actor, unit } = start({ situation: 'couple' });
    actor.send({ type: 'SITE', action: 'click', target: 'caf.header.mon-compte' });
    actor.send({ type: 'SITE', action: 'fill', target: 'caf.login.nir', value: '2951099126111' });
    actor.send({ type: 'ANSWER', value: 'mail' });
    expect(unit()).toBe('type-couple');
    actor.send({ type: 'SITE', action: 'choose', target: 'caf.dtr.add.type', value: 'chomage' });
    expect(actor.getSnapshot().context.feedback).toEqual({ kind: 'wrong-value', unit: 'type-couple' });
    actor.send({ type: 'SITE', action: 'choose', target: 'caf.dtr.add.type', value: 'salaire' });
    expect(unit()).toBe('valider');
  });

  it('carries the mode from the start, counts Watch steps as shown, and can switch mode', () => {
    const { actor } = start({ mode: 'watch' });
    expect(actor.getSnapshot().context.evidence.ouvrir).toMatchObject({ mode: 'watch', shown: true });
    actor.send({ type: 'SET_MODE', mode: 'guided' });
    actor.send({ type: 'SITE', action: 'click', target: 'caf.header.mon-compte' });
    expect(actor.getSnapshot().context.evidence.ouvrir).toMatchObject({ mode: 'guided', done: true });
    expect(actor.getSnapshot().context.evidence.numero).toMatchObject({ mode: 'guided', shown: false });
  });
});
