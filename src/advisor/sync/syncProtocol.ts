/**
 * The presenter ↔ projector protocol, as pure functions (no channel, no storage): the messages,
 * their checking, what the projector keeps of them, and what the presenter answers.
 * - `hello`: a projector that opens (or reloads) asks for the position;
 * - `state`: the presenter's position, with a revision that grows at each move.
 * A message for another session, a malformed one, or a `state` older than the last one kept
 * from the same presenter is ignored.
 */
import { z } from 'zod';

/** Where the presenter is: the segment (index from 0), and in a lesson segment the unit index of the lesson's step (0 otherwise). */
export interface SyncPosition {
  segment: number;
  step: number;
}

const position = z.object({ segment: z.number().int().min(0), step: z.number().int().min(0) });

const message = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), session: z.string().min(1) }),
  z.object({
    type: z.literal('state'),
    session: z.string().min(1),
    /** One id per presenter tab: a new presenter (another tab, a wiped one) starts its own revisions. */
    presenter: z.string().min(1),
    revision: z.number().int().min(0),
    position,
  }),
]);

/** A message between the presenter and the projector. */
export type SyncMessage = z.infer<typeof message>;
export type HelloMessage = Extract<SyncMessage, { type: 'hello' }>;
export type StateMessage = Extract<SyncMessage, { type: 'state' }>;

/** The message as sent, or `null` when it is not one of ours (malformed, unknown type). */
export function readMessage(data: unknown): SyncMessage | null {
  const parsed = message.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** What a projector opening on `session` says. */
export function helloMessage(session: string): HelloMessage {
  return { type: 'hello', session };
}

/** The presenter's position as it sends it. */
export function stateMessage(session: string, presenter: string, revision: number, at: SyncPosition): StateMessage {
  return { type: 'state', session, presenter, revision, position: { segment: at.segment, step: at.step } };
}

/** What the projector keeps: the last state it followed (none until the presenter speaks). */
export interface ProjectorSync {
  session: string;
  last: StateMessage | null;
}

/** A projector of `session` that has heard nothing yet (or what it kept before a reload). */
export function projectorSync(session: string, kept: StateMessage | null = null): ProjectorSync {
  return { session, last: kept && kept.session === session ? kept : null };
}

/**
 * The projector's state after `data` arrives: a `state` of its session, newer than the last one
 * from the same presenter, or from another presenter (the last one to speak leads). Anything
 * else leaves it as it was (the same object).
 */
export function projectorReceive(sync: ProjectorSync, data: unknown): ProjectorSync {
  const received = readMessage(data);
  if (received?.type !== 'state' || received.session !== sync.session) return sync;
  const { last } = sync;
  if (last && last.presenter === received.presenter && received.revision <= last.revision) return sync;
  return { ...sync, last: received };
}

/** The presenter's answer to `data`: its state to a projector of its session saying hello, else nothing. */
export function presenterReply(current: StateMessage, data: unknown): StateMessage | null {
  const received = readMessage(data);
  return received?.type === 'hello' && received.session === current.session ? current : null;
}
