import { ChangeDetectionStrategy, Component, computed, effect, inject, resource } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipListboxChange, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectChange, MatSelectModule } from '@angular/material/select';
import { debounceTime, filter, map } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { DataClientService } from '../../core/data/data-client';
import { CatalogLastVisit } from '../../shared/catalog-last-visit.service';
import { Instrument, LEVELS, Level, enumLabel } from '../../shared/catalog-types';
import { filterCourses, instrumentCounts, isFilterActive } from './catalog-filter';
import { CatalogUrlState } from './catalog-url-state.service';
import { CourseCard } from './course-card.component';

/** How long the search box waits after the last keystroke before filtering (and rewriting the URL). */
export const SEARCH_DEBOUNCE_MS = 300;
/** Cards in the grid's widest row (1200 px page, 260 px columns). */
export const FIRST_ROW_CARDS = 4;

@Component({
  selector: 'app-catalog-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [CatalogUrlState],
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    CourseCard,
  ],
  templateUrl: './catalog.page.html',
  styleUrl: './catalog.page.scss',
})
export default class CatalogPage {
  private readonly data = inject(DataClientService);
  private readonly auth = inject(AuthService);
  private readonly lastVisit = inject(CatalogLastVisit);
  protected readonly state = inject(CatalogUrlState);

  protected readonly levels = LEVELS;
  protected readonly label = enumLabel;
  protected readonly skeletons = [1, 2, 3, 4, 5, 6];
  protected readonly firstRow = FIRST_ROW_CARDS;

  /** Waits for the session check so the first request already uses the right auth mode. */
  protected readonly catalog = resource({
    params: () => (this.auth.ready() ? { authMode: this.data.authMode() } : undefined),
    loader: () => this.lastVisit.catalog(),
  });

  protected readonly loading = computed(() => !this.catalog.hasValue() && !this.catalog.error());
  protected readonly courses = computed(() => (this.catalog.hasValue() ? this.catalog.value() : []));
  protected readonly instruments = computed(() => instrumentCounts(this.courses(), this.state.filter().instrument));
  protected readonly visibleCourses = computed(() => filterCourses(this.courses(), this.state.filter()));
  protected readonly filtered = computed(() => isFilterActive(this.state.filter()));
  protected readonly resultCount = computed(() => this.visibleCourses().length);

  protected readonly search = new FormControl(this.state.filter().q, { nonNullable: true });

  constructor() {
    this.search.valueChanges
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        map((text) => text.trim()),
        filter((q) => q !== this.state.filter().q),
        takeUntilDestroyed(),
      )
      .subscribe((q) => void this.state.update({ q }));

    // Mirrors URL changes made elsewhere (clear filters, back/forward) into the box, without
    // overwriting what the user is still typing.
    effect(() => {
      const q = this.state.filter().q;
      if (q !== this.search.value.trim()) this.search.setValue(q, { emitEvent: false });
    });
  }

  protected selectInstrument(event: MatChipListboxChange): void {
    void this.state.update({ instrument: (event.value as Instrument | undefined) ?? null });
  }

  protected selectLevel(event: MatSelectChange<Level | null>): void {
    void this.state.update({ level: event.value ?? null });
  }

  protected clearFilters(): void {
    this.search.setValue('', { emitEvent: false });
    void this.state.clear();
  }

  protected retry(): void {
    this.catalog.reload();
  }
}
