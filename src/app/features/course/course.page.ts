import { ChangeDetectionStrategy, Component, computed, effect, inject, resource, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { AuthService } from '../../core/auth/auth.service';
import { CheckoutConfirmation, PAYMENT_FAILED_MESSAGE, PAYMENT_UNCONFIRMED_MESSAGE } from '../../core/checkout/checkout-confirmation.service';
import { CHECKOUT_CANCELLED_MESSAGE, type CheckoutReturn, forgetCheckoutReturn, readCheckoutReturn } from '../../core/checkout/checkout-return';
import { backendCall } from '../../core/data/backend-call';
import { DataClientService } from '../../core/data/data-client';
import { BROWSER_LOCATION } from '../../shared/browser-location';
import { CatalogLastVisit } from '../../shared/catalog-last-visit.service';
import { enumLabel, orderedLessons } from '../../shared/catalog-types';
import { DurationPipe } from '../../shared/duration.pipe';
import { accessBadge } from '../../shared/course-access';
import { fetchCourseProgress } from '../../shared/course-progress';
import { completedLessonIds, continueLesson, hasStarted } from '../../shared/lesson-progress';
import { PricePipe } from '../../shared/price.pipe';
import { reloadWhenIdle } from '../../shared/reload-when-idle';
import { CertificateButtonComponent } from '../certificates/certificate-button.component';
import { PrefetchLessonDirective } from '../lesson-player/playback/prefetch-lesson.directive';
import { courseCta } from './course-cta';

export const CHECKOUT_SUCCESS_MESSAGE = $localize`:@@course.checkout.success:Payment received — your course unlocks in a moment`;

@Component({
  selector: 'app-course-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, MatProgressBarModule, DurationPipe, PricePipe, CertificateButtonComponent, PrefetchLessonDirective],
  providers: [CheckoutConfirmation],
  templateUrl: './course.page.html',
  styleUrl: './course.page.scss',
})
export default class CoursePage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly data = inject(DataClientService);
  private readonly auth = inject(AuthService);
  private readonly lastVisit = inject(CatalogLastVisit);
  private readonly snackBar = inject(MatSnackBar);
  private readonly location = inject(BROWSER_LOCATION);
  private readonly title = inject(Title);
  private readonly confirmation = inject(CheckoutConfirmation);

  private readonly paramMap = toSignal(this.route.paramMap, { requireSync: true });
  private readonly queryParamMap = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly courseId = computed(() => this.paramMap().get('courseId') ?? '');
  protected readonly label = enumLabel;

  /** Reloaded when the user signs in or out: the course carries the caller's access, decided by the backend. */
  protected readonly course = resource({
    params: () => (this.auth.ready() ? { courseId: this.courseId(), authMode: this.data.authMode() } : undefined),
    loader: ({ params }) => this.lastVisit.course(params.courseId),
  });

  protected readonly progress = resource({
    params: () => {
      const user = this.auth.user();
      return user ? { courseId: this.courseId(), userId: user.userId } : undefined;
    },
    loader: ({ params }) => fetchCourseProgress(this.data, params.courseId),
  });

  protected readonly loading = computed(() => !this.course.hasValue() && !this.course.error());
  protected readonly loaded = computed(() => (this.course.hasValue() ? this.course.value() : null));
  protected readonly lessons = computed(() => {
    const course = this.loaded();
    return course ? orderedLessons(course) : [];
  });
  protected readonly materials = computed(() => (this.loaded()?.materials ?? []).filter((m) => m != null));

  protected readonly cta = computed(() => courseCta(this.auth.isSignedIn(), this.loaded()?.access ?? 'NONE'));
  protected readonly entitled = computed(() => this.cta() === 'entitled');
  protected readonly badge = computed(() => accessBadge(this.loaded()?.access ?? 'NONE'));

  private readonly progressRecords = computed(() => (this.progress.hasValue() ? this.progress.value() : []));
  protected readonly progressLoading = computed(() => !this.progress.hasValue() && !this.progress.error());
  protected readonly completed = computed(() => {
    const course = this.loaded();
    return course && this.entitled() ? completedLessonIds(course, this.progressRecords()) : new Set<string>();
  });
  protected readonly started = computed(() => {
    const course = this.loaded();
    return course ? hasStarted(course, this.progressRecords()) : false;
  });
  /** Every lesson of the course is complete: the student may get a certificate (the backend checks again). */
  protected readonly courseComplete = computed(() => this.lessons().length > 0 && this.completed().size >= this.lessons().length);
  /** The lesson the main action opens: where the user left off, or the first lesson. */
  protected readonly nextLesson = computed(() => {
    const course = this.loaded();
    return course ? continueLesson(course, this.progressRecords()) : null;
  });

  /** Set when the player sent a non-entitled user here (`?locked=<lessonId>`). */
  protected readonly lockedNotice = computed(() => {
    const lockedId = this.queryParamMap().get('locked');
    if (!lockedId || this.entitled()) return null;
    const lesson = this.lessons().find((candidate) => candidate.id === lockedId);
    return lesson
      ? $localize`:@@course.locked.named:“${lesson.title}:lesson:” is part of the full course.`
      : $localize`:@@course.locked.unnamed:That lesson is part of the full course.`;
  });

  protected readonly signInQueryParams = computed(() => ({ returnUrl: `/courses/${this.courseId()}` }));
  protected readonly checkoutPending = signal(false);
  protected readonly checkoutError = signal<string | null>(null);
  /** True while waiting for the webhook to grant the course after a successful payment. */
  protected readonly confirmingPurchase = computed(() => {
    const state = this.confirmation.state();
    return state === 'confirming' || (state === 'confirmed' && this.course.isLoading());
  });
  /** Why a returning buyer still sees Buy: the payment failed, or its confirmation is taking long. */
  protected readonly purchaseNotice = computed(() => {
    const state = this.confirmation.state();
    if (state === 'failed') return PAYMENT_FAILED_MESSAGE;
    return state === 'unconfirmed' ? PAYMENT_UNCONFIRMED_MESSAGE : null;
  });

  constructor() {
    effect(() => {
      const course = this.loaded();
      if (course) this.title.setTitle($localize`:@@course.pageTitle:${course.title}:course: · Play-Along`);
    });

    const checkout = readCheckoutReturn(this.route.snapshot.queryParamMap);
    if (checkout) this.handleCheckoutReturn(checkout);
  }

  protected artAlt(title: string): string {
    return $localize`:@@course.artAlt:Cover art for ${title}:title:`;
  }

  protected previewLabel(title: string): string {
    return $localize`:@@course.lesson.previewLabel:Preview ${title}:title:`;
  }

  protected isLocked(lesson: { freePreview: boolean }): boolean {
    return !this.entitled() && !lesson.freePreview;
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
      this.checkoutError.set($localize`:@@course.checkout.startFailed:We couldn't start the checkout. Please try again.`);
      this.checkoutPending.set(false);
    }
  }

  protected retryCourse(): void {
    this.course.reload();
  }

  protected retryProgress(): void {
    this.progress.reload();
  }

  private handleCheckoutReturn(checkout: CheckoutReturn): void {
    const success = checkout.outcome === 'success';
    this.snackBar.open(success ? CHECKOUT_SUCCESS_MESSAGE : CHECKOUT_CANCELLED_MESSAGE, $localize`:@@course.checkout.ok:OK`, { duration: 8000 });
    void forgetCheckoutReturn(this.router, this.route);
    if (success && checkout.sessionId) void this.confirmPurchase(checkout.sessionId);
  }

  /** Once the webhook has granted the course, it is read again so that its access shows it. */
  private async confirmPurchase(sessionId: string): Promise<void> {
    if ((await this.confirmation.confirm(sessionId)) === 'confirmed') await reloadWhenIdle(this.course);
  }
}
