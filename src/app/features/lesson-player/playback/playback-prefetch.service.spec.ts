import { TestBed } from '@angular/core/testing';
import { DataClientService } from '../../../core/data/data-client';
import { FakeDataClient, fakeDataClient } from '../testing/fake-data-client.spec';
import { PREFETCH_FRESH_MS, PlaybackPrefetch } from './playback-prefetch.service';
import { STREAM_PLAYER_FACTORY, type StreamPlayerFactory } from './stream-player';

const playback = { lessonId: 'l1', manifest: '#EXTM3U\n', expiresAt: '2099-01-01T00:00:00.000Z' };

describe('PlaybackPrefetch', () => {
  let fake: FakeDataClient;
  let player: jasmine.SpyObj<StreamPlayerFactory>;
  let prefetch: PlaybackPrefetch;

  beforeEach(() => {
    fake = fakeDataClient('apiKey');
    player = jasmine.createSpyObj<StreamPlayerFactory>('StreamPlayerFactory', ['prepare', 'isSupported', 'create']);
    player.prepare.and.resolveTo();
    TestBed.configureTestingModule({
      providers: [{ provide: DataClientService, useValue: fake.service }, { provide: STREAM_PLAYER_FACTORY, useValue: player }],
    });
    prefetch = TestBed.inject(PlaybackPrefetch);
  });

  afterEach(() => jasmine.clock().uninstall());

  it('should load the player library once and ask for the manifest with the caller auth mode', () => {
    fake.queries['getPlayback'].and.resolveTo({ data: playback });
    prefetch.prefetch('l1');
    prefetch.prefetch('l2');
    expect(player.prepare).toHaveBeenCalledTimes(1);
    expect(fake.queries['getPlayback']).toHaveBeenCalledWith({ lessonId: 'l1' }, { authMode: 'apiKey' });
    expect(fake.queries['getPlayback']).toHaveBeenCalledWith({ lessonId: 'l2' }, { authMode: 'apiKey' });
  });

  it('should ask the backend once for repeated intent and hand the manifest over exactly once', async () => {
    fake.queries['getPlayback'].and.resolveTo({ data: playback });
    prefetch.prefetch('l1');
    prefetch.prefetch('l1');
    expect(fake.queries['getPlayback']).toHaveBeenCalledTimes(1);
    expect(await prefetch.take('l1')).toEqual(playback);
    expect(prefetch.take('l1')).toBeUndefined();
  });

  it('should have nothing for a lesson nobody showed intent for', () => {
    expect(prefetch.take('l1')).toBeUndefined();
    expect(fake.queries['getPlayback']).not.toHaveBeenCalled();
  });

  it('should not hand over a manifest asked for too long ago', () => {
    jasmine.clock().install();
    jasmine.clock().mockDate(new Date('2026-01-01T00:00:00Z'));
    fake.queries['getPlayback'].and.resolveTo({ data: playback });
    prefetch.prefetch('l1');
    jasmine.clock().tick(PREFETCH_FRESH_MS + 1);
    expect(prefetch.take('l1')).toBeUndefined();
  });

  it('should forget a failed prefetch so the lesson page asks again', async () => {
    fake.queries['getPlayback'].and.resolveTo({ data: null, errors: [{ message: 'Unauthorized: not entitled to this lesson', errorType: 'Unauthorized' }] });
    prefetch.prefetch('l1');
    await new Promise((resolve) => setTimeout(resolve));
    expect(prefetch.take('l1')).toBeUndefined();
  });
});
