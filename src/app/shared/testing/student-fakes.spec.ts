// Test doubles shared by the student pages' specs; named .spec.ts so the app build (which excludes specs) never compiles jasmine references.
import { Signal, computed, signal } from '@angular/core';
import { Subject } from 'rxjs';
import type { AuthService, AuthUser } from '../../core/auth/auth.service';
import type { DataClientService } from '../../core/data/data-client';
import { CatalogCourse, CatalogLesson } from '../catalog-types';

/** AuthService stand-in whose session the spec sets directly. */
export class FakeAuth {
  readonly user = signal<AuthUser | null>(null);
  readonly groups = signal<string[]>([]);
  readonly ready = signal(true);
  readonly isSignedIn: Signal<boolean> = computed(() => this.user() !== null);
  readonly isAdmin: Signal<boolean> = computed(() => this.groups().includes('ADMINS'));
  refresh = jasmine.createSpy('refresh').and.resolveTo();

  signIn(userId = 'user-1'): this {
    this.user.set({ userId, email: `${userId}@example.com` });
    return this;
  }

  asService(): AuthService {
    return this as unknown as AuthService;
  }
}

/** The data client calls the student pages make, as spies answering "nothing" by default. */
export function fakeDataClient(auth: FakeAuth) {
  const empty = { data: [], nextToken: null };
  /** Drives the Order onUpdate subscription a checkout return opens. */
  const orderUpdates = new Subject<{ id: string; status: string; fulfilledAt: string | null }>();
  const client = {
    queries: {
      listCatalog: jasmine.createSpy('listCatalog').and.resolveTo({ data: [] }),
      getCatalogCourse: jasmine.createSpy('getCatalogCourse').and.resolveTo({ data: null }),
    },
    mutations: {
      startCheckout: jasmine.createSpy('startCheckout'),
    },
    models: {
      Enrollment: { list: jasmine.createSpy('Enrollment.list').and.resolveTo(empty) },
      LessonProgress: { list: jasmine.createSpy('LessonProgress.list').and.resolveTo(empty) },
      PracticeSession: { list: jasmine.createSpy('PracticeSession.list').and.resolveTo(empty) },
      Membership: { list: jasmine.createSpy('Membership.list').and.resolveTo(empty) },
      Order: {
        get: jasmine.createSpy('Order.get').and.resolveTo({ data: null }),
        onUpdate: jasmine.createSpy('Order.onUpdate').and.returnValue(orderUpdates),
      },
    },
  };
  const service = { client, authMode: () => (auth.isSignedIn() ? 'userPool' : 'apiKey') };
  return { client, orderUpdates, service: service as unknown as DataClientService };
}

export function lessonFixture(overrides: Partial<CatalogLesson> & Pick<CatalogLesson, 'id' | 'position'>): CatalogLesson {
  return {
    title: `Lesson ${overrides.position}`,
    description: null,
    durationSeconds: 300,
    freePreview: false,
    playable: false,
    ...overrides,
  };
}

export function courseFixture(overrides: Partial<CatalogCourse> = {}): CatalogCourse {
  return {
    id: 'c1',
    title: 'Blues Guitar Basics',
    summary: 'Twelve-bar blues from scratch',
    description: 'Shuffle rhythms, the minor pentatonic and your first solo.',
    instrument: 'GUITAR',
    level: 'BEGINNER',
    priceCents: 4900,
    currency: 'USD',
    artUrl: null,
    lessonCount: 3,
    totalDurationSeconds: 900,
    lessons: [
      lessonFixture({ id: 'l1', position: 1, title: 'Holding the pick', freePreview: true, playable: true }),
      lessonFixture({ id: 'l2', position: 2, title: 'The shuffle' }),
      lessonFixture({ id: 'l3', position: 3, title: 'First solo' }),
    ],
    materials: [{ id: 'm1', lessonId: null, title: 'Chord chart (PDF)', contentType: 'application/pdf', sizeBytes: 1000 }],
    access: 'NONE',
    ...overrides,
  };
}
