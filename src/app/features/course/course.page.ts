import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  InjectionToken,
  PendingTasks,
  computed,
  effect,
  inject,
  resource,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { AuthService } from '../../core/auth/auth.service';
import { backendCall } from '../../core/data/backend-call';
import { DataClientService } from '../../core/data/data-client';
import { BROWSER_LOCATION } from '../../shared/browser-location';
import { fetchCatalogCourse } from '../../shared/catalog-api';
import { enumLabel, orderedLessons } from '../../shared/catalog-types';
import { DurationPipe } from '../../shared/duration.pipe';
import { completedLessonIds, continueLesson } from '../../shared/lesson-progress';
import { PricePipe } from '../../shared/price.pipe';
import { fetchCourseAccess } from './course-access';
import { AccessState, courseCta } from './course-cta';

/**
 * Pauses between enrollment re-checks after a successful checkout: the Stripe webhook grants the
 * enrollment asynchronously, usually within a second or two.
 */
export const ENROLLMENT_RECHECK_DELAYS_MS = new InjectionToken<readonly number[]>('ENROLLMENT_RECHECK_DELAYS_MS', {
  providedIn: 'root',
  factory: () => [1000, 2000, 3000, 5000, 8000],
});

export const CHECKOUT_SUCCESS_MESSAGE = 'Payment received — your course unlocks in a moment';
export const CHECKOUT_CANCELLED_MESSAGE = 'Checkout cancelled — you have not been charged';

@Component({
  selector: 'app-course-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, MatProgressBarModule, DurationPipe, PricePipe],
  templateUrl: './course.page.html',
  styleUrl: './course.page.scss',
})
export default class CoursePage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly data = inject(DataClientService);
  private readonly auth = inject(AuthService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly location = inject(BROWSER_LOCATION);
  private readonly pendingTasks = inject(PendingTasks);
  private readonly title = inject(Title);
  private readonly recheckDelays = inject(ENROLLMENT_RECHECK_DELAYS_MS);
  private destroyed = false;

  private readonly paramMap = toSignal(this.route.paramMap, { requireSync: true });
  private readonly queryParamMap = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly courseId = computed(() => this.paramMap().get('courseId') ?? '');
  protected readonly label = enumLabel;

  protected readonly course = resource({
    params: () => (this.auth.ready() ? { courseId: this.courseId(), authMode: this.data.authMode() } : undefined),
    loader: ({ params }) => fetchCatalogCourse(this.data, params.courseId),
  });

  protected readonly access = resource({
    params: () => {
      const user = this.auth.user();
      return user ? { courseId: this.courseId(), userId: user.userId } : undefined;
    },
    loader: ({ params }) => fetchCourseAccess(this.data, params.courseId),
  });

  protected readonly loading = computed(() => !this.course.hasValue() && !this.course.error());
  protected readonly loaded = computed(() => (this.course.hasValue() ? this.course.value() : null));
  protected readonly lessons = computed(() => {
    const course = this.loaded();
    return course ? orderedLessons(course) : [];
  });
  protected readonly materials = computed(() => (this.loaded()?.materials ?? []).filter((m) => m != null));

  private readonly accessState = computed<AccessState>(() => {
    if (this.auth.isAdmin()) return { entitled: true };
    if (this.access.hasValue()) {
      const { enrolled, member } = this.access.value();
      return { entitled: enrolled || member };
    }
    return this.access.error() ? 'error' : 'loading';
  });
  protected readonly accessNote = computed(() => {
    if (this.access.hasValue() && this.access.value().enrolled) return "You're enrolled in this course.";
    return this.auth.isAdmin() ? 'You have admin access to this course.' : 'Included in your membership.';
  });
  protected readonly cta = computed(() => courseCta(this.auth.ready(), this.auth.isSignedIn(), this.accessState()));
  protected readonly enrolled = computed(() => this.cta() === 'enrolled');

  private readonly progress = computed(() => (this.access.hasValue() ? this.access.value().progress : []));
  protected readonly completed = computed(() => {
    const course = this.loaded();
    return course && this.enrolled() ? completedLessonIds(course, this.progress()) : new Set<string>();
  });
  protected readonly continueLesson = computed(() => {
    const course = this.loaded();
    return course ? continueLesson(course, this.progress()) : null;
  });

  /** Set when the player sent a non-entitled user here (`?locked=<lessonId>`). */
  protected readonly lockedNotice = computed(() => {
    const lockedId = this.queryParamMap().get('locked');
    if (!lockedId || this.enrolled()) return null;
    const lesson = this.lessons().find((candidate) => candidate.id === lockedId);
    return lesson ? `“${lesson.title}” is part of the full course.` : 'That lesson is part of the full course.';
  });

  protected readonly signInQueryParams = computed(() => ({ returnUrl: `/courses/${this.courseId()}` }));
  protected readonly checkoutPending = signal(false);
  protected readonly checkoutError = signal<string | null>(null);
  /** True while waiting for the webhook to grant the enrollment after a successful payment. */
  protected readonly confirmingPurchase = signal(false);

  constructor() {
    inject(DestroyRef).onDestroy(() => (this.destroyed = true));

    effect(() => {
      const course = this.loaded();
      if (course) this.title.setTitle(`${course.title} · Play-Along`);
    });

    const checkout = this.route.snapshot.queryParamMap.get('checkout');
    if (checkout === 'success' || checkout === 'cancelled') this.handleCheckoutReturn(checkout);
  }

  protected isLocked(lesson: { freePreview: boolean }): boolean {
    return !this.enrolled() && !lesson.freePreview;
  }

  protected async buy(): Promise<void> {
    if (this.checkoutPending()) return;
    this.checkoutPending.set(true);
    this.checkoutError.set(null);
    try {
      const data = await backendCall(this.data.client.mutations.startCheckout({ product: 'COURSE', courseId: this.courseId() }));
      if (!data?.url) throw new Error('The checkout session has no URL');
      // Stays pending: the browser is leaving for the checkout page.
      this.location.assign(data.url);
    } catch {
      this.checkoutError.set("We couldn't start the checkout. Please try again.");
      this.checkoutPending.set(false);
    }
  }

  protected retryCourse(): void {
    this.course.reload();
  }

  protected retryAccess(): void {
    this.access.reload();
  }

  private handleCheckoutReturn(outcome: 'success' | 'cancelled'): void {
    this.snackBar.open(outcome === 'success' ? CHECKOUT_SUCCESS_MESSAGE : CHECKOUT_CANCELLED_MESSAGE, 'OK', {
      duration: 8000,
    });
    // Drop the flag so a reload does not announce the payment again.
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { checkout: null, session_id: null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
    if (outcome === 'success') void this.pendingTasks.run(() => this.recheckEnrollment());
  }

  private async recheckEnrollment(): Promise<void> {
    this.confirmingPurchase.set(true);
    try {
      for (const delay of this.recheckDelays) {
        await new Promise((resolve) => setTimeout(resolve, delay));
        if (this.destroyed || this.enrolled()) return;
        if (!this.access.isLoading()) this.access.reload();
      }
      // Give the last re-check time to land before offering the buy button again.
      await new Promise((resolve) => setTimeout(resolve, this.recheckDelays.at(-1) ?? 0));
    } finally {
      this.confirmingPurchase.set(false);
    }
  }
}
