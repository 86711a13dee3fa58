import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthService } from '../../core/auth/auth.service';
import { DataClientService } from '../../core/data/data-client';
import { CatalogCourse } from '../../shared/catalog-types';
import LessonPlayerPage from './lesson-player.page';
import { STREAM_PLAYER_FACTORY } from './playback/stream-player';
import { FakeDataClient, fakeDataClient } from './testing/fake-data-client.spec';
import { FakeStreamPlayerFactory } from './testing/fake-stream-player';

const course: CatalogCourse = {
  id: 'c1',
  title: 'Blues Lead Guitar',
  summary: 's',
  description: 'd',
  instrument: 'GUITAR',
  level: 'INTERMEDIATE',
  priceCents: 4900,
  currency: 'usd',
  artUrl: null,
  lessonCount: 3,
  totalDurationSeconds: 36,
  materials: [],
  access: 'NONE',
  lessons: [
    { id: 'l3', title: 'Bends', position: 3, freePreview: false, playable: true, durationSeconds: 12, description: null },
    { id: 'l1', title: 'The 12-bar blues', position: 1, freePreview: true, playable: true, durationSeconds: 12, description: null },
    { id: 'l2', title: 'Box one', position: 2, freePreview: false, playable: true, durationSeconds: 12, description: null },
  ],
};

describe('LessonPlayerPage', () => {
  let fake: FakeDataClient;

  function setUp(signedIn: boolean): void {
    fake = fakeDataClient(signedIn ? 'userPool' : 'apiKey');
    fake.queries['getCatalogCourse'].and.resolveTo({ data: course });
    const user = signedIn ? { userId: 'u1', email: 'u1@example.com' } : null;
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: DataClientService, useValue: fake.service },
        { provide: STREAM_PLAYER_FACTORY, useValue: new FakeStreamPlayerFactory() },
        { provide: AuthService, useValue: { ready: signal(true), isSignedIn: signal(signedIn), user: signal(user), isAdmin: signal(false) } },
      ],
    });
  }

  beforeEach(() => setUp(false));

  async function render(lessonId: string): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(LessonPlayerPage);
    fixture.componentRef.setInput('courseId', 'c1');
    fixture.componentRef.setInput('lessonId', lessonId);
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('should ask for the playback manifest while the course is still loading', async () => {
    fake.queries['getCatalogCourse'].and.returnValue(new Promise(() => undefined));
    await render('l1');
    expect(fake.queries['getPlayback']).toHaveBeenCalledOnceWith({ lessonId: 'l1' }, { authMode: 'apiKey' });
  });

  it('should title the page with the lesson when the course has loaded', async () => {
    const element = await render('l2');
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Box one');
  });

  it('should say the lessons need a connection when the backend cannot be reached', async () => {
    fake.queries['getCatalogCourse'].and.rejectWith(new TypeError('Failed to fetch'));
    const element = await render('l2');
    expect(element.querySelector('.sidebar [role="alert"]')?.textContent).toContain("You're offline — the lessons need a connection.");
  });

  it('should link to the lessons before and after the current one in curriculum order', async () => {
    const element = await render('l2');
    const steps = [...element.querySelectorAll('.steps a')].map((a) => a.getAttribute('aria-label'));
    expect(steps).toEqual(['Previous lesson: The 12-bar blues', 'Next lesson: Bends']);
  });

  it('should mark the current lesson in the curriculum when rendered', async () => {
    const element = await render('l2');
    expect(element.querySelector('app-curriculum-sidebar [aria-current="page"]')?.textContent).toContain('Box one');
  });

  it('should show paid lessons as locked when the visitor is a guest', async () => {
    const element = await render('l1');
    const locked = [...element.querySelectorAll('app-curriculum-sidebar li.locked')].map((li) => li.textContent ?? '');
    expect(locked.length).toBe(2);
  });

  it('should give the next lesson a fresh stage without the track-by-identity warning when the lesson changes', async () => {
    const warn = spyOn(console, 'warn');
    const fixture = TestBed.createComponent(LessonPlayerPage);
    fixture.componentRef.setInput('courseId', 'c1');
    fixture.componentRef.setInput('lessonId', 'l1');
    await fixture.whenStable();
    const first = (fixture.nativeElement as HTMLElement).querySelector('app-lesson-stage');
    fixture.componentRef.setInput('lessonId', 'l2');
    await fixture.whenStable();
    const second = (fixture.nativeElement as HTMLElement).querySelector('app-lesson-stage');
    const warnings = warn.calls.allArgs().filter((args) => String(args[0]).includes('NG0956'));
    expect([second !== null && second !== first, warnings]).toEqual([true, []]);
  });

  describe('for a signed-in user', () => {
    beforeEach(() => {
      TestBed.resetTestingModule();
      setUp(true);
    });

    it('should unlock every lesson when the backend says the membership includes the course', async () => {
      fake.queries['getCatalogCourse'].and.resolveTo({ data: { ...course, access: 'MEMBERSHIP' } });
      const element = await render('l1');
      expect(element.querySelectorAll('app-curriculum-sidebar li.locked').length).toBe(0);
    });

    it('should tick the lessons the user completed when they have progress', async () => {
      fake.queries['getCatalogCourse'].and.resolveTo({ data: { ...course, access: 'OWNED' } });
      fake.models['LessonProgress']['list'].and.resolveTo({ data: [{ lessonId: 'l2', courseId: 'c1', completed: true }] });
      const element = await render('l1');
      const done = [...element.querySelectorAll('app-curriculum-sidebar .sr-only')].map((el) => el.textContent?.trim());
      expect(done).toContain('(completed)');
    });
  });
});
