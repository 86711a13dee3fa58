import { ChangeDetectionStrategy, Component, computed, effect, inject, resource, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { BackendError, toBackendError } from '../../../core/data/backend-call';
import { ADMIN_HOME, CREATED_COURSE_STATE } from '../admin-paths';
import type { AdminCourse, CourseInput, CourseStatus } from '../courses/admin-course';
import { AdminCourses } from '../courses/admin-courses.service';
import { CourseForm } from '../courses/course-form.component';
import { CourseStatusChip } from '../courses/course-status-chip.component';
import { CourseMaterials } from '../materials/course-materials.component';
import { CourseSales } from '../sales/course-sales.component';
import { CourseQuestions } from '../questions/course-questions.component';
import { LessonManager } from '../lessons/lesson-manager.component';
import { CourseArt } from './course-art.component';
import { DeleteCourseDialog, DeleteCourseDialogData } from './delete-course-dialog.component';

/** The studio's tabs, in order, as they appear in `?tab=`. */
export const STUDIO_TABS = ['details', 'lessons', 'materials', 'sales', 'questions'] as const;
export type StudioTab = (typeof STUDIO_TABS)[number];

/** A server refusal shown under the header, optionally with the action that resolves it. */
interface Refusal {
  readonly message: string;
  readonly offer: 'unpublish' | 'lessons' | null;
}

/** One course: its details and art, lessons, materials, students and sales, questions; publish, unpublish, delete. */
@Component({
  selector: 'app-course-studio-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    MatTabsModule,
    CourseArt,
    CourseForm,
    CourseMaterials,
    CourseQuestions,
    CourseSales,
    CourseStatusChip,
    LessonManager,
  ],
  templateUrl: './course-studio.page.html',
  styleUrl: './course-studio.page.scss',
})
export default class CourseStudioPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly courses = inject(AdminCourses);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly title = inject(Title);

  private readonly paramMap = toSignal(this.route.paramMap, { requireSync: true });
  private readonly queryParamMap = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly courseId = computed(() => this.paramMap().get('courseId') ?? '');
  protected readonly home = ADMIN_HOME;

  /**
   * The course "New course" just created, handed over in the navigation state: a read right after
   * the write could miss it (DynamoDB reads through AppSync are eventually consistent).
   */
  private created = this.router.currentNavigation()?.extras.state?.[CREATED_COURSE_STATE] as AdminCourse | undefined;

  protected readonly course = resource({
    params: () => ({ id: this.courseId() }),
    loader: ({ params }) => {
      const created = this.created;
      this.created = undefined;
      return created?.id === params.id ? Promise.resolve(created) : this.courses.get(params.id);
    },
  });
  protected readonly loaded = computed<AdminCourse | null>(() => (this.course.hasValue() ? this.course.value() : null));
  protected readonly notFound = computed(() => this.course.status() === 'resolved' && this.course.value() === null);
  protected readonly loadError = computed(() => {
    const error = this.course.error();
    return error ? toBackendError(error).message : null;
  });

  protected readonly tabIndex = computed(() => Math.max(0, STUDIO_TABS.indexOf(this.queryParamMap().get('tab') as StudioTab)));

  protected readonly busy = signal<'status' | 'delete' | null>(null);
  protected readonly refusal = signal<Refusal | null>(null);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<string | null>(null);

  constructor() {
    effect(() => {
      const course = this.loaded();
      if (course) this.title.setTitle($localize`:@@admin.studio.pageTitle:${course.title}:title: · Admin · Play-Along`);
    });
  }

  protected selectTab(index: number): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { tab: index === 0 ? null : STUDIO_TABS[index] },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected retry(): void {
    this.course.reload();
  }

  protected async saveDetails(input: CourseInput): Promise<void> {
    const course = this.loaded();
    if (!course) return;
    this.saving.set(true);
    this.saveError.set(null);
    try {
      this.course.set(await this.courses.update(course.id, input));
      this.snackBar.open($localize`:@@admin.studio.detailsSaved:Details saved`, $localize`:@@admin.snackbar.ok:OK`, { duration: 4000 });
    } catch (thrown) {
      this.saveError.set(toBackendError(thrown).message);
    } finally {
      this.saving.set(false);
    }
  }

  protected artUploaded(): void {
    this.course.reload();
  }

  protected async setStatus(status: CourseStatus): Promise<void> {
    const course = this.loaded();
    if (!course || this.busy()) return;
    this.busy.set('status');
    this.refusal.set(null);
    try {
      this.course.set(await this.courses.setStatus(course.id, status));
      const message =
        status === 'PUBLISHED'
          ? $localize`:@@admin.studio.published:Published: students can find the course now`
          : $localize`:@@admin.studio.unpublished:Unpublished: back to draft`;
      this.snackBar.open(message, $localize`:@@admin.snackbar.ok:OK`, { duration: 5000 });
    } catch (thrown) {
      const error = toBackendError(thrown);
      const offer = status === 'PUBLISHED' && error.kind === 'conflict' ? 'lessons' : null;
      // A publish refusal already says "the course cannot be published yet: <why>".
      this.refusal.set({ message: status === 'PUBLISHED' ? error.message : $localize`:@@admin.studio.notUnpublished:Not unpublished: ${error.message}:reason:`, offer });
    } finally {
      this.busy.set(null);
    }
  }

  protected async confirmDelete(): Promise<void> {
    const course = this.loaded();
    if (!course || this.busy()) return;
    const confirmed = await firstValueFrom(
      this.dialog
        .open<DeleteCourseDialog, DeleteCourseDialogData, boolean>(DeleteCourseDialog, {
          data: { title: course.title },
          role: 'alertdialog',
        })
        .afterClosed(),
    );
    if (!confirmed) return;
    this.busy.set('delete');
    this.refusal.set(null);
    try {
      await this.courses.delete(course.id);
      this.snackBar.open($localize`:@@admin.studio.deleted:Deleted “${course.title}:title:”`, $localize`:@@admin.snackbar.ok:OK`, { duration: 5000 });
      await this.router.navigate([ADMIN_HOME]);
    } catch (thrown) {
      const error = toBackendError(thrown);
      this.refusal.set({ message: $localize`:@@admin.studio.notDeleted:Not deleted: ${error.message}:reason:`, offer: refusedForStudents(error, course) ? 'unpublish' : null });
    } finally {
      this.busy.set(null);
    }
  }

  protected showLessons(): void {
    this.refusal.set(null);
    this.selectTab(STUDIO_TABS.indexOf('lessons'));
  }
}

function refusedForStudents(error: BackendError, course: AdminCourse): boolean {
  return error.kind === 'conflict' && course.status === 'PUBLISHED';
}
