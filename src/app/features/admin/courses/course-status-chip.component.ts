import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { CourseStatus, STATUS_LABELS } from './admin-course';

/** "Draft" / "Published" as a small label (not interactive), used by the course list and the studio. */
@Component({
  selector: 'app-course-status-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<span class="chip" [class.published]="status() === \'PUBLISHED\'">{{ label() }}</span>',
  styles: `
    .chip {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
    }
    .published {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
  `,
})
export class CourseStatusChip {
  readonly status = input.required<CourseStatus>();

  protected readonly label = computed(() => STATUS_LABELS[this.status()]);
}
