import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { toBackendError } from '../../../core/data/backend-call';
import { ADMIN_HOME, CREATED_COURSE_STATE, courseStudioLink } from '../admin-paths';
import type { CourseInput } from './admin-course';
import { AdminCourses } from './admin-courses.service';
import { CourseForm } from './course-form.component';

/** Creates a draft course, then opens it in the studio to add art, lessons and publish it. */
@Component({
  selector: 'app-course-create-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, CourseForm],
  template: `
    <section class="page">
      <nav class="back" aria-label="Breadcrumb" i18n-aria-label="@@admin.courseCreate.breadcrumb"><a [routerLink]="home" i18n="@@admin.courseCreate.back">← All courses</a></nav>
      <h1 i18n="@@admin.courseCreate.heading">New course</h1>
      <p class="intro" i18n="@@admin.courseCreate.intro">The course starts as a draft: students see it only once you publish it.</p>
      <app-course-form submitLabel="Create course" i18n-submitLabel="@@admin.courseCreate.submit" [saving]="saving()" [error]="error()" (save)="create($event)">
        <a mat-button formActions [routerLink]="home" i18n="@@admin.courseCreate.cancel">Cancel</a>
      </app-course-form>
    </section>
  `,
  styles: `
    .page {
      max-width: 960px;
      margin: 0 auto;
      padding: 24px 16px 48px;
    }
    .back {
      margin-bottom: 16px;
    }
    .intro {
      margin: 0 0 24px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export default class CourseCreatePage {
  private readonly courses = inject(AdminCourses);
  private readonly router = inject(Router);

  protected readonly home = ADMIN_HOME;
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async create(input: CourseInput): Promise<void> {
    this.saving.set(true);
    this.error.set(null);
    try {
      const course = await this.courses.create(input);
      await this.router.navigate(courseStudioLink(course.id), { state: { [CREATED_COURSE_STATE]: course } });
    } catch (thrown) {
      this.error.set(toBackendError(thrown).message);
    } finally {
      this.saving.set(false);
    }
  }
}
