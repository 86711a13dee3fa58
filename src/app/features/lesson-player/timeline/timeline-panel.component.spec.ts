import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { DataClientService } from '../../../core/data/data-client';
import { PlayerStore } from '../practice/player-store.service';
import { FakeDataClient, fakeDataClient } from '../testing/fake-data-client.spec';
import { FakeMediaElement } from '../testing/fake-media-element';
import { LessonTimeline } from './lesson-timeline.service';
import { TimelinePanel } from './timeline-panel.component';

const answered = { id: 'q1', courseId: 'c1', lessonId: 'l1', positionSeconds: 30, text: 'Which finger?', authorName: 'Ada', mine: false, askedAt: '2026-01-01T00:00:00Z', answer: 'The ring finger.' };

describe('TimelinePanel', () => {
  let fake: FakeDataClient;
  let media: FakeMediaElement;
  let fixture: ComponentFixture<TimelinePanel>;
  let element: HTMLElement;

  beforeEach(async () => {
    fake = fakeDataClient();
    fake.models['LessonNote']['notesByLesson'].and.resolveTo({ data: [{ id: 'n1', positionSeconds: 75, text: 'Slow here' }], nextToken: null });
    fake.queries['lessonQuestions'].and.resolveTo({ data: [answered] });
    fake.models['LessonNote']['create'].and.callFake((input: object) => Promise.resolve({ data: { id: 'n2', ...input } }));
    fake.mutations['askQuestion'].and.callFake((input: object) => Promise.resolve({ data: { ...answered, id: 'q2', ...input, mine: true, answer: null } }));
    TestBed.configureTestingModule({ providers: [LessonTimeline, PlayerStore, { provide: DataClientService, useValue: fake.service }] });
    media = new FakeMediaElement();
    media.loadMetadata(120);
    TestBed.inject(PlayerStore).attach(media);
    await TestBed.inject(LessonTimeline).load('l1', 'c1');
    fixture = TestBed.createComponent(TimelinePanel);
    await fixture.whenStable();
    element = fixture.nativeElement as HTMLElement;
  });

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function write(text: string): Promise<void> {
    const textarea = element.querySelector<HTMLTextAreaElement>('form.add textarea')!;
    textarea.dispatchEvent(new Event('focus'));
    textarea.value = text;
    textarea.dispatchEvent(new Event('input'));
    await settle();
  }

  async function submit(): Promise<void> {
    element.querySelector('form.add')!.dispatchEvent(new Event('submit'));
    await settle();
  }

  const items = () => [...element.querySelectorAll('ol.entries li')].map((li) => li.querySelector('.time')?.textContent?.trim() + ' ' + li.querySelector('.text-body')?.textContent?.trim());

  it('should list notes and questions by time in the video', () => {
    expect(items()).toEqual(['0:30 Which finger?', '1:15 Slow here']);
  });

  it('should show an answered question’s answer and its author', () => {
    const question = element.querySelector('li.question')!;
    expect([question.querySelector('.answer')?.textContent?.trim(), question.querySelector('.meta')?.textContent?.trim()]).toEqual(['Answer: The ring finger.', 'Asked by Ada']);
  });

  it('should seek the video to an entry’s time when its time is pressed', () => {
    element.querySelector<HTMLButtonElement>('li.note button.time')!.click();
    expect(media.seeks.at(-1)).toBe(75);
  });

  it('should add the note at the time the person started writing, even if the video plays on', async () => {
    media.advanceTo(83);
    await write('Bend up');
    media.advanceTo(90);
    await submit();
    expect(fake.models['LessonNote']['create']).toHaveBeenCalledWith({ lessonId: 'l1', courseId: 'c1', positionSeconds: 83, text: 'Bend up' });
  });

  it('should label the field and the button with the time the entry is for', async () => {
    media.advanceTo(83);
    await write('Bend up');
    expect(element.querySelector('form.add button[type="submit"]')?.textContent?.trim()).toBe('Add note at 1:23');
  });

  it('should post a question when Question is chosen', async () => {
    element.querySelector<HTMLInputElement>('mat-radio-button[value="question"] input')!.click();
    await settle();
    media.advanceTo(12);
    await write('Tone?');
    await submit();
    expect(fake.mutations['askQuestion']).toHaveBeenCalledWith({ lessonId: 'l1', positionSeconds: 12, text: 'Tone?' });
  });

  it('should show the backend’s refusal when a question cannot be posted', async () => {
    fake.mutations['askQuestion'].and.resolveTo({ data: null, errors: [{ message: 'Unauthorized: enroll in this course or join the membership to ask questions', errorType: 'Lambda:Unhandled' }] });
    element.querySelector<HTMLInputElement>('mat-radio-button[value="question"] input')!.click();
    await settle();
    await write('Let me in');
    await submit();
    expect(element.querySelector('form.add [role="alert"]')?.textContent).toMatch(/enroll in this course/i);
  });

  it('should delete the note when its Delete is pressed', async () => {
    fake.models['LessonNote']['delete'].and.resolveTo({ data: { id: 'n1' } });
    element.querySelector<HTMLButtonElement>('button[aria-label="Delete note at 1:15"]')!.click();
    await settle();
    expect(items()).toEqual(['0:30 Which finger?']);
  });

  it('should save the edited note text when Save is pressed', async () => {
    fake.models['LessonNote']['update'].and.callFake((input: object) => Promise.resolve({ data: { positionSeconds: 75, ...input } }));
    element.querySelector<HTMLButtonElement>('button[aria-label="Edit note at 1:15"]')!.click();
    await settle();
    const textarea = element.querySelector<HTMLTextAreaElement>('li.note textarea')!;
    textarea.value = 'Slower';
    textarea.dispatchEvent(new Event('input'));
    await settle();
    [...element.querySelectorAll<HTMLButtonElement>('li.note button')].find((button) => button.textContent?.trim() === 'Save')!.click();
    await settle();
    expect(items()).toContain('1:15 Slower');
  });

  it('should say so when the lesson has no notes or questions', async () => {
    fake.models['LessonNote']['notesByLesson'].and.resolveTo({ data: [], nextToken: null });
    fake.queries['lessonQuestions'].and.resolveTo({ data: [] });
    await TestBed.inject(LessonTimeline).load('l1', 'c1');
    await settle();
    expect(element.querySelector('.empty')?.textContent?.trim()).toBe('No notes or questions on this lesson yet.');
  });
});
