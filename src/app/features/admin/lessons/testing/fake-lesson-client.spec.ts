// Test doubles for the Lessons tab's specs; named .spec.ts so the app build never compiles jasmine references.
import { Subject } from 'rxjs';
import type { DataClientService } from '../../../../core/data/data-client';
import type { AdminLesson } from '../admin-lesson';
import type { RealtimeConnection, RealtimeHealth } from '../realtime-connection';

export type LessonUpdate = Partial<AdminLesson> & { readonly id: string };

export function lessonFixture(overrides: Partial<AdminLesson> & Pick<AdminLesson, 'id' | 'position'>): AdminLesson {
  return {
    courseId: 'c1',
    title: `Lesson ${overrides.position}`,
    description: null,
    durationSeconds: null,
    freePreview: false,
    status: 'DRAFT',
    videoStatus: 'NONE',
    videoProgressPercent: null,
    videoFailureReason: null,
    sourceKey: null,
    hlsPrefix: null,
    posterKey: null,
    ...overrides,
  };
}

/**
 * The data client calls of the Lessons tab as spies. `feed` is the latest onUpdate subscription:
 * drive it with `feed.next(update)` or `feed.error(e)`; each onUpdate call opens a new one.
 */
export class FakeLessonClient {
  feed = new Subject<LessonUpdate>();
  readonly lessonsByCourse = jasmine.createSpy('Lesson.lessonsByCourse').and.resolveTo({ data: [], nextToken: null });
  readonly onUpdate = jasmine.createSpy('Lesson.onUpdate').and.callFake(() => {
    this.feed = new Subject<LessonUpdate>();
    return this.feed;
  });
  readonly mutations = {
    adminCreateLesson: jasmine.createSpy('adminCreateLesson').and.resolveTo({ data: null }),
    adminUpdateLesson: jasmine.createSpy('adminUpdateLesson').and.resolveTo({ data: null }),
    adminSetLessonStatus: jasmine.createSpy('adminSetLessonStatus').and.resolveTo({ data: null }),
    adminDeleteLesson: jasmine.createSpy('adminDeleteLesson').and.resolveTo({ data: null }),
    adminReorderLessons: jasmine.createSpy('adminReorderLessons').and.resolveTo({ data: [] }),
    retryTranscode: jasmine.createSpy('retryTranscode').and.resolveTo({ data: null }),
  };

  givenLessons(lessons: AdminLesson[]): this {
    this.lessonsByCourse.and.resolveTo({ data: lessons, nextToken: null });
    return this;
  }

  asService(): DataClientService {
    const client = { models: { Lesson: { lessonsByCourse: this.lessonsByCourse, onUpdate: this.onUpdate } }, mutations: this.mutations };
    return { client, authMode: () => 'userPool' } as unknown as DataClientService;
  }
}

/** A refusal as AppSync reports it for one of our functions ("<Kind>: <detail>", errorType Lambda:Unhandled). */
export function refused(detail: string, kind = 'Conflict') {
  return { data: null, errors: [{ message: `${kind}: ${detail}`, errorType: 'Lambda:Unhandled' }] };
}

/** RealtimeConnection whose health the spec reports. */
export class FakeRealtimeConnection {
  private listener: ((health: RealtimeHealth) => void) | undefined;

  report(health: RealtimeHealth): void {
    this.listener?.(health);
  }

  asService(): RealtimeConnection {
    return {
      watch: (listener: (health: RealtimeHealth) => void) => {
        this.listener = listener;
        return () => (this.listener = undefined);
      },
    };
  }
}
