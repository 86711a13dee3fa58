import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AdminCourses } from './admin-courses.service';
import CourseListPage, { SEARCH_DEBOUNCE_MS } from './course-list.page';
import { adminCourseFixture, fakeAdminCourses } from './testing/admin-course-fakes.spec';

function setUp() {
  const courses = fakeAdminCourses();
  TestBed.configureTestingModule({
    providers: [provideRouter([{ path: 'admin', component: CourseListPage }]), { provide: AdminCourses, useValue: courses.asService() }],
  });
  return courses;
}

async function open(url: string) {
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  await settle(harness);
  return { page: harness.routeNativeElement as HTMLElement, harness };
}

async function settle(harness: RouterTestingHarness): Promise<void> {
  await harness.fixture.whenStable();
  harness.detectChanges();
}

const text = (page: HTMLElement) => page.textContent?.replace(/\s+/g, ' ') ?? '';
const rowTitles = (page: HTMLElement) => Array.from(page.querySelectorAll('tr[mat-row] a')).map((a) => a.textContent?.trim());
const url = () => TestBed.inject(Router).url;

describe('CourseListPage', () => {
  it('should list drafts and published courses with their status, price and a link to the studio', async () => {
    const courses = setUp();
    courses.page.and.resolveTo({
      items: [
        adminCourseFixture({ id: 'c1', title: 'Blues Lead Guitar' }),
        adminCourseFixture({ id: 'c2', title: 'Jazz Piano', status: 'PUBLISHED' }),
      ],
      nextToken: null,
    });

    const { page } = await open('/admin');

    expect(rowTitles(page)).toEqual(['Blues Lead Guitar', 'Jazz Piano']);
    expect(page.querySelector('tr[mat-row] a')?.getAttribute('href')).toBe('/admin/courses/c1');
    expect(Array.from(page.querySelectorAll('app-course-status-chip')).map((chip) => chip.textContent?.trim())).toEqual([
      'Draft',
      'Published',
    ]);
    expect(text(page)).toContain('$49.00');
  });

  it('should invite to create the first course when there are none', async () => {
    setUp();

    const { page } = await open('/admin');

    expect(text(page)).toContain('No courses yet — create your first course');
    expect(page.querySelector('.message a')?.getAttribute('href')).toBe('/admin/courses/new');
  });

  it('should say nothing matches and offer to clear the filters when a search finds nothing', async () => {
    setUp();

    const { page } = await open('/admin?q=zzz');

    expect(text(page)).toContain('No courses match');
    expect(page.querySelector('.message button')?.textContent).toContain('Clear filters');
  });

  it('should ask for the status and search in the URL when opened with them', async () => {
    const courses = setUp();

    await open('/admin?status=draft&q=blues');

    expect(courses.page).toHaveBeenCalledWith({ q: 'blues', status: 'DRAFT' }, null);
  });

  it('should put the chosen status in the URL and ask for it', async () => {
    const courses = setUp();
    const { page, harness } = await open('/admin');

    page.querySelectorAll<HTMLButtonElement>('mat-button-toggle button')[2].click();
    await settle(harness);

    expect(url()).toBe('/admin?status=published');
    expect(courses.page).toHaveBeenCalledWith({ q: '', status: 'PUBLISHED' }, null);
  });

  it('should put the search in the URL once typing pauses', async () => {
    const courses = setUp();
    const { page, harness } = await open('/admin');
    const box = page.querySelector<HTMLInputElement>('input[type="search"]');
    if (!box) throw new Error('no search box');

    box.value = 'jazz';
    box.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));
    await settle(harness);

    expect(url()).toBe('/admin?q=jazz');
    expect(courses.page).toHaveBeenCalledWith({ q: 'jazz', status: null }, null);
  });

  it('should append the next page when Load more is pressed', async () => {
    const courses = setUp();
    courses.page
      .withArgs({ q: '', status: null }, null)
      .and.resolveTo({ items: [adminCourseFixture({ id: 'a', title: 'A' })], nextToken: 't2' });
    courses.page
      .withArgs({ q: '', status: null }, 't2')
      .and.resolveTo({ items: [adminCourseFixture({ id: 'b', title: 'B' })], nextToken: null });
    const { page, harness } = await open('/admin');

    const more = Array.from(page.querySelectorAll('button')).find((button) => button.textContent?.includes('Load more'));
    more?.click();
    await settle(harness);

    expect(rowTitles(page)).toEqual(['A', 'B']);
    expect(Array.from(page.querySelectorAll('button')).some((button) => button.textContent?.includes('Load more'))).toBeFalse();
  });

  it('should show the reason and load again when Retry is pressed after a failure', async () => {
    const courses = setUp();
    courses.page.and.rejectWith(new TypeError('Failed to fetch'));
    const { page, harness } = await open('/admin');
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Cannot reach the server');

    courses.page.and.resolveTo({ items: [adminCourseFixture()], nextToken: null });
    page.querySelector<HTMLButtonElement>('[role="alert"] button')?.click();
    await settle(harness);

    expect(rowTitles(page)).toEqual(['Blues Lead Guitar']);
  });

  it('should link to the orders, the audit trail and a new course', async () => {
    setUp();

    const { page } = await open('/admin');

    const links = Array.from(page.querySelectorAll('header a')).map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(links).toEqual([
      ['Orders', '/admin/orders'],
      ['Audit trail', '/admin/audit'],
      ['New course', '/admin/courses/new'],
    ]);
  });
});
