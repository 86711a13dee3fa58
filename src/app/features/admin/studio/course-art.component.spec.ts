import { Component, input, output, signal } from '@angular/core';
import { By } from '@angular/platform-browser';
import { TestBed } from '@angular/core/testing';
import { DataClientService } from '../../../core/data/data-client';
import { courseFixture } from '../../../shared/testing/student-fakes.spec';
import { FakeDataClient, fakeDataClient } from '../../lesson-player/testing/fake-data-client.spec';
import type { AdminCourse } from '../courses/admin-course';
import { FileUpload } from '../uploads/file-upload.component';
import { CourseArt } from './course-art.component';

/** The upload widget's contract (inputs and output) around a plain file input. */
@Component({ selector: 'app-file-upload', template: '<input type="file" aria-label="Course art" />' })
class FileUploadStub {
  readonly kind = input.required<string>();
  readonly targetId = input.required<string>();
  readonly label = input.required<string>();
  readonly completed = output<string>();
}

@Component({
  imports: [CourseArt],
  template: '<app-course-art [course]="course()" (uploaded)="keys.push($event)" />',
})
class Host {
  readonly course = signal<Pick<AdminCourse, 'id' | 'title' | 'status' | 'artKey'>>({
    id: 'c1',
    title: 'Blues',
    status: 'DRAFT',
    artKey: null,
  });
  readonly keys: string[] = [];
}

describe('CourseArt', () => {
  let fake: FakeDataClient;

  beforeEach(() => {
    fake = fakeDataClient();
    TestBed.configureTestingModule({ providers: [{ provide: DataClientService, useValue: fake.service }] });
    TestBed.overrideComponent(CourseArt, { remove: { imports: [FileUpload] }, add: { imports: [FileUploadStub] } });
  });

  async function render(course?: Partial<Pick<AdminCourse, 'status' | 'artKey'>>) {
    const fixture = TestBed.createComponent(Host);
    if (course) fixture.componentInstance.course.update((current) => ({ ...current, ...course }));
    await fixture.whenStable();
    return fixture;
  }

  it('should say there is no art yet when the course has none', async () => {
    const fixture = await render();
    expect(fixture.nativeElement.textContent).toContain('No art yet');
  });

  it('should show the catalog art when the course is published with art', async () => {
    fake.queries['getCatalogCourse'].and.resolveTo({ data: courseFixture({ artUrl: 'http://media/art/c1.png?sig=1' }) });

    const fixture = await render({ status: 'PUBLISHED', artKey: 'art/c1/a.png' });
    await fixture.whenStable();

    expect(fixture.nativeElement.querySelector('img')?.getAttribute('src')).toBe('http://media/art/c1.png?sig=1');
  });

  it('should say the preview could not be loaded when the catalog fails for a published course', async () => {
    fake.queries['getCatalogCourse'].and.rejectWith(new TypeError('Failed to fetch'));

    const fixture = await render({ status: 'PUBLISHED', artKey: 'art/c1/a.png' });
    await fixture.whenStable();

    expect(fixture.nativeElement.textContent).toContain('Art is uploaded, but its preview could not be loaded.');
  });

  it('should preview the art of a draft through the catalog, which shows drafts to admins', async () => {
    fake.queries['getCatalogCourse'].and.resolveTo({ data: courseFixture({ artUrl: 'http://media/art/c1-draft.png?sig=1' }) });

    const fixture = await render({ artKey: 'art/c1/a.png' });
    await fixture.whenStable();

    expect(fixture.nativeElement.querySelector('img')?.getAttribute('src')).toBe('http://media/art/c1-draft.png?sig=1');
  });

  it('should report the key when an upload completes and preview the new art once the course names it', async () => {
    fake.queries['getCatalogCourse'].and.resolveTo({ data: courseFixture({ artUrl: 'http://media/art/c1/new.png?sig=2' }) });
    const fixture = await render();

    fixture.debugElement.query(By.directive(FileUploadStub)).componentInstance.completed.emit('art/c1/new.png');
    fixture.componentInstance.course.update((current) => ({ ...current, artKey: 'art/c1/new.png' }));
    await fixture.whenStable();

    expect(fixture.componentInstance.keys).toEqual(['art/c1/new.png']);
    expect(fixture.nativeElement.querySelector('img')?.getAttribute('src')).toBe('http://media/art/c1/new.png?sig=2');
  });
});
