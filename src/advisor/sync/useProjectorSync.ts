/**
 * The projector's side of the sync: says hello when it opens (a reload too), follows the
 * presenter's `state` messages as the protocol allows, and keeps the last one for the tab so a
 * reload shows it at once.
 */
import { useEffect, useState } from 'react';
import { keepProjector, readProjector } from './positionStore.ts';
import { openSyncChannel } from './syncChannel.ts';
import {
  helloMessage,
  projectorReceive,
  projectorSync,
  type ProjectorSync,
  type SyncPosition,
} from './syncProtocol.ts';

/** The presenter's position as this projector knows it, or `null` before the presenter speaks. */
export function useProjectorSync(session: string): SyncPosition | null {
  const [sync, setSync] = useState<ProjectorSync>(() => projectorSync(session, readProjector(session)));

  useEffect(() => {
    const channel = openSyncChannel((data) => setSync((before) => projectorReceive(before, data)));
    channel.post(helloMessage(session));
    return () => channel.close();
  }, [session]);

  useEffect(() => {
    if (sync.last) keepProjector(sync.last);
  }, [sync.last]);

  return sync.last?.position ?? null;
}
