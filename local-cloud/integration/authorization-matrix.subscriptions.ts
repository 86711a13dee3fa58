import { CONNECTION_STATE_CHANGE } from 'aws-amplify/data';
import { Hub } from 'aws-amplify/utils';
import type { Subscribable } from './authorization-matrix.attempts';

export interface OpenSubscription {
  /** AppSync acknowledged it (start_ack); false when it refused it. */
  accepted: boolean;
  /** Every item delivered so far. */
  received: unknown[];
  close(): void;
}

/**
 * Subscribes and resolves once AppSync acknowledged or refused the subscription. After a refusal the
 * client drops its socket to reconnect; this waits for that, so the next subscription gets a fresh one.
 */
export async function openSubscription(field: string, observable: Subscribable): Promise<OpenSubscription> {
  const closed = socketClosed();
  const received: unknown[] = [];
  let stopListening = (): void => undefined;
  let subscription: { unsubscribe(): void } | undefined;
  const accepted = await new Promise<boolean>((resolve) => {
    stopListening = Hub.listen('api', ({ payload }) => {
      const ack = payload as { event?: string; data?: { query?: string } };
      if (ack.event === 'Subscription ack' && new RegExp(`\\b${field}\\b`).test(ack.data?.query ?? '')) resolve(true);
    });
    subscription = observable.subscribe({ next: (item) => received.push(item), error: () => resolve(false) });
  });
  stopListening();
  if (accepted) closed.stop();
  else await closed.done;
  return { accepted, received, close: () => subscription?.unsubscribe() };
}

/** Resolves when the realtime socket is disrupted or closed (or after a few seconds, when the client kept it). */
function socketClosed(): { done: Promise<void>; stop(): void } {
  let stop = (): void => undefined;
  const done = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 5_000);
    const stopListening = Hub.listen('api', ({ payload }) => {
      const state = (payload as { data?: { connectionState?: string } }).data?.connectionState;
      if (payload.event === CONNECTION_STATE_CHANGE && (state === 'ConnectionDisrupted' || state === 'Disconnected')) resolve();
    });
    stop = () => {
      clearTimeout(timer);
      stopListening();
    };
  });
  return { done: done.finally(stop), stop: () => stop() };
}
