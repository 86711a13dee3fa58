import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { AuthService } from '../../core/auth/auth.service';
import { BackendError } from '../../core/data/backend-call';
import { DataClientService } from '../../core/data/data-client';
import { fetchCatalogCourse } from '../../shared/catalog-api';
import { CatalogCourse, orderedLessons } from '../../shared/catalog-types';
import { fetchCompletedLessonIds, lockedLessonIds } from './curriculum/course-standing';
import { CurriculumSidebar } from './curriculum/curriculum-sidebar.component';
import { LessonMaterials } from './materials/lesson-materials.component';
import { PlaybackPrefetch } from './playback/playback-prefetch.service';
import { LessonStage } from './stage/lesson-stage.component';
import { PlayerIcon } from './ui/player-icon.component';

type CourseState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'failed' }
  | { status: 'offline' }
  | { status: 'ready'; course: CatalogCourse };

/**
 * Route `courses/:courseId/lessons/:lessonId`: the lesson player with the course curriculum.
 * Playback itself is asked of the backend by the stage, which also handles "not entitled".
 */
@Component({
  selector: 'app-lesson-player-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LessonStage, CurriculumSidebar, LessonMaterials, RouterLink, MatButton, MatProgressSpinner, PlayerIcon],
  templateUrl: './lesson-player.page.html',
  styleUrl: './lesson-player.page.scss',
})
export default class LessonPlayerPage {
  private readonly data = inject(DataClientService);
  private readonly auth = inject(AuthService);
  private readonly prefetch = inject(PlaybackPrefetch);

  readonly courseId = input.required<string>();
  readonly lessonId = input.required<string>();

  protected readonly state = signal<CourseState>({ status: 'loading' });
  private readonly completedBefore = signal<ReadonlySet<string>>(new Set());
  private readonly justCompleted = signal<ReadonlySet<string>>(new Set());

  protected readonly course = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.course : null;
  });
  protected readonly lessons = computed(() => {
    const course = this.course();
    return course ? orderedLessons(course) : [];
  });
  protected readonly lesson = computed(() => this.lessons().find((lesson) => lesson.id === this.lessonId()) ?? null);
  protected readonly heading = computed(() => this.lesson()?.title ?? (this.course() ? $localize`:@@player.page.notFound:Lesson not found` : $localize`:@@player.page.lesson:Lesson`));
  protected readonly previous = computed(() => this.neighbour(-1));
  protected readonly next = computed(() => this.neighbour(1));
  protected readonly completedIds = computed(() => new Set([...this.completedBefore(), ...this.justCompleted()]));
  protected readonly lockedIds = computed(() => {
    const course = this.course();
    return course ? lockedLessonIds(course) : new Set<string>();
  });
  /**
   * The one stage, keyed by lesson: another lesson gets a fresh stage with its own per-lesson
   * services. Keyed by id rather than by identity, which Angular flags (NG0956) on every change.
   */
  protected readonly stages = computed(() => [{ lessonId: this.lessonId() }]);
  protected previousLabel(title: string): string {
    return $localize`:@@player.page.previousLabel:Previous lesson: ${title}:title:`;
  }

  protected nextLabel(title: string): string {
    return $localize`:@@player.page.nextLabel:Next lesson: ${title}:title:`;
  }

  protected readonly returnUrl = computed(() => `/courses/${this.courseId()}/lessons/${this.lessonId()}`);

  constructor() {
    // The manifest and hls.js load beside the course, not after it: the stage takes what is prefetched.
    effect(() => {
      if (this.auth.ready()) this.prefetch.prefetch(this.lessonId());
    });
    effect(() => {
      const courseId = this.courseId();
      if (!this.auth.ready()) return;
      const signedIn = this.auth.isSignedIn();
      untracked(() => void this.load(courseId, signedIn));
    });
  }

  protected onCompleted(lessonId: string): void {
    this.justCompleted.update((ids) => new Set([...ids, lessonId]));
  }

  private neighbour(step: -1 | 1) {
    const lessons = this.lessons();
    const index = lessons.findIndex((lesson) => lesson.id === this.lessonId());
    return index < 0 ? null : (lessons[index + step] ?? null);
  }

  private async load(courseId: string, signedIn: boolean): Promise<void> {
    if (this.course()?.id !== courseId) this.state.set({ status: 'loading' });
    try {
      const course = await fetchCatalogCourse(this.data, courseId);
      if (courseId !== this.courseId()) return;
      this.state.set(course ? { status: 'ready', course } : { status: 'missing' });
      this.completedBefore.set(course && signedIn ? await fetchCompletedLessonIds(this.data, course) : new Set());
    } catch (error) {
      this.state.set({ status: error instanceof BackendError && error.kind === 'network' ? 'offline' : 'failed' });
    }
  }
}
