import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleChange, MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { debounceTime, filter, map } from 'rxjs';
import { enumLabel } from '../../../shared/catalog-types';
import { PricePipe } from '../../../shared/price.pipe';
import type { CourseStatus } from './admin-course';
import { AdminCourses } from './admin-courses.service';
import { CourseListQuery, isQueryActive, queryFromParams, queryToParams } from './course-list-query';
import { CoursePager } from './course-pager';
import { CourseStatusChip } from './course-status-chip.component';

/** How long the search box waits after the last keystroke before searching (and rewriting the URL). */
export const SEARCH_DEBOUNCE_MS = 300;

/** Every course, drafts included, with search and status in the URL and "Load more" paging. */
@Component({
  selector: 'app-course-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatTableModule,
    CourseStatusChip,
    PricePipe,
  ],
  templateUrl: './course-list.page.html',
  styleUrl: './course-list.page.scss',
})
export default class CourseListPage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly courses = inject(AdminCourses);

  protected readonly pager = new CoursePager((query, nextToken) => this.courses.page(query, nextToken));
  protected readonly query = toSignal(this.route.queryParams.pipe(map(queryFromParams)), {
    initialValue: queryFromParams(this.route.snapshot.queryParams),
  });
  protected readonly filtered = computed(() => isQueryActive(this.query()));
  protected readonly statusValue = computed(() => this.query().status ?? 'ALL');
  protected readonly columns = ['title', 'instrument', 'level', 'price', 'status', 'updated'];
  protected readonly label = enumLabel;

  protected readonly search = new FormControl(this.query().q, { nonNullable: true });

  constructor() {
    effect(() => {
      const query = this.query();
      untracked(() => void this.pager.reset(query));
    });

    this.search.valueChanges
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        map((text) => text.trim()),
        filter((q) => q !== this.query().q),
        takeUntilDestroyed(),
      )
      .subscribe((q) => void this.navigate({ ...this.query(), q }));

    // Mirrors URL changes made elsewhere (clear, back/forward) into the box without overwriting typing.
    effect(() => {
      const q = this.query().q;
      if (q !== this.search.value.trim()) this.search.setValue(q, { emitEvent: false });
    });
  }

  protected selectStatus(event: MatButtonToggleChange): void {
    const status = event.value === 'ALL' ? null : (event.value as CourseStatus);
    void this.navigate({ ...this.query(), status });
  }

  protected clearFilters(): void {
    this.search.setValue('', { emitEvent: false });
    void this.navigate({ q: '', status: null });
  }

  protected loadMore(): void {
    void this.pager.more();
  }

  protected retry(): void {
    void this.pager.retry();
  }

  private navigate(query: CourseListQuery): Promise<boolean> {
    return this.router.navigate([], {
      relativeTo: this.route,
      queryParams: queryToParams(query),
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }
}
