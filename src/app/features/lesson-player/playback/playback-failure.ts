import type { BackendError } from '../../../core/data/backend-call';

/** Why a lesson cannot be played; each maps to a message instead of a broken player. */
export type PlaybackFailure = 'locked' | 'not-found' | 'not-ready' | 'offline' | 'unsupported' | 'error';

/** Why getPlayback failed, from the one error every backend call becomes ("Unauthorized: not entitled …" → locked). */
export function playbackFailureOf(error: BackendError): PlaybackFailure {
  switch (error.kind) {
    case 'unauthorized':
      return 'locked';
    case 'not-ready':
      return 'not-ready';
    case 'not-found':
      return 'not-found';
    case 'network':
      return 'offline';
    default:
      return 'error';
  }
}

export const failureMessages: Readonly<Record<PlaybackFailure, string>> = {
  locked: $localize`:@@player.failure.locked:This lesson is part of a course you have not unlocked yet.`,
  'not-found': $localize`:@@player.failure.notFound:This lesson could not be found. It may have been removed or unpublished.`,
  'not-ready': $localize`:@@player.failure.notReady:The video for this lesson is still being prepared. Please check back in a few minutes.`,
  // Lessons are never kept for offline use: playback always asks the backend, and media is never cached.
  offline: $localize`:@@player.failure.offline:You're offline — this lesson needs a connection. Reconnect, then try again.`,
  unsupported: $localize`:@@player.failure.unsupported:This browser cannot play streaming video. Please try a current version of Chrome, Edge, Firefox or Safari.`,
  error: $localize`:@@player.failure.error:The video could not be loaded. Please try again.`,
};
