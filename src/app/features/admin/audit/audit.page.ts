import { ChangeDetectionStrategy, Component, computed, effect, inject, resource, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import { map } from 'rxjs';
import { listAllPages, toBackendError } from '../../../core/data/backend-call';
import { DataClientService } from '../../../core/data/data-client';
import { AuditEntry } from './audit-entry.component';
import type { AuditItem } from './audit-entry';
import { fetchAuditPage } from './audit-feed';
import { type AuditFilter, auditFilterFromParams, auditFilterToParams, isFiltered, NO_FILTER } from './audit-filter';

/**
 * Every admin change, newest first, filterable by course and by admin. The filter lives in the URL
 * (`?course=&admin=`) so a filtered view can be shared and survives a reload.
 */
@Component({
  selector: 'app-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatFormField, MatLabel, MatSelect, MatOption, MatProgressBar, AuditEntry],
  templateUrl: './audit.page.html',
  styleUrl: './audit.page.scss',
})
export default class AuditPage {
  private readonly data = inject(DataClientService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly filter = toSignal(this.route.queryParams.pipe(map(auditFilterFromParams)), {
    initialValue: auditFilterFromParams(this.route.snapshot.queryParams),
  });
  protected readonly filtered = computed(() => isFiltered(this.filter()));

  protected readonly courses = resource({
    loader: () => listAllPages((nextToken) => this.data.client.models.Course.list({ nextToken, selectionSet: ['id', 'title'] })),
  });
  protected readonly courseOptions = computed(() =>
    [...(this.courses.hasValue() ? this.courses.value() : [])].sort((a, b) => a.title.localeCompare(b.title)),
  );
  protected readonly courseTitles = computed(() => new Map(this.courseOptions().map((course) => [course.id, course.title])));

  protected readonly entries = signal<AuditItem[]>([]);
  protected readonly nextToken = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly loaded = signal(false);

  /** Admins seen in loaded entries (id → email), kept across filters so the admin select does not shrink. */
  private readonly actorsSeen = signal<ReadonlyMap<string, string | null>>(new Map());
  protected readonly adminOptions = computed(() => {
    const seen = new Map(this.actorsSeen());
    const chosen = this.filter().actorId;
    if (chosen && !seen.has(chosen)) seen.set(chosen, null);
    return [...seen].map(([id, email]) => ({ id, label: email ?? id })).sort((a, b) => a.label.localeCompare(b.label));
  });

  /** Answers to an older filter are dropped when they arrive late. */
  private generation = 0;

  constructor() {
    effect(() => {
      const filter = this.filter();
      untracked(() => void this.load(filter, null));
    });
  }

  protected chooseCourse(courseId: string | null): Promise<boolean> {
    return this.applyFilter({ ...this.filter(), courseId });
  }

  protected chooseAdmin(actorId: string | null): Promise<boolean> {
    return this.applyFilter({ ...this.filter(), actorId });
  }

  protected clearFilters(): Promise<boolean> {
    return this.applyFilter(NO_FILTER);
  }

  protected loadMore(): void {
    void this.load(this.filter(), this.nextToken());
  }

  protected retry(): void {
    void this.load(this.filter(), this.entries().length > 0 ? this.nextToken() : null);
  }

  private applyFilter(filter: AuditFilter): Promise<boolean> {
    return this.router.navigate([], { relativeTo: this.route, queryParams: auditFilterToParams(filter), queryParamsHandling: 'merge' });
  }

  private async load(filter: AuditFilter, after: string | null): Promise<void> {
    const ticket = after === null ? ++this.generation : this.generation;
    if (after === null) {
      this.entries.set([]);
      this.nextToken.set(null);
      this.loaded.set(false);
    }
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await fetchAuditPage(this.data, filter, after);
      if (ticket !== this.generation) return;
      this.entries.update((entries) => [...entries, ...page.items]);
      this.nextToken.set(page.nextToken);
      this.loaded.set(true);
      this.remember(page.items);
    } catch (error) {
      if (ticket === this.generation) this.error.set(toBackendError(error).message);
    } finally {
      if (ticket === this.generation) this.loading.set(false);
    }
  }

  private remember(items: readonly AuditItem[]): void {
    this.actorsSeen.update((seen) => {
      const next = new Map(seen);
      for (const item of items) if (!next.get(item.actorId)) next.set(item.actorId, item.actorEmail);
      return next;
    });
  }
}
