import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthService } from '../../core/auth/auth.service';
import { DataClientService } from '../../core/data/data-client';
import { FakeAuth, courseFixture, fakeDataClient } from '../../shared/testing/student-fakes.spec';
import { isoWeekOf } from './weekly-practice';
import MyLearningPage from './my-learning.page';

function setUp() {
  const auth = new FakeAuth().signIn();
  const { client, service } = fakeDataClient(auth);
  client.queries.listCatalog.and.resolveTo({
    data: [courseFixture({ id: 'c1', title: 'Course c1' }), courseFixture({ id: 'c2', title: 'Course c2' })],
  });
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: 'learning', component: MyLearningPage }]),
      { provide: AuthService, useValue: auth.asService() },
      { provide: DataClientService, useValue: service },
    ],
  });
  return client;
}

async function open(url = '/learning'): Promise<HTMLElement> {
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  await harness.fixture.whenStable();
  harness.detectChanges();
  return harness.routeNativeElement as HTMLElement;
}

describe('MyLearningPage', () => {
  function catalog(client: ReturnType<typeof setUp>, ...courses: ReturnType<typeof courseFixture>[]): void {
    client.queries.listCatalog.and.resolveTo({ data: courses });
  }

  it('should show each owned course with its percent complete when the user owns it', async () => {
    const client = setUp();
    catalog(client, courseFixture({ id: 'c1', access: 'OWNED' }), courseFixture({ id: 'c2' }));
    client.models.LessonProgress.list.and.resolveTo({
      data: [{ lessonId: 'l1', courseId: 'c1', completed: true, updatedAt: '2026-11-24T08:00:00.000Z' }],
      nextToken: null,
    });
    const page = await open();
    expect(page.querySelector('.course')?.textContent).toContain('33% complete');
  });

  it('should link Continue to the lesson to resume when the user owns the course', async () => {
    const client = setUp();
    catalog(client, courseFixture({ id: 'c1', access: 'OWNED' }));
    const page = await open();
    expect(page.querySelector('a.continue')?.getAttribute('href')).toBe('/courses/c1/lessons/l1');
  });

  it('should show a course the membership includes when the user has started it', async () => {
    const client = setUp();
    catalog(client, courseFixture({ id: 'c1', title: 'Member course', access: 'MEMBERSHIP' }), courseFixture({ id: 'c2', access: 'MEMBERSHIP' }));
    client.models.LessonProgress.list.and.resolveTo({
      data: [{ lessonId: 'l2', courseId: 'c1', completed: false, updatedAt: '2026-11-24T08:00:00.000Z' }],
      nextToken: null,
    });
    const page = await open();
    expect([...page.querySelectorAll('.course h3')].map((h) => h.textContent?.trim())).toEqual(['Member course']);
  });

  it('should load the catalog with the user pool when listing the user\'s courses', async () => {
    const client = setUp();
    await open();
    expect(client.queries.listCatalog).toHaveBeenCalledWith({ authMode: 'userPool' });
  });

  it('should ask only for this week\'s practice sessions when loading', async () => {
    const client = setUp();
    await open();
    const week = isoWeekOf(new Date());
    expect(client.models.PracticeSession.list.calls.mostRecent().args[0].filter).toEqual({
      day: { between: [week.start, week.end] },
    });
  });

  it('should show the practice time this week when sessions exist', async () => {
    const client = setUp();
    const week = isoWeekOf(new Date());
    client.models.PracticeSession.list.and.resolveTo({ data: [{ day: week.start, seconds: 25 * 60 }], nextToken: null });
    const page = await open();
    expect(page.querySelector('.practice-total')?.textContent?.trim()).toBe('25 min');
  });

  it('should link to the catalog when the user has no courses', async () => {
    setUp();
    const page = await open();
    const link = Array.from(page.querySelectorAll('a')).find((a) => a.textContent?.trim() === 'Browse the catalog');
    expect(link?.getAttribute('href')).toBe('/');
  });

  it('should offer a retry when loading fails', async () => {
    const client = setUp();
    client.queries.listCatalog.and.rejectWith(new Error('offline'));
    const page = await open();
    expect(page.querySelector('[role="alert"] button')?.textContent?.trim()).toBe('Retry');
  });
});
