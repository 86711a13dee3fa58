// Test doubles shared by the admin course pages' specs; named .spec.ts so the app build never compiles jasmine references.
import type { AdminCourse } from '../admin-course';
import type { AdminCourses } from '../admin-courses.service';

export function adminCourseFixture(overrides: Partial<AdminCourse> = {}): AdminCourse {
  return {
    id: 'c1',
    title: 'Blues Lead Guitar',
    summary: 'Solo over a twelve-bar blues',
    description: 'Bends and vibrato.',
    instrument: 'GUITAR',
    level: 'INTERMEDIATE',
    priceCents: 4900,
    currency: 'USD',
    artKey: null,
    status: 'DRAFT',
    publishedAt: null,
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

/** AdminCourses made of spies; by default the list is empty and no course exists. */
export function fakeAdminCourses() {
  const fake = {
    page: jasmine.createSpy<AdminCourses['page']>('page').and.resolveTo({ items: [], nextToken: null }),
    get: jasmine.createSpy<AdminCourses['get']>('get').and.resolveTo(null),
    create: jasmine.createSpy<AdminCourses['create']>('create'),
    update: jasmine.createSpy<AdminCourses['update']>('update'),
    setStatus: jasmine.createSpy<AdminCourses['setStatus']>('setStatus'),
    delete: jasmine.createSpy<AdminCourses['delete']>('delete').and.resolveTo(),
  };
  return { ...fake, asService: () => fake as unknown as AdminCourses };
}
