import { TestBed } from '@angular/core/testing';
import { DataClientService } from '../../../core/data/data-client';
import { FakeDataClient, fakeDataClient } from '../testing/fake-data-client.spec';
import { LoopLibrary } from './loop-library.service';

describe('LoopLibrary', () => {
  let fake: FakeDataClient;
  let library: LoopLibrary;

  beforeEach(() => {
    fake = fakeDataClient();
    fake.models['PracticeLoop']['loopsByLesson'].and.resolveTo({
      data: [
        { id: 'b', lessonId: 'l1', name: 'Bridge', startSeconds: 40, endSeconds: 48 },
        { id: 'a', lessonId: 'l1', name: 'Intro', startSeconds: 2, endSeconds: 6 },
      ],
    });
    fake.models['PracticeLoop']['create'].and.callFake((input: object) => Promise.resolve({ data: { id: 'n', ...input } }));
    fake.models['PracticeLoop']['delete'].and.resolveTo({ data: { id: 'a' } });
    TestBed.configureTestingModule({ providers: [LoopLibrary, { provide: DataClientService, useValue: fake.service }] });
    library = TestBed.inject(LoopLibrary);
  });

  it('should list the lesson loops by start time when loaded', async () => {
    await library.load('l1');
    expect(library.loops().map((loop) => loop.name)).toEqual(['Intro', 'Bridge']);
  });

  it('should query loops by lesson when loaded', async () => {
    await library.load('l1');
    expect(fake.models['PracticeLoop']['loopsByLesson']).toHaveBeenCalledWith({ lessonId: 'l1' });
  });

  it('should store the loop for the lesson when saved', async () => {
    await library.load('l1');
    await library.save('Solo', { start: 10.123, end: 14.5 });
    expect(fake.models['PracticeLoop']['create']).toHaveBeenCalledWith({
      lessonId: 'l1',
      name: 'Solo',
      startSeconds: 10.12,
      endSeconds: 14.5,
    });
  });

  it('should number an unnamed loop after the saved ones when saved', async () => {
    await library.load('l1');
    const saved = await library.save('  ', { start: 65, end: 70 });
    expect(saved?.name).toBe('Loop 3');
  });

  it('should drop the loop from the list when deleted', async () => {
    await library.load('l1');
    await library.remove('a');
    expect(library.loops().map((loop) => loop.id)).toEqual(['b']);
  });

  it('should report an error when loading fails', async () => {
    fake.models['PracticeLoop']['loopsByLesson'].and.resolveTo({ data: [], errors: [{ message: 'boom' }] });
    await library.load('l1');
    expect(library.error()).not.toBeNull();
  });
});
