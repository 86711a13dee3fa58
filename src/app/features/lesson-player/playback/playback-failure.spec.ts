import { fromGraphQlError, toBackendError } from '../../../core/data/backend-call';
import { playbackFailureOf } from './playback-failure';

describe('playbackFailureOf', () => {
  it('should report a locked lesson when the message starts with Unauthorized', () => {
    expect(playbackFailureOf(fromGraphQlError({ message: 'Unauthorized: not entitled to this lesson' }))).toBe('locked');
  });

  it('should report a locked lesson when the errorType is Unauthorized', () => {
    expect(playbackFailureOf(fromGraphQlError({ errorType: 'Unauthorized', message: 'Not Authorized to access getPlayback' }))).toBe(
      'locked',
    );
  });

  it('should report a missing lesson when the message says not found', () => {
    expect(playbackFailureOf(fromGraphQlError({ message: 'NotFound: lesson abc' }))).toBe('not-found');
  });

  it('should report a video not ready when the message says so', () => {
    expect(playbackFailureOf(fromGraphQlError({ message: 'NotReady: video is PROCESSING' }))).toBe('not-ready');
  });

  it('should report a generic error when the message is unknown', () => {
    expect(playbackFailureOf(fromGraphQlError({ message: 'Lambda timed out' }))).toBe('error');
  });

  it('should report offline when the backend cannot be reached', () => {
    expect(playbackFailureOf(toBackendError(new TypeError('Failed to fetch')))).toBe('offline');
  });
});
