import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthService } from '../../core/auth/auth.service';
import { CHECKOUT_CONFIRMATION_TIMEOUT_MS, PAYMENT_UNCONFIRMED_MESSAGE } from '../../core/checkout/checkout-confirmation.service';
import { DataClientService } from '../../core/data/data-client';
import { BROWSER_LOCATION } from '../../shared/browser-location';
import { CatalogLastVisit } from '../../shared/catalog-last-visit.service';
import { FakeAuth, courseFixture, fakeDataClient } from '../../shared/testing/student-fakes.spec';
import CoursePage, { CHECKOUT_SUCCESS_MESSAGE } from './course.page';

@Component({ template: '' })
class OtherPage {}

function setUp(auth: FakeAuth) {
  const { client, orderUpdates, service } = fakeDataClient(auth);
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
      { provide: CHECKOUT_CONFIRMATION_TIMEOUT_MS, useValue: 60_000 },
    ],
  });
  return { client, location, orderUpdates, snackBar };
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
  // The page remembers each course it showed (CatalogLastVisit): no spec may see another's.
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

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

    it('should not read progress when the visitor is a guest', async () => {
      const { client } = setUp(new FakeAuth());
      await open('/courses/c1');
      expect(client.models.LessonProgress.list).not.toHaveBeenCalled();
    });

    it('should not offer the membership when the visitor is a guest', async () => {
      setUp(new FakeAuth());
      const { page } = await open('/courses/c1');
      expect(buttonOrLink(page, 'Or join the membership')).toBeUndefined();
    });
  });

  describe('for a signed-in user who is not enrolled', () => {
    it('should offer to buy at the course price when not enrolled', async () => {
      setUp(new FakeAuth().signIn());
      const { page } = await open('/courses/c1');
      expect(buttonOrLink(page, 'Buy for $49.00')).toBeDefined();
    });

    it('should link to the membership as the other way in when the user has no access', async () => {
      setUp(new FakeAuth().signIn());
      const { page } = await open('/courses/c1');
      expect(buttonOrLink(page, 'Or join the membership')?.getAttribute('href')).toBe('/account/membership');
    });

    it('should ask the catalog with the user pool when the user is signed in', async () => {
      const { client } = setUp(new FakeAuth().signIn());
      await open('/courses/c1');
      expect(client.queries.getCatalogCourse).toHaveBeenCalledWith({ courseId: 'c1' }, { authMode: 'userPool' });
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

  describe('for a user the backend gives access', () => {
    function withAccess(access: 'OWNED' | 'MEMBERSHIP' | 'ADMIN', progress: object[] = []) {
      const auth = new FakeAuth().signIn();
      const fakes = setUp(auth);
      fakes.client.queries.getCatalogCourse.and.resolveTo({ data: courseFixture({ access }) });
      fakes.client.models.LessonProgress.list.and.resolveTo({ data: progress, nextToken: null });
      return { ...fakes, auth };
    }

    const practised = [
      { lessonId: 'l1', courseId: 'c1', completed: true, updatedAt: '2026-11-20T10:00:00.000Z' },
      { lessonId: 'l2', courseId: 'c1', completed: false, updatedAt: '2026-11-21T10:00:00.000Z' },
    ];

    it('should offer "Get certificate" only once every lesson of the course is complete', async () => {
      const finished = ['l1', 'l2', 'l3'].map((lessonId) => ({ lessonId, courseId: 'c1', completed: true, updatedAt: '2026-11-20T10:00:00.000Z' }));
      withAccess('OWNED', finished);
      const { page } = await open('/courses/c1');
      expect(buttonOrLink(page, 'Get certificate')).toBeDefined();
    });

    it('should not offer a certificate while a lesson is left', async () => {
      withAccess('OWNED', practised);
      const { page } = await open('/courses/c1');
      expect(buttonOrLink(page, 'Get certificate')).toBeUndefined();
    });

    it('should show "Owned" instead of the price when the user bought the course', async () => {
      withAccess('OWNED');
      const { page } = await open('/courses/c1');
      expect([page.querySelector('.access-badge')?.textContent?.trim(), page.querySelector('.cta .price')]).toEqual(['Owned', null]);
    });

    it('should show "Included in membership" instead of the price when the membership unlocks the course', async () => {
      withAccess('MEMBERSHIP');
      const { page } = await open('/courses/c1');
      expect(page.querySelector('.access-badge')?.textContent?.trim()).toBe('Included in membership');
    });

    it('should say the admin has access when the user is an admin', async () => {
      withAccess('ADMIN');
      const { page } = await open('/courses/c1');
      expect(page.querySelector('.enrolled-note')?.textContent).toContain('You have admin access to this course.');
    });

    it('should start at the first lesson when the user has no progress in the course', async () => {
      withAccess('MEMBERSHIP');
      const { page } = await open('/courses/c1');
      expect([buttonOrLink(page, 'Start course')?.getAttribute('href'), buttonOrLink(page, 'Continue where you left off')]).toEqual([
        '/courses/c1/lessons/l1',
        undefined,
      ]);
    });

    it('should continue at the most recently practised lesson when there is progress', async () => {
      withAccess('OWNED', practised);
      const { page } = await open('/courses/c1');
      const link = buttonOrLink(page, 'Continue where you left off');
      expect([link?.getAttribute('href'), page.querySelector('.next-lesson')?.textContent]).toEqual([
        '/courses/c1/lessons/l2',
        'Next up: The shuffle',
      ]);
    });

    it('should not offer to buy or to join the membership when the user has access', async () => {
      withAccess('OWNED');
      const { page } = await open('/courses/c1');
      expect([...page.querySelectorAll('a, button')].some((el) => /Buy|membership/.test(el.textContent ?? ''))).toBeFalse();
    });

    it('should tick completed lessons when the user has access', async () => {
      withAccess('OWNED', practised);
      const { page } = await open('/courses/c1');
      const done = Array.from(page.querySelectorAll('.lesson.done .lesson-title')).map((el) => el.textContent?.trim());
      expect(done).toEqual(['Holding the pick']);
    });

    it('should not lock any lesson when the user has access', async () => {
      withAccess('MEMBERSHIP');
      const { page } = await open('/courses/c1');
      expect(page.querySelectorAll('.locked-label').length).toBe(0);
    });

    it('should not show the lock banner when the user has access', async () => {
      withAccess('OWNED');
      const { page } = await open('/courses/c1?locked=l2');
      expect(page.querySelector('.banner')).toBeNull();
    });

    it('should offer a retry when the progress cannot be loaded', async () => {
      const { client } = withAccess('OWNED');
      client.models.LessonProgress.list.and.rejectWith(new Error('offline'));
      const { page } = await open('/courses/c1');
      expect([page.querySelector('.cta [role="alert"]')?.textContent, buttonOrLink(page, 'Retry') !== undefined]).toEqual([
        "We couldn't load your progress.",
        true,
      ]);
    });

    it('should reload the course with the guest view when the user signs out', async () => {
      const { client, auth } = withAccess('OWNED');
      const { page, harness } = await open('/courses/c1');
      client.queries.getCatalogCourse.and.resolveTo({ data: courseFixture() });
      auth.user.set(null);
      await harness.fixture.whenStable();
      harness.detectChanges();
      expect([client.queries.getCatalogCourse.calls.mostRecent().args[1], buttonOrLink(page, 'Sign in to buy') !== undefined]).toEqual([
        { authMode: 'apiKey' },
        true,
      ]);
    });
  });

  describe('returning from checkout', () => {
    const fulfilled = { id: 'cs_1', status: 'PAID', fulfilledAt: '2026-12-02T12:00:00.000Z' };

    it('should announce the payment and show the course owned when its order is already fulfilled', async () => {
      const { client, snackBar } = setUp(new FakeAuth().signIn());
      client.queries.getCatalogCourse.and.returnValues(
        Promise.resolve({ data: courseFixture() }),
        Promise.resolve({ data: courseFixture({ access: 'OWNED' }) }),
      );
      client.models.Order.get.and.resolveTo({ data: fulfilled });
      const { page, harness } = await open('/courses/c1?checkout=success&session_id=cs_1');
      // The course is read again once its first read, which may predate the grant, has finished.
      for (let attempt = 0; attempt < 10 && !buttonOrLink(page, 'Start course'); attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        await harness.fixture.whenStable();
        harness.detectChanges();
      }
      expect(snackBar.open).toHaveBeenCalledWith(CHECKOUT_SUCCESS_MESSAGE, 'OK', jasmine.anything());
      expect(buttonOrLink(page, 'Start course')).toBeDefined();
    });

    it('should confirm the payment while waiting for the order and show the course owned when it is fulfilled', async () => {
      const { client, orderUpdates } = setUp(new FakeAuth().signIn());
      client.queries.getCatalogCourse.and.returnValues(
        Promise.resolve({ data: courseFixture() }),
        Promise.resolve({ data: courseFixture({ access: 'OWNED' }) }),
      );
      const { page, harness } = await open('/courses/c1?checkout=success&session_id=cs_1');
      const confirming = page.querySelector('[role="status"]')?.textContent?.trim();
      orderUpdates.next(fulfilled);
      await harness.fixture.whenStable();
      harness.detectChanges();
      expect([confirming, client.models.Order.onUpdate.calls.argsFor(0)[0], buttonOrLink(page, 'Start course') !== undefined]).toEqual([
        'Confirming your payment…',
        { filter: { id: { eq: 'cs_1' } }, authMode: 'userPool' },
        true,
      ]);
    });

    it('should say the payment is still being confirmed when the order is not fulfilled in time', async () => {
      setUp(new FakeAuth().signIn());
      TestBed.overrideProvider(CHECKOUT_CONFIRMATION_TIMEOUT_MS, { useValue: 1 });
      const { page, harness } = await open('/courses/c1?checkout=success&session_id=cs_1');
      await new Promise((resolve) => setTimeout(resolve, 10));
      await harness.fixture.whenStable();
      harness.detectChanges();
      expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe(PAYMENT_UNCONFIRMED_MESSAGE);
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

  it('should show the course from the last visit when the backend cannot be reached', async () => {
    const { client } = setUp(new FakeAuth());
    await TestBed.inject(CatalogLastVisit).course('c1');
    client.queries.getCatalogCourse.and.rejectWith(new TypeError('Failed to fetch'));
    const { page } = await open('/courses/c1');
    expect(page.querySelector('h1')?.textContent).toBe(courseFixture().title);
  });

  it('should offer a retry when loading the course fails', async () => {
    const { client } = setUp(new FakeAuth());
    client.queries.getCatalogCourse.and.rejectWith(new Error('offline'));
    const { page } = await open('/courses/c1');
    expect(buttonOrLink(page, 'Retry')).toBeDefined();
  });
});
