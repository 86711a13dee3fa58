import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { DataClientService } from '../../../core/data/data-client';
import { FakeDataClient, fakeDataClient } from '../testing/fake-data-client.spec';
import { LessonPlayback } from './lesson-playback.service';
import { PlaybackPrefetch } from './playback-prefetch.service';

const manifest = '#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=800000\ndata:application/vnd.apple.mpegurl;base64,AAAA\n';

describe('LessonPlayback', () => {
  let fake: FakeDataClient;
  let router: jasmine.SpyObj<Router>;
  let playback: LessonPlayback;

  beforeEach(() => {
    fake = fakeDataClient('apiKey');
    router = jasmine.createSpyObj<Router>('Router', ['navigate']);
    router.navigate.and.resolveTo(true);
    TestBed.configureTestingModule({
      providers: [LessonPlayback, { provide: DataClientService, useValue: fake.service }, { provide: Router, useValue: router }],
    });
    playback = TestBed.inject(LessonPlayback);
  });

  afterEach(() => playback.ngOnDestroy());

  function respond(expiresInMs: number): void {
    fake.queries['getPlayback'].and.resolveTo({
      data: { lessonId: 'l1', manifest, expiresAt: new Date(Date.now() + expiresInMs).toISOString() },
    });
  }

  it('should ask for the lesson with the caller auth mode when opened', async () => {
    respond(3_600_000);
    await playback.open('c1', 'l1');
    expect(fake.queries['getPlayback']).toHaveBeenCalledWith({ lessonId: 'l1' }, { authMode: 'apiKey' });
  });

  it('should play the manifest prefetched on intent without asking the backend again', async () => {
    const take = spyOn(TestBed.inject(PlaybackPrefetch), 'take').and.returnValue(
      Promise.resolve({ manifest, expiresAt: new Date(Date.now() + 3_600_000).toISOString() }),
    );
    const url = await playback.open('c1', 'l1');
    expect(take).toHaveBeenCalledWith('l1');
    expect(fake.queries['getPlayback']).not.toHaveBeenCalled();
    expect(await (await fetch(url ?? '')).text()).toBe(manifest);
  });

  it('should resolve with a blob: URL serving the manifest text when the lesson is playable', async () => {
    respond(3_600_000);
    const url = await playback.open('c1', 'l1');
    expect(await (await fetch(url ?? '')).text()).toBe(manifest);
  });

  it('should send the user to the course page with the locked lesson when not entitled', async () => {
    fake.queries['getPlayback'].and.resolveTo({
      data: null,
      errors: [{ message: 'Unauthorized: not entitled to this lesson', errorType: 'Unauthorized' }],
    });
    await playback.open('c1', 'l1');
    expect(router.navigate).toHaveBeenCalledWith(['/courses', 'c1'], { queryParams: { locked: 'l1' }, replaceUrl: true });
  });

  it('should send the user to the course page when the client throws an Unauthorized result', async () => {
    fake.queries['getPlayback'].and.rejectWith({ data: null, errors: [{ message: 'Unauthorized' }] });
    await playback.open('c1', 'l1');
    expect(router.navigate).toHaveBeenCalled();
  });

  it('should report not-found and stay when the lesson does not exist', async () => {
    fake.queries['getPlayback'].and.resolveTo({ data: null, errors: [{ message: 'NotFound: no lesson l1' }] });
    await playback.open('c1', 'l1');
    expect(playback.status()).toBe('not-found');
    expect(router.navigate).not.toHaveBeenCalled();
  });

  it('should report not-ready when the video is still being transcoded', async () => {
    fake.queries['getPlayback'].and.resolveTo({ data: null, errors: [{ message: 'NotReady: video PROCESSING' }] });
    expect(await playback.open('c1', 'l1')).toBeNull();
    expect(playback.status()).toBe('not-ready');
  });

  describe('refresh before expiry', () => {
    beforeEach(() => {
      jasmine.clock().install();
      jasmine.clock().mockDate(new Date('2026-11-24T12:00:00Z'));
    });

    afterEach(() => jasmine.clock().uninstall());

    it('should refetch the manifest when 80 % of its fifteen-minute lifetime has passed', async () => {
      respond(15 * 60_000);
      await playback.open('c1', 'l1');
      const refresh = spyOn(playback, 'refresh').and.resolveTo();
      jasmine.clock().tick(12 * 60_000 + 1);
      expect(refresh).toHaveBeenCalledTimes(1);
    });

    it('should not refetch before 80 % of the lifetime has passed', async () => {
      respond(15 * 60_000);
      await playback.open('c1', 'l1');
      const refresh = spyOn(playback, 'refresh').and.resolveTo();
      jasmine.clock().tick(12 * 60_000 - 1_000);
      expect(refresh).not.toHaveBeenCalled();
    });

    it('should hand a new blob: URL to the player when refreshed', async () => {
      respond(10 * 60_000);
      const first = await playback.open('c1', 'l1');
      const listener = jasmine.createSpy('onRefresh');
      playback.onRefresh(listener);
      await playback.refresh();
      expect(listener).toHaveBeenCalledWith(jasmine.stringMatching(/^blob:/));
      expect(listener.calls.mostRecent().args[0]).not.toBe(first);
    });
  });
});
