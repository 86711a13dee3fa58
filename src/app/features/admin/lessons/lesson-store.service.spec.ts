import { TestBed } from '@angular/core/testing';
import { DataClientService } from '../../../core/data/data-client';
import { LessonStore, RESUBSCRIBE_DELAYS_MS } from './lesson-store.service';
import { RealtimeConnection } from './realtime-connection';
import { FakeLessonClient, FakeRealtimeConnection, lessonFixture, refused } from './testing/fake-lesson-client.spec';

const lessons = [
  lessonFixture({ id: 'l2', position: 2, title: 'Shuffle' }),
  lessonFixture({ id: 'l1', position: 1, title: 'Pick' }),
  lessonFixture({ id: 'l3', position: 3, title: 'Solo' }),
];

describe('LessonStore', () => {
  let fake: FakeLessonClient;
  let connection: FakeRealtimeConnection;

  function connect(): LessonStore {
    TestBed.configureTestingModule({
      providers: [
        LessonStore,
        { provide: DataClientService, useValue: fake.asService() },
        { provide: RealtimeConnection, useValue: connection.asService() },
      ],
    });
    const store = TestBed.inject(LessonStore);
    store.connect('c1');
    return store;
  }

  const settle = () => new Promise((resolve) => setTimeout(resolve));
  const ids = (store: LessonStore) => store.lessons().map((lesson) => lesson.id);

  beforeEach(() => {
    fake = new FakeLessonClient().givenLessons(lessons);
    connection = new FakeRealtimeConnection();
  });

  it('should list the lessons by position when loaded', async () => {
    const store = connect();
    await settle();
    expect(ids(store)).toEqual(['l1', 'l2', 'l3']);
  });

  it('should follow nextToken when the course has more than one page', async () => {
    fake.lessonsByCourse.and.returnValues(
      Promise.resolve({ data: [lessons[1]], nextToken: 'page-2' }),
      Promise.resolve({ data: [lessons[0]], nextToken: null }),
    );
    const store = connect();
    await settle();
    expect([ids(store), fake.lessonsByCourse.calls.argsFor(1)]).toEqual([
      ['l1', 'l2'],
      [{ courseId: 'c1' }, { nextToken: 'page-2', authMode: 'userPool' }],
    ]);
  });

  it('should report an error when loading fails', async () => {
    fake.lessonsByCourse.and.resolveTo(refused('not allowed', 'Unauthorized'));
    const store = connect();
    await settle();
    expect([store.loadState(), store.loadError()]).toEqual(['error', 'Not allowed.']);
  });

  it('should take only the video fields when a live update arrives', async () => {
    const store = connect();
    await settle();
    fake.feed.next({ id: 'l2', title: 'Renamed elsewhere', videoStatus: 'PROCESSING', videoProgressPercent: 42 });
    const l2 = store.lessons()[1];
    expect([l2.title, l2.videoStatus, l2.videoProgressPercent]).toEqual(['Shuffle', 'PROCESSING', 42]);
  });

  it('should clear the failure reason when an update sets it to null', async () => {
    fake.givenLessons([lessonFixture({ id: 'l1', position: 1, videoStatus: 'FAILED', videoFailureReason: 'Not a video.' })]);
    const store = connect();
    await settle();
    fake.feed.next({ id: 'l1', videoStatus: 'PROCESSING', videoFailureReason: null });
    expect(store.lessons()[0].videoFailureReason).toBeNull();
  });

  it('should ignore a live update when the lesson is not in the list', async () => {
    const store = connect();
    await settle();
    fake.feed.next({ id: 'other', videoStatus: 'READY' });
    expect(ids(store)).toEqual(['l1', 'l2', 'l3']);
  });

  it('should announce a video status change when it arrives live', async () => {
    const store = connect();
    await settle();
    fake.feed.next({ id: 'l3', videoStatus: 'READY', durationSeconds: 200 });
    expect(store.videoNews()).toBe('Solo: video ready.');
  });

  it('should send every id in the new order when a lesson is moved', async () => {
    const store = connect();
    await settle();
    await store.reorder(0, 2);
    expect(fake.mutations.adminReorderLessons).toHaveBeenCalledWith({ courseId: 'c1', lessonIds: ['l2', 'l3', 'l1'] });
  });

  it('should show the new order before the server answers', async () => {
    fake.mutations.adminReorderLessons.and.returnValue(new Promise(() => undefined));
    const store = connect();
    await settle();
    void store.reorder(2, 0);
    expect(store.lessons().map((lesson) => [lesson.id, lesson.position])).toEqual([
      ['l3', 1],
      ['l1', 2],
      ['l2', 3],
    ]);
  });

  it('should restore the previous order with the reason when the server refuses it', async () => {
    fake.mutations.adminReorderLessons.and.resolveTo(refused('the course changed meanwhile'));
    const store = connect();
    await settle();
    const saved = await store.reorder(0, 2);
    expect([saved, ids(store), store.error()]).toEqual([false, ['l1', 'l2', 'l3'], 'The new order could not be saved: The course changed meanwhile.']);
  });

  it('should keep a live update that arrived while a refused reorder was saving', async () => {
    let answer: (value: unknown) => void = () => undefined;
    fake.mutations.adminReorderLessons.and.returnValue(new Promise((resolve) => (answer = resolve)));
    const store = connect();
    await settle();
    const saving = store.reorder(0, 2);
    fake.feed.next({ id: 'l1', videoStatus: 'READY' });
    answer(refused('no'));
    await saving;
    expect([ids(store), store.lessons()[0].videoStatus]).toEqual([['l1', 'l2', 'l3'], 'READY']);
  });

  it('should ignore a move when another one is still being saved', async () => {
    fake.mutations.adminReorderLessons.and.returnValue(new Promise(() => undefined));
    const store = connect();
    await settle();
    void store.reorder(0, 1);
    expect(await store.reorder(0, 2)).toBeFalse();
  });

  it('should switch free preview back with the reason when the server refuses it', async () => {
    fake.mutations.adminUpdateLesson.and.resolveTo(refused('not allowed', 'Unauthorized'));
    const store = connect();
    await settle();
    await store.setFreePreview(store.lessons()[0], true);
    expect([store.lessons()[0].freePreview, store.error()]).toEqual([false, 'The free preview could not be changed: Not allowed.']);
  });

  it('should keep the form open with the message when creating is refused', async () => {
    fake.mutations.adminCreateLesson.and.resolveTo(refused('title is too long', 'BadRequest'));
    const store = connect();
    await settle();
    await expectAsync(store.create({ title: 'x', description: null, freePreview: false })).toBeRejectedWith(
      jasmine.objectContaining({ kind: 'invalid', message: 'Title is too long.' }),
    );
  });

  it('should add the created lesson at its position when creating succeeds', async () => {
    fake.mutations.adminCreateLesson.and.resolveTo({ data: lessonFixture({ id: 'l4', position: 4, title: 'Bends' }) });
    const store = connect();
    await settle();
    await store.create({ title: 'Bends', description: null, freePreview: false });
    expect(ids(store)).toEqual(['l1', 'l2', 'l3', 'l4']);
  });

  it('should take the lesson out of the list when deleting succeeds', async () => {
    fake.mutations.adminDeleteLesson.and.resolveTo({ data: 'l1' });
    const store = connect();
    await settle();
    await store.remove(store.lessons()[0]);
    expect(ids(store)).toEqual(['l2', 'l3']);
  });

  it('should keep the lesson with the reason when deleting is refused', async () => {
    fake.mutations.adminDeleteLesson.and.resolveTo(refused('the lesson was changed meanwhile'));
    const store = connect();
    await settle();
    const deleted = await store.remove(store.lessons()[0]);
    expect([deleted, ids(store), store.error()]).toEqual([false, ['l1', 'l2', 'l3'], '"Pick" could not be deleted: The lesson was changed meanwhile.']);
  });

  it('should pause and subscribe again after a delay when the subscription fails', async () => {
    const store = connect();
    await settle();
    jasmine.clock().install();
    try {
      fake.feed.error(new Error('Connection failed'));
      const paused = store.live();
      jasmine.clock().tick(RESUBSCRIBE_DELAYS_MS[0]);
      expect([paused, fake.onUpdate.calls.count()]).toEqual(['paused', 2]);
    } finally {
      jasmine.clock().uninstall();
    }
  });

  it('should fetch the list again quietly when the connection comes back', async () => {
    const store = connect();
    await settle();
    connection.report('down');
    const paused = store.live();
    connection.report('up');
    await settle();
    expect([paused, store.live(), fake.lessonsByCourse.calls.count(), store.loadState()]).toEqual(['paused', 'live', 2, 'ready']);
  });

  it('should subscribe to updates of this course only, with the user pool', () => {
    connect();
    expect(fake.onUpdate).toHaveBeenCalledWith({ filter: { courseId: { eq: 'c1' } }, authMode: 'userPool' });
  });
});
