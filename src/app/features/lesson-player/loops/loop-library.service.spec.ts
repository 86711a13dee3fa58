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

  it('should trim the name when saved', async () => {
    await library.load('l1');
    const saved = await library.save('  Solo  ', { start: 65, end: 70 });
    expect(saved.name).toBe('Solo');
  });

  it("should reject with the backend's message and keep the list when saving is refused", async () => {
    fake.models['PracticeLoop']['create'].and.resolveTo({
      data: null,
      errors: [{ message: 'BadRequest: a loop name can be at most 100 characters', errorType: 'Lambda:Unhandled' }],
    });
    await library.load('l1');
    await expectAsync(library.save('x'.repeat(101), { start: 1, end: 5 })).toBeRejectedWithError(
      'A loop name can be at most 100 characters.',
    );
    expect(library.loops().length).toBe(2);
  });

  it('should store the trimmed name when renamed', async () => {
    fake.models['PracticeLoop']['update'].and.callFake((input: object) =>
      Promise.resolve({ data: { lessonId: 'l1', startSeconds: 2, endSeconds: 6, ...input } }),
    );
    await library.load('l1');
    await library.rename('a', ' Verse ');
    expect(fake.models['PracticeLoop']['update']).toHaveBeenCalledWith({ id: 'a', name: 'Verse' });
  });

  it('should show the new name in the list when renamed', async () => {
    fake.models['PracticeLoop']['update'].and.resolveTo({ data: { id: 'a', lessonId: 'l1', name: 'Verse', startSeconds: 2, endSeconds: 6 } });
    await library.load('l1');
    await library.rename('a', 'Verse');
    expect(library.loops().map((loop) => loop.name)).toEqual(['Verse', 'Bridge']);
  });

  it('should keep the old name when renaming is refused', async () => {
    fake.models['PracticeLoop']['update'].and.resolveTo({ data: null, errors: [{ message: 'Network error', errorType: 'NetworkError' }] });
    await library.load('l1');
    await library.rename('a', 'Verse').catch(() => undefined);
    expect(library.loops().map((loop) => loop.name)).toEqual(['Intro', 'Bridge']);
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
