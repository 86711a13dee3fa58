import { TestBed } from '@angular/core/testing';
import { VideoEngine } from './video-engine.service';
import { STREAM_PLAYER_FACTORY } from './stream-player';
import { FakeStreamPlayerFactory } from '../testing/fake-stream-player';

const ladder = [
  { height: 360, bitrate: 800_000 },
  { height: 720, bitrate: 2_800_000 },
  { height: 540, bitrate: 1_400_000 },
];

describe('VideoEngine', () => {
  let engine: VideoEngine;
  let factory: FakeStreamPlayerFactory;
  let video: HTMLVideoElement;

  beforeEach(() => {
    factory = new FakeStreamPlayerFactory();
    TestBed.configureTestingModule({ providers: [VideoEngine, { provide: STREAM_PLAYER_FACTORY, useValue: factory }] });
    engine = TestBed.inject(VideoEngine);
    video = document.createElement('video');
  });

  afterEach(() => engine.dispose());

  it('should start hls.js at the given position when MSE is supported', () => {
    engine.load(video, 'blob:manifest', 42, false);
    expect(factory.last.startPosition).toBe(42);
  });

  it('should list Auto then each rendition from the highest when the manifest is parsed', () => {
    engine.load(video, 'blob:manifest', 0, false);
    factory.last.parseManifest(ladder);
    expect(engine.qualities().map((q) => q.label)).toEqual(['Auto', '720p', '540p', '360p']);
  });

  it('should switch hls.js to the chosen rendition when a quality is selected', () => {
    engine.load(video, 'blob:manifest', 0, false);
    factory.last.parseManifest(ladder);
    engine.selectQuality(2);
    expect(factory.last.currentLevel).toBe(2);
  });

  it('should keep the chosen rendition when a refreshed manifest is loaded', () => {
    engine.load(video, 'blob:first', 0, false);
    factory.last.parseManifest(ladder);
    engine.selectQuality(1);
    engine.load(video, 'blob:second', 12, false);
    factory.last.parseManifest(ladder);
    expect(factory.last.currentLevel).toBe(1);
  });

  it('should destroy the previous hls.js instance when a new manifest is loaded', () => {
    engine.load(video, 'blob:first', 0, false);
    const first = factory.last;
    engine.load(video, 'blob:second', 0, false);
    expect(first.destroyed).toBeTrue();
  });

  it('should label Auto with the rendition playing when adaptive', () => {
    engine.load(video, 'blob:manifest', 0, false);
    factory.last.parseManifest(ladder);
    factory.last.events.levelSwitched(1);
    expect(engine.qualityLabel()).toBe('Auto (720p)');
  });

  it('should fall back to native HLS when MSE is missing but the browser plays HLS', () => {
    factory.supported = false;
    spyOn(video, 'canPlayType').and.returnValue('maybe');
    engine.load(video, 'blob:http://localhost/manifest', 0, false);
    expect(video.getAttribute('src')).toBe('blob:http://localhost/manifest');
  });

  it('should report unsupported when neither hls.js nor native HLS can play', () => {
    factory.supported = false;
    spyOn(video, 'canPlayType').and.returnValue('');
    engine.load(video, 'blob:manifest', 0, false);
    expect(engine.state()).toBe('unsupported');
  });

  it('should ask for a fresh manifest when hls.js reports a fatal network error', () => {
    const lost = jasmine.createSpy('streamLost');
    engine.onStreamLost(lost);
    engine.load(video, 'blob:manifest', 0, false);
    factory.last.events.fatalError('network');
    expect(lost).toHaveBeenCalled();
  });

  it('should try to recover once when hls.js reports a fatal media error', () => {
    engine.load(video, 'blob:manifest', 0, false);
    factory.last.events.fatalError('media');
    expect(factory.last.recovered).toBe(1);
  });

  it('should fail rather than loop when a second fatal media error follows', () => {
    engine.load(video, 'blob:manifest', 0, false);
    factory.last.events.fatalError('media');
    factory.last.events.fatalError('media');
    expect(engine.state()).toBe('failed');
  });

  it('should destroy hls.js when disposed', () => {
    engine.load(video, 'blob:manifest', 0, false);
    engine.dispose();
    expect(factory.last.destroyed).toBeTrue();
  });
});
