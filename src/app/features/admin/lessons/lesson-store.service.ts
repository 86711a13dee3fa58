import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { BackendError, GraphQlResult, backendCall, listAllPages, toBackendError } from '../../../core/data/backend-call';
import { DataClientService } from '../../../core/data/data-client';
import type { AdminLesson, PublicationStatus } from './admin-lesson';
import type { LessonInput } from './lesson-form';
import { byPosition, idsInOrder, moveItem, renumber } from './lesson-order';
import { RealtimeConnection } from './realtime-connection';

export type LoadState = 'loading' | 'ready' | 'error';
/** 'paused' while the subscription is down and being re-established; updates missed meanwhile are fetched after. */
export type LiveState = 'connecting' | 'live' | 'paused';

/** Waits before re-subscribing after the subscription failed (the last delay repeats). */
export const RESUBSCRIBE_DELAYS_MS = [2_000, 5_000, 15_000, 30_000];

/** The fields a live update may change: those the media functions write. */
const VIDEO_FIELDS = ['videoStatus', 'videoProgressPercent', 'videoFailureReason', 'durationSeconds', 'sourceKey', 'hlsPrefix', 'posterKey'] as const;

type VideoUpdate = Partial<Pick<AdminLesson, (typeof VIDEO_FIELDS)[number]>> & { readonly id: string };

/**
 * The lessons of one course as the Lessons tab shows them: loaded once, kept live through the Lesson
 * onUpdate subscription, changed through the admin mutations. Toggles and reorders are optimistic and
 * roll back with a message when the server refuses; forms get the BackendError to keep their input.
 */
@Injectable()
export class LessonStore {
  private readonly data = inject(DataClientService);
  private readonly connection = inject(RealtimeConnection);
  private readonly destroyRef = inject(DestroyRef);

  private readonly items = signal<readonly AdminLesson[]>([]);
  private readonly state = signal<LoadState>('loading');
  private readonly liveState = signal<LiveState>('connecting');
  private readonly pendingIds = signal<ReadonlySet<string>>(new Set());
  private readonly saving = signal(false);
  private readonly loadFailure = signal('');
  private readonly failure = signal<string | null>(null);
  private readonly statusNews = signal('');

  readonly lessons = this.items.asReadonly();
  readonly loadState = this.state.asReadonly();
  /** Why loading failed, for a person. */
  readonly loadError = this.loadFailure.asReadonly();
  readonly live = this.liveState.asReadonly();
  readonly reordering = this.saving.asReadonly();
  /** The last refused action, for a person; cleared by the next action or dismiss(). */
  readonly error = this.failure.asReadonly();
  /** Video status changes that arrived live, for a polite live region. */
  readonly videoNews = this.statusNews.asReadonly();
  readonly isEmpty = computed(() => this.state() === 'ready' && this.items().length === 0);

  private courseId = '';
  private attempt = 0;
  private stopSubscription: (() => void) | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    this.destroyRef.onDestroy(() => {
      clearTimeout(this.retryTimer);
      this.stopSubscription?.();
    });
  }

  /** Loads the course's lessons and follows their video status until the host is destroyed. */
  connect(courseId: string): void {
    this.courseId = courseId;
    void this.load();
    this.subscribe();
    const stopWatching = this.connection.watch((health) => this.onConnectionChange(health));
    this.destroyRef.onDestroy(stopWatching);
  }

  async load(quiet = false): Promise<void> {
    if (!quiet) this.state.set('loading');
    try {
      this.items.set(byPosition(await this.fetchAll()));
      this.state.set('ready');
    } catch (thrown) {
      if (quiet) return;
      this.loadFailure.set(toBackendError(thrown).message);
      this.state.set('error');
    }
  }

  isPending(id: string): boolean {
    return this.pendingIds().has(id);
  }

  dismiss(): void {
    this.failure.set(null);
  }

  /** Adds a lesson at the end; throws the BackendError so the form keeps its input and shows the message. */
  async create(input: LessonInput): Promise<AdminLesson> {
    const created = await this.mutate(this.data.client.mutations.adminCreateLesson({ courseId: this.courseId, ...input }));
    this.items.update((lessons) => byPosition([...lessons.filter((lesson) => lesson.id !== created.id), created]));
    return created;
  }

  /** Saves title, description and free preview; throws the BackendError like create(). */
  async update(id: string, input: LessonInput): Promise<AdminLesson> {
    const updated = await this.mutate(this.data.client.mutations.adminUpdateLesson({ id, ...input }));
    this.replace(id, (lesson) => ({ ...lesson, title: updated.title, description: updated.description, freePreview: updated.freePreview }));
    return updated;
  }

  async setFreePreview(lesson: AdminLesson, freePreview: boolean): Promise<void> {
    const input = { title: lesson.title, description: lesson.description ?? null, freePreview };
    await this.optimistic(lesson.id, { freePreview }, $localize`:@@admin.lessons.error.freePreview:The free preview could not be changed`, () =>
      this.data.client.mutations.adminUpdateLesson({ id: lesson.id, ...input }),
    );
  }

  async setStatus(lesson: AdminLesson, status: PublicationStatus): Promise<void> {
    await this.optimistic(lesson.id, { status }, status === 'PUBLISHED' ? $localize`:@@admin.lessons.error.publish:The lesson could not be published` : $localize`:@@admin.lessons.error.unpublish:The lesson could not be unpublished`, () =>
      this.data.client.mutations.adminSetLessonStatus({ id: lesson.id, status }),
    );
  }

  /** Returns whether the lesson was deleted. */
  async remove(lesson: AdminLesson): Promise<boolean> {
    return this.whilePending(lesson.id, async () => {
      try {
        await backendCall(this.data.client.mutations.adminDeleteLesson({ id: lesson.id }));
        this.items.update((lessons) => lessons.filter((item) => item.id !== lesson.id));
        return true;
      } catch (thrown) {
        this.fail($localize`:@@admin.lessons.error.delete:"${lesson.title}:title:" could not be deleted`, thrown);
        return false;
      }
    });
  }

  async retryTranscode(lesson: AdminLesson): Promise<void> {
    await this.whilePending(lesson.id, async () => {
      try {
        const retried = await backendCall(this.data.client.mutations.retryTranscode({ lessonId: lesson.id }));
        if (retried) this.merge(retried);
      } catch (thrown) {
        this.fail($localize`:@@admin.lessons.error.retry:The video of "${lesson.title}:title:" could not be retried`, thrown);
      }
    });
  }

  /**
   * Moves one lesson and saves the whole order at once. The new order shows immediately; if the
   * server refuses it, the previous order comes back (keeping any live updates) with the reason.
   * Moves are ignored while one is being saved. Returns whether the new order was saved.
   */
  async reorder(from: number, to: number): Promise<boolean> {
    const current = this.items();
    if (this.saving() || from === to || from < 0 || from >= current.length) return false;
    const previousIds = idsInOrder(current);
    const moved = renumber(moveItem(current, from, to));
    this.items.set(moved);
    this.saving.set(true);
    this.failure.set(null);
    try {
      await backendCall(this.data.client.mutations.adminReorderLessons({ courseId: this.courseId, lessonIds: idsInOrder(moved) }));
      return true;
    } catch (thrown) {
      this.items.update((lessons) => renumber(previousIds.map((id) => lessons.find((lesson) => lesson.id === id)).filter((lesson) => !!lesson)));
      this.fail($localize`:@@admin.lessons.error.order:The new order could not be saved`, thrown);
      return false;
    } finally {
      this.saving.set(false);
    }
  }

  /** Merges a live update into the lesson with the same id; only the fields the media functions write are taken. */
  merge(update: VideoUpdate): void {
    const before = this.items().find((lesson) => lesson.id === update.id);
    if (!before) return;
    const changes: Partial<AdminLesson> = {};
    for (const field of VIDEO_FIELDS) {
      if (update[field] !== undefined) Object.assign(changes, { [field]: update[field] });
    }
    if (changes.videoStatus === null) delete changes.videoStatus;
    this.replace(update.id, (lesson) => ({ ...lesson, ...changes }));
    if (changes.videoStatus && changes.videoStatus !== before.videoStatus) {
      this.statusNews.set(`${before.title}: ${VIDEO_NEWS[changes.videoStatus]}`);
    }
  }

  private subscribe(): void {
    this.stopSubscription?.();
    const subscription = this.data.client.models.Lesson.onUpdate({
      filter: { courseId: { eq: this.courseId } },
      authMode: 'userPool',
    }).subscribe({
      next: (lesson) => {
        this.markLive();
        this.merge(lesson);
      },
      error: () => this.pause(),
    });
    this.stopSubscription = () => subscription.unsubscribe();
  }

  private onConnectionChange(health: 'up' | 'down'): void {
    if (health === 'down') this.liveState.set('paused');
    else this.markLive();
  }

  /** Coming back from a pause, the list is fetched again quietly: updates sent meanwhile were not delivered. */
  private markLive(): void {
    const wasPaused = this.liveState() === 'paused';
    this.attempt = 0;
    this.liveState.set('live');
    if (wasPaused) void this.load(true);
  }

  private pause(): void {
    this.liveState.set('paused');
    const delay = RESUBSCRIBE_DELAYS_MS[Math.min(this.attempt, RESUBSCRIBE_DELAYS_MS.length - 1)];
    this.attempt += 1;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.subscribe(), delay);
  }

  private fetchAll(): Promise<AdminLesson[]> {
    return listAllPages((nextToken) =>
      this.data.client.models.Lesson.lessonsByCourse({ courseId: this.courseId }, { nextToken, authMode: 'userPool' }),
    );
  }

  private async mutate(call: Promise<GraphQlResult<AdminLesson | null | undefined>>): Promise<AdminLesson> {
    this.failure.set(null);
    const lesson = await backendCall(call);
    if (!lesson) throw new BackendError('server', $localize`:@@admin.lessons.error.noLesson:The server did not return the lesson. Please reload the page.`);
    return lesson;
  }

  private async optimistic(id: string, change: Partial<AdminLesson>, failure: string, call: () => Promise<GraphQlResult<unknown>>): Promise<void> {
    const before = this.items().find((lesson) => lesson.id === id);
    if (!before) return;
    const reverted = Object.fromEntries(Object.keys(change).map((key) => [key, before[key as keyof AdminLesson]]));
    this.replace(id, (lesson) => ({ ...lesson, ...change }));
    await this.whilePending(id, async () => {
      try {
        await backendCall(call());
      } catch (thrown) {
        this.replace(id, (lesson) => ({ ...lesson, ...reverted }));
        this.fail(failure, thrown);
      }
    });
  }

  private async whilePending<T>(id: string, work: () => Promise<T>): Promise<T> {
    this.failure.set(null);
    this.pendingIds.update((ids) => new Set(ids).add(id));
    try {
      return await work();
    } finally {
      this.pendingIds.update((ids) => {
        const next = new Set(ids);
        next.delete(id);
        return next;
      });
    }
  }

  private replace(id: string, change: (lesson: AdminLesson) => AdminLesson): void {
    this.items.update((lessons) => lessons.map((lesson) => (lesson.id === id ? change(lesson) : lesson)));
  }

  private fail(what: string, thrown: unknown): void {
    this.failure.set(`${what}: ${toBackendError(thrown).message}`);
  }
}

const VIDEO_NEWS: Readonly<Record<NonNullable<AdminLesson['videoStatus']>, string>> = {
  NONE: $localize`:@@admin.lessons.news.none:no video.`,
  UPLOADED: $localize`:@@admin.lessons.news.uploaded:video uploaded, waiting to be processed.`,
  PROCESSING: $localize`:@@admin.lessons.news.processing:video processing.`,
  READY: $localize`:@@admin.lessons.news.ready:video ready.`,
  FAILED: $localize`:@@admin.lessons.news.failed:video failed.`,
};
