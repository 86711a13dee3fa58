import { Component, input } from '@angular/core';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { By } from '@angular/platform-browser';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatTabGroupHarness } from '@angular/material/tabs/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { BackendError } from '../../../core/data/backend-call';
import { DataClientService } from '../../../core/data/data-client';
import { fakeDataClient } from '../../lesson-player/testing/fake-data-client.spec';
import { CREATED_COURSE_STATE } from '../admin-paths';
import { AdminCourses } from '../courses/admin-courses.service';
import { adminCourseFixture, fakeAdminCourses } from '../courses/testing/admin-course-fakes.spec';
import { LessonManager } from '../lessons/lesson-manager.component';
import { CourseMaterials } from '../materials/course-materials.component';
import { CourseSales } from '../sales/course-sales.component';
import { CourseArt } from './course-art.component';
import CourseStudioPage from './course-studio.page';

@Component({ template: 'course list' })
class ListStub {}

// The tabs' own components are specified by their own specs; here only their place and input matter.
@Component({ selector: 'app-lesson-manager', template: 'lessons of {{ courseId() }}' })
class LessonManagerStub {
  readonly courseId = input.required<string>();
}

@Component({ selector: 'app-course-materials', template: 'materials of {{ courseId() }}' })
class CourseMaterialsStub {
  readonly courseId = input.required<string>();
}

@Component({ selector: 'app-course-sales', template: 'sales of {{ courseId() }}' })
class CourseSalesStub {
  readonly courseId = input.required<string>();
}

function setUp() {
  const courses = fakeAdminCourses();
  courses.get.withArgs('c1').and.resolveTo(adminCourseFixture({ id: 'c1', title: 'Blues Lead Guitar', status: 'DRAFT' }));
  TestBed.configureTestingModule({
    providers: [
      provideRouter([
        {
          path: 'admin',
          children: [
            { path: '', component: ListStub },
            { path: 'courses/:courseId', component: CourseStudioPage },
          ],
        },
      ]),
      { provide: AdminCourses, useValue: courses.asService() },
      { provide: DataClientService, useValue: fakeDataClient().service },
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  TestBed.overrideComponent(CourseStudioPage, {
    remove: { imports: [LessonManager, CourseMaterials, CourseSales] },
    add: { imports: [LessonManagerStub, CourseMaterialsStub, CourseSalesStub] },
  });
  return courses;
}

async function open(url: string) {
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  await settle(harness);
  const page = harness.routeNativeElement as HTMLElement;
  return {
    harness,
    page,
    loader: TestbedHarnessEnvironment.loader(harness.fixture),
    root: TestbedHarnessEnvironment.documentRootLoader(harness.fixture),
  };
}

async function settle(harness: RouterTestingHarness): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await harness.fixture.whenStable();
  harness.detectChanges();
}

function button(page: HTMLElement, label: string): HTMLButtonElement {
  const found = Array.from(page.querySelectorAll('button')).find((candidate) => candidate.textContent?.trim() === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

const url = () => TestBed.inject(Router).url;

describe('CourseStudioPage', () => {
  it('should show the title, the status and Publish for a draft', async () => {
    setUp();

    const { page } = await open('/admin/courses/c1');

    expect(page.querySelector('h1')?.textContent).toBe('Blues Lead Guitar');
    expect(page.querySelector('app-course-status-chip')?.textContent?.trim()).toBe('Draft');
    expect(button(page, 'Publish')).toBeTruthy();
  });

  it('should show a course just created without reading it back when handed over by New course', async () => {
    const courses = setUp();
    const harness = await RouterTestingHarness.create();

    await TestBed.inject(Router).navigate(['/admin/courses/fresh'], {
      state: { [CREATED_COURSE_STATE]: adminCourseFixture({ id: 'fresh', title: 'Fresh course' }) },
    });
    await settle(harness);

    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Fresh course');
    expect(courses.get).not.toHaveBeenCalled();
  });

  it('should say the course was not found when the id is unknown', async () => {
    setUp();

    const { page } = await open('/admin/courses/nope');

    expect(page.querySelector('h1')?.textContent).toBe('Course not found');
    expect(page.querySelector('.message a')?.getAttribute('href')).toBe('/admin');
  });

  it('should offer Retry when the course cannot be loaded', async () => {
    const courses = setUp();
    courses.get.withArgs('c1').and.rejectWith(new TypeError('Failed to fetch'));
    const { page, harness } = await open('/admin/courses/c1');
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Cannot reach the server');

    courses.get.withArgs('c1').and.resolveTo(adminCourseFixture());
    button(page, 'Retry').click();
    await settle(harness);

    expect(page.querySelector('h1')?.textContent).toBe('Blues Lead Guitar');
  });

  it('should publish and show the new status when the server accepts', async () => {
    const courses = setUp();
    courses.setStatus.and.resolveTo(adminCourseFixture({ status: 'PUBLISHED' }));
    const { page, harness } = await open('/admin/courses/c1');

    button(page, 'Publish').click();
    await settle(harness);

    expect(courses.setStatus).toHaveBeenCalledWith('c1', 'PUBLISHED');
    expect(page.querySelector('app-course-status-chip')?.textContent?.trim()).toBe('Published');
    expect(button(page, 'Unpublish')).toBeTruthy();
  });

  it('should show the server reason and lead to the lessons when publishing is refused', async () => {
    const courses = setUp();
    courses.setStatus.and.rejectWith(
      new BackendError('conflict', 'The course cannot be published yet: publish at least one lesson with a ready video first.'),
    );
    const { page, harness } = await open('/admin/courses/c1');

    button(page, 'Publish').click();
    await settle(harness);
    expect(page.querySelector('[role="alert"]')?.textContent).toContain(
      'The course cannot be published yet: publish at least one lesson with a ready video first.',
    );

    button(page, 'Go to lessons').click();
    await settle(harness);
    expect(url()).toBe('/admin/courses/c1?tab=lessons');
  });

  it('should name the course in the confirmation and delete it when confirmed', async () => {
    const courses = setUp();
    const { page, harness, root } = await open('/admin/courses/c1');

    button(page, 'Delete').click();
    const dialog = await root.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Delete “Blues Lead Guitar”?');
    (document.querySelector('mat-dialog-actions button:last-child') as HTMLButtonElement).click();
    await settle(harness);
    await settle(harness);

    expect(courses.delete).toHaveBeenCalledWith('c1');
    expect(url()).toBe('/admin');
  });

  it('should delete nothing when the confirmation is cancelled', async () => {
    const courses = setUp();
    const { page, harness, root } = await open('/admin/courses/c1');

    button(page, 'Delete').click();
    await (await root.getHarness(MatDialogHarness)).close();
    await settle(harness);

    expect(courses.delete).not.toHaveBeenCalled();
  });

  it('should explain a refused delete and offer to unpublish a course with students', async () => {
    const courses = setUp();
    courses.get.withArgs('c1').and.resolveTo(adminCourseFixture({ status: 'PUBLISHED' }));
    courses.delete.and.rejectWith(new BackendError('conflict', 'Students are enrolled: unpublish it instead.'));
    courses.setStatus.and.resolveTo(adminCourseFixture({ status: 'DRAFT' }));
    const { page, harness } = await open('/admin/courses/c1');

    button(page, 'Delete').click();
    await settle(harness);
    (document.querySelector('mat-dialog-actions button:last-child') as HTMLButtonElement).click();
    await settle(harness);
    await settle(harness);
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Not deleted: Students are enrolled: unpublish it instead.');

    button(page, 'Unpublish instead').click();
    await settle(harness);
    expect(courses.setStatus).toHaveBeenCalledWith('c1', 'DRAFT');
  });

  it('should open the tab named in the URL and put a chosen tab in the URL', async () => {
    setUp();
    const { loader, harness } = await open('/admin/courses/c1?tab=materials');
    const tabs = await loader.getHarness(MatTabGroupHarness);
    expect(await (await tabs.getSelectedTab()).getLabel()).toBe('Materials');
    expect(harness.routeNativeElement?.querySelector('app-course-materials')?.textContent).toBe('materials of c1');

    await tabs.selectTab({ label: 'Students & sales' });
    await settle(harness);

    expect(url()).toBe('/admin/courses/c1?tab=sales');
  });

  it('should save the details and keep them shown when the server accepts', async () => {
    const courses = setUp();
    courses.update.and.callFake(async (id, input) => adminCourseFixture({ id, ...input }));
    const { page, harness } = await open('/admin/courses/c1');
    const title = page.querySelector<HTMLInputElement>('input[formControlName="title"]');
    if (!title) throw new Error('no title field');

    title.value = 'Blues Lead Guitar, Vol. 2';
    title.dispatchEvent(new Event('input'));
    button(page, 'Save details').click();
    await settle(harness);

    expect(courses.update).toHaveBeenCalledWith('c1', jasmine.objectContaining({ title: 'Blues Lead Guitar, Vol. 2', priceCents: 4900 }));
    expect(page.querySelector('h1')?.textContent).toBe('Blues Lead Guitar, Vol. 2');
  });

  it('should keep unsaved edits when an art upload reloads the course', async () => {
    const courses = setUp();
    const { page, harness } = await open('/admin/courses/c1');
    const summary = page.querySelector<HTMLInputElement>('input[formControlName="summary"]');
    if (!summary) throw new Error('no summary field');
    summary.value = 'Not saved yet';
    summary.dispatchEvent(new Event('input'));
    courses.get.withArgs('c1').and.resolveTo(adminCourseFixture({ artKey: 'art/c1/new.png' }));

    harness.fixture.debugElement.query(By.directive(CourseArt)).componentInstance.uploaded.emit('art/c1/new.png');
    await settle(harness);

    expect(courses.get).toHaveBeenCalledTimes(2);
    expect(summary.value).toBe('Not saved yet');
  });

  it('should lead back to the course list', async () => {
    setUp();

    const { page } = await open('/admin/courses/c1');

    expect(page.querySelector('nav[aria-label="Breadcrumb"] a')?.getAttribute('href')).toBe('/admin');
  });
});
