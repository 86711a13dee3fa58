import { TestBed } from '@angular/core/testing';
import { AuthService } from '../../../core/auth/auth.service';
import { DataClientService } from '../../../core/data/data-client';
import { FakeDataClient, fakeDataClient } from '../testing/fake-data-client.spec';
import { FakeMediaElement } from '../testing/fake-media-element';
import { ProgressTracker, localDay } from './progress-tracker.service';

const existing = {
  id: 'p1',
  lessonId: 'l1',
  courseId: 'c1',
  positionSeconds: 42,
  completed: false,
  practiceSeconds: 100,
  updatedAt: '2026-11-20T10:00:00Z',
};

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

describe('ProgressTracker', () => {
  let fake: FakeDataClient;
  let signedIn: boolean;
  let tracker: ProgressTracker;
  let media: FakeMediaElement;
  let update: jasmine.Spy;

  beforeEach(() => {
    signedIn = true;
    fake = fakeDataClient();
    fake.models['LessonProgress']['progressByLesson'].and.resolveTo({ data: [existing] });
    update = fake.models['LessonProgress']['update'].and.callFake((input: object) =>
      Promise.resolve({ data: { ...existing, ...input } }),
    );
    fake.models['PracticeSession']['create'].and.callFake((input: object) => Promise.resolve({ data: { id: 's1', ...input } }));
    fake.models['PracticeSession']['update'].and.callFake((input: object) => Promise.resolve({ data: input }));
    TestBed.configureTestingModule({
      providers: [
        ProgressTracker,
        { provide: DataClientService, useValue: fake.service },
        { provide: AuthService, useValue: { isSignedIn: () => signedIn } },
      ],
    });
    tracker = TestBed.inject(ProgressTracker);
    media = new FakeMediaElement();
    media.loadMetadata(300);
    jasmine.clock().install();
    jasmine.clock().mockDate(new Date(2026, 10, 24, 12, 0, 0));
  });

  afterEach(() => jasmine.clock().uninstall());

  /** Plays for `seconds`, firing timeupdate every 250 ms like a browser. */
  async function play(seconds: number): Promise<void> {
    await media.play();
    for (let elapsed = 0; elapsed < seconds * 1000; elapsed += 250) {
      jasmine.clock().tick(250);
      media.advanceTo(media.currentTime + 0.25);
      await settle();
    }
  }

  describe('resume', () => {
    it('should resume from the saved position when the user has progress', async () => {
      expect(await tracker.open('l1', 'c1', 300)).toBe(42);
    });

    it('should start at 0 without writing anything when the user has no progress yet', async () => {
      fake.models['LessonProgress']['progressByLesson'].and.resolveTo({ data: [] });
      expect(await tracker.open('l1', 'c1', 300)).toBe(0);
      expect(fake.models['LessonProgress']['create']).not.toHaveBeenCalled();
    });

    it('should create the progress record with the first save when the user had none', async () => {
      fake.models['LessonProgress']['progressByLesson'].and.resolveTo({ data: [] });
      fake.models['LessonProgress']['create'].and.callFake((input: object) => Promise.resolve({ data: { id: 'new', ...input } }));
      await tracker.open('l1', 'c1', 300);
      tracker.attach(media);
      media.advanceTo(3);
      await settle();
      expect(fake.models['LessonProgress']['create']).toHaveBeenCalledOnceWith({
        lessonId: 'l1',
        courseId: 'c1',
        positionSeconds: 3,
        practiceSeconds: 0,
        completed: false,
      });
    });

    it('should neither read nor write progress when the user is a guest', async () => {
      signedIn = false;
      await tracker.open('l1', 'c1', 300);
      expect(fake.models['LessonProgress']['progressByLesson']).not.toHaveBeenCalled();
    });
  });

  describe('saving', () => {
    beforeEach(async () => {
      await tracker.open('l1', 'c1', 300);
      media.advanceTo(42);
      tracker.attach(media);
    });

    it('should save at most every 15 s when playing for 30 s', async () => {
      await play(29.9);
      expect(update).toHaveBeenCalledTimes(2);
    });

    it('should save the position at once when playback pauses', async () => {
      await play(1);
      update.calls.reset();
      media.pause();
      await settle();
      expect(update).toHaveBeenCalledOnceWith(jasmine.objectContaining({ id: 'p1', positionSeconds: 43 }));
    });

    it('should save at once when the page is being unloaded', async () => {
      media.advanceTo(50);
      await settle();
      update.calls.reset();
      media.currentTime = 51;
      media.emit('timeupdate');
      window.dispatchEvent(new Event('pagehide'));
      await settle();
      expect(update).toHaveBeenCalledWith(jasmine.objectContaining({ positionSeconds: 51 }));
    });

    it('should not save when the position and practice time are unchanged', async () => {
      await tracker.flush();
      expect(update).not.toHaveBeenCalled();
    });

    it('should add the time spent playing to the practice seconds when paused', async () => {
      await play(20);
      media.pause();
      await settle();
      expect(update.calls.mostRecent().args[0]).toEqual(jasmine.objectContaining({ practiceSeconds: 120 }));
    });

    it("should record the practice time in today's practice session when paused", async () => {
      await play(20);
      media.pause();
      await settle();
      const sessions = fake.models['PracticeSession'];
      const created = sessions['create'].calls.allArgs().map(([input]) => input.seconds as number);
      const updated = sessions['update'].calls.allArgs().map(([input]) => input.seconds as number);
      expect(sessions['create']).toHaveBeenCalledWith(jasmine.objectContaining({ lessonId: 'l1', day: localDay(new Date()) }));
      expect([...created, ...updated].at(-1)).toBe(20);
    });

    it('should not count paused time as practice', async () => {
      media.pause();
      jasmine.clock().tick(60_000);
      await tracker.flush();
      expect(update).not.toHaveBeenCalled();
    });

    it('should mark the lesson complete when playback ends', async () => {
      media.emit('ended');
      await settle();
      expect(update).toHaveBeenCalledWith(jasmine.objectContaining({ completed: true }));
      expect(tracker.completed()).toBeTrue();
    });
  });
});
