import { Page } from '../../../core/data/backend-call';
import type { AdminCourse } from './admin-course';
import { ALL_COURSES, CourseListQuery } from './course-list-query';
import { CoursePager, MAX_READS_PER_LOAD } from './course-pager';
import { adminCourseFixture } from './testing/admin-course-fakes.spec';

function page(ids: string[], nextToken: string | null = null): Page<AdminCourse> {
  return { items: ids.map((id) => adminCourseFixture({ id, title: `Course ${id}` })), nextToken };
}

describe('CoursePager', () => {
  let fetchPage: jasmine.Spy<(query: CourseListQuery, token: string | null) => Promise<Page<AdminCourse>>>;
  let pager: CoursePager;

  beforeEach(() => {
    fetchPage = jasmine.createSpy('fetchPage');
    pager = new CoursePager(fetchPage);
  });

  const ids = () => pager.courses().map((course) => course.id);

  it('should be in its first load before any page arrived', () => {
    expect(pager.firstLoad()).toBeTrue();
  });

  it('should show the first page and offer more when the page has a next token', async () => {
    fetchPage.and.resolveTo(page(['a', 'b'], 't2'));

    await pager.reset(ALL_COURSES);

    expect([ids(), pager.hasMore(), pager.firstLoad()]).toEqual([['a', 'b'], true, false]);
  });

  it('should append the next page with its token when loading more', async () => {
    fetchPage.withArgs(ALL_COURSES, null).and.resolveTo(page(['a'], 't2'));
    fetchPage.withArgs(ALL_COURSES, 't2').and.resolveTo(page(['b']));
    await pager.reset(ALL_COURSES);

    await pager.more();

    expect([ids(), pager.hasMore()]).toEqual([['a', 'b'], false]);
  });

  it('should start over with the new query when the query changes', async () => {
    const drafts: CourseListQuery = { q: '', status: 'DRAFT' };
    fetchPage.withArgs(ALL_COURSES, null).and.resolveTo(page(['a', 'b'], 't2'));
    fetchPage.withArgs(drafts, null).and.resolveTo(page(['d']));
    await pager.reset(ALL_COURSES);

    await pager.reset(drafts);

    expect([ids(), pager.hasMore()]).toEqual([['d'], false]);
  });

  it('should drop the answer to an older query when a newer one was asked meanwhile', async () => {
    let answerOld: (value: Page<AdminCourse>) => void = () => undefined;
    fetchPage.withArgs(ALL_COURSES, null).and.returnValue(new Promise((resolve) => (answerOld = resolve)));
    fetchPage.withArgs({ q: 'jazz', status: null }, null).and.resolveTo(page(['j']));
    const old = pager.reset(ALL_COURSES);
    await pager.reset({ q: 'jazz', status: null });

    answerOld(page(['a']));
    await old;

    expect(ids()).toEqual(['j']);
  });

  it('should keep reading past empty pages when the filter left them empty', async () => {
    fetchPage.withArgs(ALL_COURSES, null).and.resolveTo(page([], 't2'));
    fetchPage.withArgs(ALL_COURSES, 't2').and.resolveTo(page(['b'], 't3'));

    await pager.reset(ALL_COURSES);

    expect([ids(), pager.hasMore(), fetchPage.calls.count()]).toEqual([['b'], true, 2]);
  });

  it('should stop reading empty pages after the limit and still offer more', async () => {
    fetchPage.and.resolveTo(page([], 'again'));

    await pager.reset(ALL_COURSES);

    expect([fetchPage.calls.count(), pager.hasMore()]).toEqual([MAX_READS_PER_LOAD, true]);
  });

  it('should show the message of the failure and keep the rows when loading more fails', async () => {
    fetchPage.withArgs(ALL_COURSES, null).and.resolveTo(page(['a'], 't2'));
    fetchPage.withArgs(ALL_COURSES, 't2').and.rejectWith(new TypeError('Failed to fetch'));
    await pager.reset(ALL_COURSES);

    await pager.more();

    expect([ids(), pager.error(), pager.loading()]).toEqual([
      ['a'],
      'Cannot reach the server. Check your connection and try again.',
      false,
    ]);
  });

  it('should load the page that failed again when retrying', async () => {
    fetchPage.withArgs(ALL_COURSES, null).and.resolveTo(page(['a'], 't2'));
    fetchPage.withArgs(ALL_COURSES, 't2').and.rejectWith(new TypeError('Failed to fetch'));
    await pager.reset(ALL_COURSES);
    await pager.more();
    fetchPage.withArgs(ALL_COURSES, 't2').and.resolveTo(page(['b']));

    await pager.retry();

    expect([ids(), pager.error()]).toEqual([['a', 'b'], null]);
  });

  it('should not ask for more when there is no next page', async () => {
    fetchPage.and.resolveTo(page(['a']));
    await pager.reset(ALL_COURSES);

    await pager.more();

    expect(fetchPage).toHaveBeenCalledTimes(1);
  });
});
