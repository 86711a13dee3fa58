import { TestBed } from '@angular/core/testing';
import { DataClientService } from '../../../core/data/data-client';
import { FakeDataClient, fakeDataClient } from '../testing/fake-data-client.spec';
import { LessonTimeline } from './lesson-timeline.service';

const question = { id: 'q1', courseId: 'c1', lessonId: 'l1', positionSeconds: 30, text: 'Which finger?', authorName: 'Ada', mine: false, askedAt: '2026-01-01T00:00:00Z', answer: 'The ring finger.' };

describe('LessonTimeline', () => {
  let fake: FakeDataClient;
  let timeline: LessonTimeline;

  beforeEach(() => {
    fake = fakeDataClient();
    fake.models['LessonNote']['notesByLesson'].and.resolveTo({ data: [{ id: 'n1', lessonId: 'l1', positionSeconds: 45, text: 'Slow here' }], nextToken: null });
    fake.queries['lessonQuestions'].and.resolveTo({ data: [question] });
    fake.models['LessonNote']['create'].and.callFake((input: object) => Promise.resolve({ data: { id: 'n2', ...input } }));
    fake.models['LessonNote']['update'].and.callFake((input: object) => Promise.resolve({ data: { positionSeconds: 45, ...input } }));
    fake.models['LessonNote']['delete'].and.resolveTo({ data: { id: 'n1' } });
    fake.mutations['askQuestion'].and.callFake((input: { positionSeconds: number; text: string }) =>
      Promise.resolve({ data: { ...question, id: 'q2', ...input, mine: true, answer: null } }),
    );
    TestBed.configureTestingModule({ providers: [LessonTimeline, { provide: DataClientService, useValue: fake.service }] });
    timeline = TestBed.inject(LessonTimeline);
  });

  const summary = () => timeline.entries().map((entry) => `${entry.kind} ${entry.positionSeconds} ${entry.text}`);

  it('should merge the viewer’s notes and the lesson’s questions by time when loaded', async () => {
    await timeline.load('l1', 'c1');
    expect(summary()).toEqual(['question 30 Which finger?', 'note 45 Slow here']);
  });

  it('should ask for the lesson’s notes and questions when loaded', async () => {
    await timeline.load('l1', 'c1');
    expect([fake.models['LessonNote']['notesByLesson'].calls.argsFor(0)[0], fake.queries['lessonQuestions'].calls.argsFor(0)[0]]).toEqual([{ lessonId: 'l1' }, { lessonId: 'l1' }]);
  });

  it('should store a trimmed note at the time, down to a tenth of a second, when a note is added', async () => {
    await timeline.load('l1', 'c1');
    await timeline.addNote('  Mute  ', 12.345);
    expect(fake.models['LessonNote']['create']).toHaveBeenCalledWith({ lessonId: 'l1', courseId: 'c1', positionSeconds: 12.3, text: 'Mute' });
  });

  it('should list the new note in time order when a note is added', async () => {
    await timeline.load('l1', 'c1');
    await timeline.addNote('Mute', 5);
    expect(summary()[0]).toBe('note 5 Mute');
  });

  it('should post the question through askQuestion and list it when asked', async () => {
    await timeline.load('l1', 'c1');
    await timeline.ask('Tone?', 50);
    expect([fake.mutations['askQuestion'].calls.argsFor(0)[0], summary().at(-1)]).toEqual([{ lessonId: 'l1', positionSeconds: 50, text: 'Tone?' }, 'question 50 Tone?']);
  });

  it('should reject with the backend’s message and keep the list when asking is refused', async () => {
    fake.mutations['askQuestion'].and.resolveTo({
      data: null,
      errors: [{ message: 'Unauthorized: enroll in this course or join the membership to ask questions', errorType: 'Lambda:Unhandled' }],
    });
    await timeline.load('l1', 'c1');
    await expectAsync(timeline.ask('Let me in', 1)).toBeRejectedWithError(/enroll in this course/i);
    expect(timeline.entries().length).toBe(2);
  });

  it('should say why questions are unavailable and still list the notes when lessonQuestions is refused', async () => {
    fake.queries['lessonQuestions'].and.resolveTo({
      data: null,
      errors: [{ message: 'Unauthorized: enroll in this course or join the membership to read its questions', errorType: 'Lambda:Unhandled' }],
    });
    await timeline.load('l1', 'c1');
    expect([timeline.questionsError(), summary()]).toEqual([jasmine.stringMatching(/enroll in this course/i), ['note 45 Slow here']]);
  });

  it('should replace the note’s text when edited', async () => {
    await timeline.load('l1', 'c1');
    await timeline.editNote('n1', ' Slower ');
    expect(summary()).toContain('note 45 Slower');
  });

  it('should drop the note when removed', async () => {
    await timeline.load('l1', 'c1');
    await timeline.removeNote('n1');
    expect(summary()).toEqual(['question 30 Which finger?']);
  });

  it('should keep the note when its deletion fails', async () => {
    fake.models['LessonNote']['delete'].and.resolveTo({ data: null, errors: [{ message: 'Network error', errorType: 'Unknown' }] });
    await timeline.load('l1', 'c1');
    await expectAsync(timeline.removeNote('n1')).toBeRejected();
    expect(summary()).toContain('note 45 Slow here');
  });

  it('should report notes that could not be loaded', async () => {
    fake.models['LessonNote']['notesByLesson'].and.rejectWith(new Error('offline'));
    await timeline.load('l1', 'c1');
    expect(timeline.notesError()).toBe('Your notes could not be loaded.');
  });
});
