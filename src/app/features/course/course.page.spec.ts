import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthService } from '../../core/auth/auth.service';
import { DataClientService } from '../../core/data/data-client';
import { BROWSER_LOCATION } from '../../shared/browser-location';
import { FakeAuth, courseFixture, fakeDataClient } from '../../shared/testing/student-fakes.spec';
import CoursePage, { CHECKOUT_SUCCESS_MESSAGE, ENROLLMENT_RECHECK_DELAYS_MS } from './course.page';

@Component({ template: '' })
class OtherPage {}

function setUp(auth: FakeAuth) {
  const { client, service } = fakeDataClient(auth);
  client.queries.getCatalogCourse.and.resolveTo({ data: courseFixture() });
  const location = jasmine.createSpyObj<{ assign(url: string): void }>('location', ['assign']);
  const snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']);
  TestBed.configureTestingModule({
    providers: [
      provideRouter([
        { path: 'courses/:courseId', component: CoursePage },
        { path: '**', component: OtherPage },
      ]),
      { provide: AuthService, useValue: auth.asService() },
      { provide: DataClientService, useValue: service },
      { provide: BROWSER_LOCATION, useValue: location },
      { provide: MatSnackBar, useValue: snackBar },
      { provide: ENROLLMENT_RECHECK_DELAYS_MS, useValue: [0] },
    ],
  });
  return { client, location, snackBar };
}

async function open(url: string): Promise<{ page: HTMLElement; harness: RouterTestingHarness }> {
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  await harness.fixture.whenStable();
  harness.detectChanges();
  return { page: harness.routeNativeElement as HTMLElement, harness };
}

function buttonOrLink(page: HTMLElement, text: string): HTMLElement | undefined {
  return Array.from(page.querySelectorAll<HTMLElement>('a, button')).find((el) => el.textContent?.trim() === text);
}

describe('CoursePage', () => {
  describe('for a guest', () => {
    it('should offer "Sign in to buy" with a return URL when the visitor is a guest', async () => {
      setUp(new FakeAuth());
      const { page } = await open('/courses/c1');
      const link = buttonOrLink(page, 'Sign in to buy');
      expect(link?.getAttribute('href')).toBe('/account/sign-in?returnUrl=%2Fcourses%2Fc1');
    });

    it('should ask the catalog with the API key when the visitor is a guest', async () => {
      const { client } = setUp(new FakeAuth());
      await open('/courses/c1');
      expect(client.queries.getCatalogCourse).toHaveBeenCalledWith({ courseId: 'c1' }, { authMode: 'apiKey' });
    });

    it('should link the free lesson to the player when it is a preview', async () => {
      setUp(new FakeAuth());
      const { page } = await open('/courses/c1');
      const preview = page.querySelector<HTMLAnchorElement>('a[aria-label="Preview Holding the pick"]');
      expect(preview?.getAttribute('href')).toBe('/courses/c1/lessons/l1');
    });

    it('should mark paid lessons locked when the visitor is not entitled', async () => {
      setUp(new FakeAuth());
      const { page } = await open('/courses/c1');
      expect(page.querySelectorAll('.locked-label').length).toBe(2);
    });

    it('should not look up enrollments when the visitor is a guest', async () => {
      const { client } = setUp(new FakeAuth());
      await open('/courses/c1');
      expect(client.models.Enrollment.list).not.toHaveBeenCalled();
    });
  });

  describe('for a signed-in user who is not enrolled', () => {
    it('should offer to buy at the course price when not enrolled', async () => {
      setUp(new FakeAuth().signIn());
      const { page } = await open('/courses/c1');
      expect(buttonOrLink(page, 'Buy for $49.00')).toBeDefined();
    });

    it('should start a course checkout and leave for its URL when Buy is clicked', async () => {
      const { client, location } = setUp(new FakeAuth().signIn());
      client.mutations.startCheckout.and.resolveTo({ data: { sessionId: 's', url: 'https://checkout.test/s' } });
      const { page, harness } = await open('/courses/c1');
      buttonOrLink(page, 'Buy for $49.00')?.click();
      await harness.fixture.whenStable();
      expect(client.mutations.startCheckout).toHaveBeenCalledWith({ product: 'COURSE', courseId: 'c1' });
      expect(location.assign).toHaveBeenCalledWith('https://checkout.test/s');
    });

    it('should disable the buy button when the checkout is pending', async () => {
      const { client } = setUp(new FakeAuth().signIn());
      client.mutations.startCheckout.and.returnValue(new Promise(() => undefined));
      const { page, harness } = await open('/courses/c1');
      buttonOrLink(page, 'Buy for $49.00')?.click();
      harness.detectChanges();
      expect(buttonOrLink(page, 'Opening checkout…')?.hasAttribute('disabled')).toBeTrue();
    });

    it('should show an error and re-enable the button when the checkout fails', async () => {
      const { client, location } = setUp(new FakeAuth().signIn());
      client.mutations.startCheckout.and.resolveTo({ data: null, errors: [{ message: 'Stripe is down' }] });
      const { page, harness } = await open('/courses/c1');
      buttonOrLink(page, 'Buy for $49.00')?.click();
      await harness.fixture.whenStable();
      harness.detectChanges();
      expect(page.querySelector('[role="alert"]')?.textContent).toContain("couldn't start the checkout");
      expect(buttonOrLink(page, 'Buy for $49.00')?.hasAttribute('disabled')).toBeFalse();
      expect(location.assign).not.toHaveBeenCalled();
    });

    it('should explain the lock when the player sent the user here for a locked lesson', async () => {
      setUp(new FakeAuth().signIn());
      const { page } = await open('/courses/c1?locked=l2');
      expect(page.querySelector('.banner')?.textContent).toContain('“The shuffle” is part of the full course.');
    });
  });

  describe('for an enrolled user', () => {
    function enrolled() {
      const fakes = setUp(new FakeAuth().signIn());
      fakes.client.models.Enrollment.list.and.resolveTo({ data: [{ userId: 'user-1', courseId: 'c1' }], nextToken: null });
      fakes.client.models.LessonProgress.list.and.resolveTo({
        data: [
          { lessonId: 'l1', courseId: 'c1', completed: true, updatedAt: '2026-11-20T10:00:00.000Z' },
          { lessonId: 'l2', courseId: 'c1', completed: false, updatedAt: '2026-11-21T10:00:00.000Z' },
        ],
        nextToken: null,
      });
      return fakes;
    }

    it('should continue at the most recently practised lesson when enrolled', async () => {
      enrolled();
      const { page } = await open('/courses/c1');
      const link = buttonOrLink(page, 'Continue where you left off');
      expect(link?.getAttribute('href')).toBe('/courses/c1/lessons/l2');
    });

    it('should not offer to buy when enrolled', async () => {
      enrolled();
      const { page } = await open('/courses/c1');
      expect(Array.from(page.querySelectorAll('button')).some((b) => b.textContent?.includes('Buy'))).toBeFalse();
    });

    it('should tick completed lessons when enrolled', async () => {
      enrolled();
      const { page } = await open('/courses/c1');
      const done = Array.from(page.querySelectorAll('.lesson.done .lesson-title')).map((el) => el.textContent?.trim());
      expect(done).toEqual(['Holding the pick']);
    });

    it('should not show the lock banner when already enrolled', async () => {
      enrolled();
      const { page } = await open('/courses/c1?locked=l2');
      expect(page.querySelector('.banner')).toBeNull();
    });
  });

  describe('for a member or an admin', () => {
    it('should offer to continue without buying when the user has an active membership', async () => {
      const { client } = setUp(new FakeAuth().signIn());
      client.models.Membership.list.and.resolveTo({ data: [{ userId: 'user-1', status: 'ACTIVE' }], nextToken: null });
      const { page } = await open('/courses/c1');
      expect([buttonOrLink(page, 'Continue where you left off') !== undefined, page.textContent?.includes('Included in your membership')]).toEqual([true, true]);
    });

    it('should offer to buy when the membership is no longer active', async () => {
      const { client } = setUp(new FakeAuth().signIn());
      client.models.Membership.list.and.resolveTo({ data: [{ userId: 'user-1', status: 'CANCELED' }], nextToken: null });
      const { page } = await open('/courses/c1');
      expect(buttonOrLink(page, 'Buy for $49.00')).toBeDefined();
    });

    it('should offer to continue when the user is an admin', async () => {
      const auth = new FakeAuth().signIn();
      auth.groups.set(['ADMINS']);
      setUp(auth);
      const { page } = await open('/courses/c1');
      expect(buttonOrLink(page, 'Continue where you left off')).toBeDefined();
    });
  });

  describe('returning from checkout', () => {
    it('should announce the payment and re-check the enrollment when checkout succeeded', async () => {
      const { client, snackBar } = setUp(new FakeAuth().signIn());
      client.models.Enrollment.list.and.returnValues(
        Promise.resolve({ data: [], nextToken: null }),
        Promise.resolve({ data: [{ userId: 'user-1', courseId: 'c1' }], nextToken: null }),
      );
      const { page, harness } = await open('/courses/c1?checkout=success');
      await harness.fixture.whenStable();
      harness.detectChanges();
      expect(snackBar.open).toHaveBeenCalledWith(CHECKOUT_SUCCESS_MESSAGE, 'OK', jasmine.anything());
      expect(buttonOrLink(page, 'Continue where you left off')).toBeDefined();
    });

    it('should remove the checkout flag from the URL when it was handled', async () => {
      setUp(new FakeAuth().signIn());
      await open('/courses/c1?checkout=cancelled&session_id=cs_1');
      expect(TestBed.inject(Router).url).toBe('/courses/c1');
    });
  });

  it('should not offer a preview when the free lesson has no playable video yet', async () => {
    const { client } = setUp(new FakeAuth());
    const course = courseFixture();
    client.queries.getCatalogCourse.and.resolveTo({
      data: { ...course, lessons: course.lessons?.map((lesson) => (lesson ? { ...lesson, playable: false } : lesson)) },
    });
    const { page } = await open('/courses/c1');
    expect([buttonOrLink(page, 'Preview'), page.textContent?.includes('Preview soon')]).toEqual([undefined, true]);
  });

  it('should say the course was not found when the backend returns nothing', async () => {
    const { client } = setUp(new FakeAuth());
    client.queries.getCatalogCourse.and.resolveTo({ data: null });
    const { page } = await open('/courses/nope');
    expect(page.querySelector('h1')?.textContent).toBe('Course not found');
  });

  it('should offer a retry when loading the course fails', async () => {
    const { client } = setUp(new FakeAuth());
    client.queries.getCatalogCourse.and.rejectWith(new Error('offline'));
    const { page } = await open('/courses/c1');
    expect(buttonOrLink(page, 'Retry')).toBeDefined();
  });
});
