import type { AdminLesson } from './admin-lesson';
import { videoState } from './lesson-video-state';

type VideoFields = Parameters<typeof videoState>[0];

function video(overrides: Partial<VideoFields>): VideoFields {
  return {
    videoStatus: 'NONE',
    videoProgressPercent: null,
    videoFailureReason: null,
    durationSeconds: null,
    sourceKey: null,
    hlsPrefix: null,
    ...overrides,
  } satisfies Partial<AdminLesson>;
}

describe('videoState', () => {
  it('should offer Retry when the transcode failed and the upload is still stored', () => {
    expect(videoState(video({ videoStatus: 'FAILED', sourceKey: 'uploads/l1/a.mp4' })).canRetry).toBeTrue();
  });

  it('should not offer Retry when a failed lesson has no stored upload', () => {
    expect(videoState(video({ videoStatus: 'FAILED' })).canRetry).toBeFalse();
  });

  for (const status of ['NONE', 'UPLOADED', 'PROCESSING', 'READY'] as const) {
    it(`should not offer Retry when the video is ${status}`, () => {
      expect(videoState(video({ videoStatus: status, sourceKey: 'uploads/l1/a.mp4' })).canRetry).toBeFalse();
    });
  }

  it('should show the reason for a person when the transcode failed', () => {
    const state = videoState(video({ videoStatus: 'FAILED', videoFailureReason: 'This file is not a video we can read.' }));
    expect([state.label, state.reason]).toEqual(['Failed', 'This file is not a video we can read.']);
  });

  it('should show the percent when the transcoder reports it', () => {
    const state = videoState(video({ videoStatus: 'PROCESSING', videoProgressPercent: 42 }));
    expect([state.label, state.percent]).toEqual(['Processing 42 %', 42]);
  });

  it('should leave the percent out when the transcoder has not reported one', () => {
    const state = videoState(video({ videoStatus: 'PROCESSING' }));
    expect([state.label, state.percent]).toEqual(['Processing', null]);
  });

  it('should show the duration when the video is ready', () => {
    expect(videoState(video({ videoStatus: 'READY', durationSeconds: 245 })).label).toBe('Ready · 4:05');
  });

  it('should say the current video still plays when a replacement is processing', () => {
    expect(videoState(video({ videoStatus: 'PROCESSING', hlsPrefix: 'hls/l1/job-1/' })).playingCurrent).toBeTrue();
  });

  it('should not mention a current video when the lesson never had a ready one', () => {
    expect(videoState(video({ videoStatus: 'PROCESSING' })).playingCurrent).toBeFalse();
  });

  it('should not mention a replacement when the ready video is the current one', () => {
    expect(videoState(video({ videoStatus: 'READY', hlsPrefix: 'hls/l1/job-1/' })).playingCurrent).toBeFalse();
  });
});
