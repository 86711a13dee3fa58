import { Injectable } from '@angular/core';
import { CONNECTION_STATE_CHANGE, ConnectionState } from 'aws-amplify/data';
import { Hub } from 'aws-amplify/utils';

/** 'down' while the realtime socket is disrupted (Amplify keeps reconnecting on its own), 'up' once connected again. */
export type RealtimeHealth = 'up' | 'down';

const DOWN: readonly string[] = [ConnectionState.ConnectionDisrupted, ConnectionState.ConnectionDisruptedPendingNetwork];

/** Amplify's realtime connection state, as reported on the Hub's 'api' channel. */
@Injectable({ providedIn: 'root' })
export class RealtimeConnection {
  /** Calls `listener` on every change between up and down; returns the function that stops listening. */
  watch(listener: (health: RealtimeHealth) => void): () => void {
    return Hub.listen('api', ({ payload }) => {
      if (payload.event !== CONNECTION_STATE_CHANGE) return;
      const state = (payload.data as { connectionState?: string } | undefined)?.connectionState;
      if (state === ConnectionState.Connected) listener('up');
      else if (state && DOWN.includes(state)) listener('down');
    });
  }
}
