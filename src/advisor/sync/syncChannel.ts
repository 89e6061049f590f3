/**
 * The thin adapter between the protocol and the browser: a `BroadcastChannel` shared by the
 * presenter and projector windows of this origin (no server). Where the browser has none, sending
 * does nothing and nothing arrives.
 */
import type { SyncMessage } from './syncProtocol.ts';

/** The channel's name: one for every session (messages name theirs). */
export const syncChannelName = 'pas-a-pas.advisor.sync';

/** An open channel. */
export interface SyncChannel {
  post(message: SyncMessage): void;
  close(): void;
}

/** Opens the channel; `onData` receives whatever other windows post (checked by the protocol, not here). */
export function openSyncChannel(onData: (data: unknown) => void): SyncChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(syncChannelName);
  channel.onmessage = (event: MessageEvent) => onData(event.data);
  return {
    post: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}
