import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DurationPipe } from '../../../shared/duration.pipe';
import { CatalogCourse, orderedLessons } from '../../../shared/catalog-types';
import { PlayerIcon } from '../ui/player-icon.component';

/** The course's lessons with the current one highlighted, completion ticks and locks. */
@Component({
  selector: 'app-curriculum-sidebar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, DurationPipe, PlayerIcon],
  template: `
    <nav aria-labelledby="curriculum-heading">
      <h2 id="curriculum-heading"><a [routerLink]="['/courses', course().id]">{{ course().title }}</a></h2>
      <ol>
        @for (lesson of lessons(); track lesson.id) {
          @let locked = lockedIds().has(lesson.id);
          @let done = completedIds().has(lesson.id);
          <li [class.current]="lesson.id === currentLessonId()" [class.locked]="locked">
            <a
              [routerLink]="locked ? ['/courses', course().id] : ['/courses', course().id, 'lessons', lesson.id]"
              [queryParams]="locked ? { locked: lesson.id } : null"
              [attr.aria-current]="lesson.id === currentLessonId() ? 'page' : null"
            >
              <app-player-icon class="status" [name]="locked ? 'lock' : done ? 'check' : 'circle'" />
              <span class="title">{{ lesson.position }}. {{ lesson.title }}</span>
              @if (locked) {
                <span class="sr-only" i18n="@@player.curriculum.locked">(locked)</span>
              } @else if (done) {
                <span class="sr-only" i18n="@@player.curriculum.completed">(completed)</span>
              }
              @if (lesson.freePreview && lockedIds().size > 0) {
                <span class="badge" i18n="@@player.curriculum.preview">Preview</span>
              }
              <span class="duration">{{ lesson.durationSeconds | duration: 'clock' }}</span>
            </a>
          </li>
        }
      </ol>
    </nav>
  `,
  styleUrl: './curriculum-sidebar.component.scss',
})
export class CurriculumSidebar {
  readonly course = input.required<CatalogCourse>();
  readonly currentLessonId = input.required<string>();
  readonly completedIds = input<ReadonlySet<string>>(new Set());
  readonly lockedIds = input<ReadonlySet<string>>(new Set());

  protected readonly lessons = computed(() => orderedLessons(this.course()));
}
