import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatCardModule } from '@angular/material/card';
import { CatalogCourse, enumLabel } from '../../shared/catalog-types';
import { accessBadge } from '../../shared/course-access';
import { DurationPipe } from '../../shared/duration.pipe';
import { PricePipe } from '../../shared/price.pipe';

/** One course in the catalog grid; the title link covers the whole card. A course the user already has shows that instead of its price. */
@Component({
  selector: 'app-course-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatCardModule, DurationPipe, PricePipe],
  templateUrl: './course-card.component.html',
  styleUrl: './course-card.component.scss',
})
export class CourseCard {
  readonly course = input.required<CatalogCourse>();
  /** Art in the first row is the page's largest paint: fetched at once and first, not when layout finds it on screen. */
  readonly priority = input(false);

  protected readonly instrument = computed(() => enumLabel(this.course().instrument));
  protected readonly level = computed(() => enumLabel(this.course().level));
  protected readonly badge = computed(() => accessBadge(this.course().access));
  protected readonly artAlt = computed(() => $localize`:@@catalog.card.artAlt:Cover art for ${this.course().title}:title:`);
}
