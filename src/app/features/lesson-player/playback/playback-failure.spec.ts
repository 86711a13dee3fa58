import { classifyPlaybackErrors, errorsOf } from './playback-failure';

describe('classifyPlaybackErrors', () => {
  it('should report a locked lesson when the message starts with Unauthorized', () => {
    expect(classifyPlaybackErrors([{ message: 'Unauthorized: not entitled to this lesson' }])).toBe('locked');
  });

  it('should report a locked lesson when the errorType is Unauthorized', () => {
    expect(classifyPlaybackErrors([{ errorType: 'Unauthorized', message: 'Not Authorized to access getPlayback' }])).toBe('locked');
  });

  it('should report a missing lesson when the message says not found', () => {
    expect(classifyPlaybackErrors([{ message: 'NotFound: lesson abc' }])).toBe('not-found');
  });

  it('should report a video not ready when the message says so', () => {
    expect(classifyPlaybackErrors([{ message: 'NotReady: video is PROCESSING' }])).toBe('not-ready');
  });

  it('should report a generic error when the message is unknown', () => {
    expect(classifyPlaybackErrors([{ message: 'Lambda timed out' }])).toBe('error');
  });
});

describe('errorsOf', () => {
  it('should read the GraphQL errors when the client threw a result object', () => {
    expect(errorsOf({ data: null, errors: [{ message: 'Unauthorized' }] })).toEqual([{ message: 'Unauthorized' }]);
  });

  it('should wrap a thrown Error when it carries no GraphQL errors', () => {
    expect(errorsOf(new TypeError('Failed to fetch'))[0].message).toBe('Failed to fetch');
  });
});
