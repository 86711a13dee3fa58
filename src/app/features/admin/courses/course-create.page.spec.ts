import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { BackendError } from '../../../core/data/backend-call';
import { AdminCourses } from './admin-courses.service';
import CourseCreatePage from './course-create.page';
import { adminCourseFixture, fakeAdminCourses } from './testing/admin-course-fakes.spec';

@Component({ template: 'studio' })
class StudioStub {}

function setUp() {
  const courses = fakeAdminCourses();
  TestBed.configureTestingModule({
    providers: [
      provideRouter([
        {
          path: 'admin',
          children: [
            { path: '', component: StudioStub },
            { path: 'courses/new', component: CourseCreatePage },
            { path: 'courses/:courseId', component: StudioStub },
          ],
        },
      ]),
      { provide: AdminCourses, useValue: courses.asService() },
    ],
  });
  return courses;
}

async function open() {
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl('/admin/courses/new');
  const loader = TestbedHarnessEnvironment.loader(harness.fixture);
  const page = harness.routeNativeElement as HTMLElement;
  const input = (label: string) => loader.getHarness(MatInputHarness.with({ selector: `[formControlName="${label}"]` }));
  const select = (label: string) => loader.getHarness(MatSelectHarness.with({ selector: `[formControlName="${label}"]` }));
  const submit = () => loader.getHarness(MatButtonHarness.with({ selector: '[type="submit"]' }));
  return { harness, page, input, select, submit };
}

async function fillIn(form: Awaited<ReturnType<typeof open>>): Promise<void> {
  await (await form.input('title')).setValue('Blues Lead Guitar');
  await (await form.input('summary')).setValue('Solo over a twelve-bar blues');
  await (await form.input('description')).setValue('Bends and vibrato.');
  await (await form.select('instrument')).clickOptions({ text: 'Guitar' });
  await (await form.select('level')).clickOptions({ text: 'Intermediate' });
  await (await form.input('price')).setValue('49.5');
  await (await form.select('currency')).clickOptions({ text: 'EUR' });
}

/** Lets the save finish and the navigation it starts run. */
async function settle(harness: RouterTestingHarness): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await harness.fixture.whenStable();
  harness.detectChanges();
}

const errors = (page: HTMLElement) => Array.from(page.querySelectorAll('mat-error')).map((error) => error.textContent?.trim());

describe('CourseCreatePage', () => {
  it('should show a message next to each missing field and send nothing when submitted empty', async () => {
    const courses = setUp();
    const form = await open();

    await (await form.submit()).click();

    expect(errors(form.page)).toEqual([
      'Enter a title.',
      'Enter a summary.',
      'Enter a description.',
      'Choose an instrument.',
      'Choose a level.',
      'Enter a price (0 for a free course).',
    ]);
    expect(courses.create).not.toHaveBeenCalled();
  });

  it('should explain a price with too many decimals next to the price', async () => {
    setUp();
    const form = await open();
    await fillIn(form);

    await (await form.input('price')).setValue('49.999');
    await (await form.submit()).click();

    expect(errors(form.page)).toEqual(['Use at most 2 decimals, e.g. 49.99.']);
  });

  it('should create the course with the price in cents and open its studio', async () => {
    const courses = setUp();
    courses.create.and.resolveTo(adminCourseFixture({ id: 'new-1' }));
    const form = await open();
    await fillIn(form);

    await (await form.submit()).click();
    await settle(form.harness);

    expect(courses.create).toHaveBeenCalledWith({
      title: 'Blues Lead Guitar',
      summary: 'Solo over a twelve-bar blues',
      description: 'Bends and vibrato.',
      instrument: 'GUITAR',
      level: 'INTERMEDIATE',
      priceCents: 4950,
      currency: 'EUR',
    });
    expect(TestBed.inject(Router).url).toBe('/admin/courses/new-1');
  });

  it('should disable the submit button while saving', async () => {
    const courses = setUp();
    courses.create.and.returnValue(new Promise(() => undefined));
    const form = await open();
    await fillIn(form);

    await (await form.submit()).click();

    expect(await (await form.submit()).isDisabled()).toBeTrue();
  });

  it('should show the server refusal and keep what was typed when creating fails', async () => {
    const courses = setUp();
    courses.create.and.rejectWith(new BackendError('invalid', 'Currency must be one of USD, EUR.'));
    const form = await open();
    await fillIn(form);

    await (await form.submit()).click();
    await settle(form.harness);

    expect(form.page.querySelector('[role="alert"]')?.textContent?.trim()).toBe('Currency must be one of USD, EUR.');
    expect(await (await form.input('title')).getValue()).toBe('Blues Lead Guitar');
    expect(await (await form.submit()).isDisabled()).toBeFalse();
    expect(TestBed.inject(Router).url).toBe('/admin/courses/new');
  });

  it('should lead back to the course list', async () => {
    setUp();
    const form = await open();

    expect(form.page.querySelector('nav a')?.getAttribute('href')).toBe('/admin');
  });

  it('should label every field', async () => {
    setUp();
    const form = await open();

    const labels = Array.from(form.page.querySelectorAll('mat-label')).map((label) => label.textContent?.trim());

    expect(labels).toEqual(['Title', 'Summary', 'Description', 'Instrument', 'Level', 'Price', 'Currency']);
  });
});
