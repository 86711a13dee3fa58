import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { DataClientService } from '../../../core/data/data-client';
import { type FakeAdminData, fakeAdminData, settle } from '../testing/fake-admin-data.spec';
import { CourseQuestions } from './course-questions.component';

const open = { id: 'q2', courseId: 'c1', lessonId: 'l2', lessonTitle: 'Bends', positionSeconds: 83, text: 'How far up?', authorName: 'Ada', mine: false, askedAt: '2026-01-02T10:00:00Z', answer: null, answeredAt: null };
const done = { ...open, id: 'q1', lessonTitle: 'Shuffle', positionSeconds: 5, text: 'Which pick?', authorName: 'Ben', answer: 'Medium.', answeredAt: '2026-01-03T10:00:00Z' };

describe('CourseQuestions', () => {
  let fake: FakeAdminData;
  let fixture: ComponentFixture<CourseQuestions>;
  let element: HTMLElement;

  async function render(): Promise<void> {
    fixture = TestBed.createComponent(CourseQuestions);
    fixture.componentRef.setInput('courseId', 'c1');
    await settle(fixture);
    element = fixture.nativeElement as HTMLElement;
  }

  beforeEach(() => {
    fake = fakeAdminData();
    fake.queries['adminCourseQuestions'].and.resolveTo({ data: [open, done] });
    fake.mutations['answerQuestion'].and.resolveTo({ data: { ...open, answer: 'A whole step.' } });
    TestBed.configureTestingModule({ providers: [{ provide: DataClientService, useValue: fake.service }] });
  });

  const rows = () => [...element.querySelectorAll('ul.questions li')].map((li) => [li.querySelector('.where')?.textContent?.replace(/\s+/g, ' ').trim().split(' · ').slice(0, 2).join(' · '), li.querySelector('.text')?.textContent?.trim(), li.querySelector('.state')?.textContent?.trim().split(' ')[0]]);

  it('should list the course’s questions as the backend orders them, with lesson, time, student and state', async () => {
    await render();
    expect(rows()).toEqual([
      ['Bends at 1:23 · Ada', 'How far up?', 'Unanswered'],
      ['Shuffle at 0:05 · Ben', 'Which pick?', 'Answered'],
    ]);
  });

  it('should ask for only the unanswered questions when Unanswered only is ticked', async () => {
    await render();
    element.querySelector<HTMLInputElement>('mat-checkbox input')!.click();
    await settle(fixture);
    expect(fake.queries['adminCourseQuestions'].calls.mostRecent().args[0]).toEqual({ courseId: 'c1', unansweredOnly: true });
  });

  it('should send the trimmed answer for that question and reload the list when an answer is sent', async () => {
    await render();
    const textarea = element.querySelector<HTMLTextAreaElement>('li textarea')!;
    textarea.value = '  A whole step.  ';
    textarea.dispatchEvent(new Event('input'));
    await settle(fixture);
    element.querySelector('li form')!.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect([fake.mutations['answerQuestion'].calls.argsFor(0)[0], fake.queries['adminCourseQuestions'].calls.count()]).toEqual([{ questionId: 'q2', answer: 'A whole step.' }, 2]);
  });

  it('should show the backend’s refusal next to the question when an answer is refused', async () => {
    fake.mutations['answerQuestion'].and.resolveTo({ data: null, errors: [{ message: 'NotFound: no such question', errorType: 'Lambda:Unhandled' }] });
    await render();
    const textarea = element.querySelector<HTMLTextAreaElement>('li textarea')!;
    textarea.value = 'Hello';
    textarea.dispatchEvent(new Event('input'));
    await settle(fixture);
    element.querySelector('li form')!.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(element.querySelector('li [role="alert"]')?.textContent).toMatch(/no such question/i);
  });

  it('should say so when the course has no questions', async () => {
    fake.queries['adminCourseQuestions'].and.resolveTo({ data: [] });
    await render();
    expect(element.querySelector('.message')?.textContent?.trim()).toBe('No questions on this course yet.');
  });

  it('should offer Retry when the questions cannot be loaded', async () => {
    fake.queries['adminCourseQuestions'].and.resolveTo({ data: null, errors: [{ message: 'Network error', errorType: 'Unknown' }] });
    await render();
    expect(element.querySelector('[role="alert"] button')?.textContent?.trim()).toBe('Retry');
  });
});
