import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { of } from 'rxjs';
import { DataClientService } from '../../../core/data/data-client';
import { type FakeAdminData, fakeAdminData, page, settle } from '../testing/fake-admin-data.spec';
import { CourseMaterials } from './course-materials.component';

const lessons = [{ id: 'l1', title: 'The shuffle', position: 1 }];
const materials = [
  { id: 'm1', lessonId: null, title: 'Chord chart', contentType: 'application/pdf', sizeBytes: 120_000 },
  { id: 'm2', lessonId: 'l1', title: 'Shuffle backing track', contentType: 'audio/mpeg', sizeBytes: 4_200_000 },
];

describe('CourseMaterials', () => {
  let fake: FakeAdminData;
  let confirmed: boolean;
  let fixture: ComponentFixture<CourseMaterials>;
  let element: HTMLElement;

  async function render(): Promise<void> {
    fixture = TestBed.createComponent(CourseMaterials);
    fixture.componentRef.setInput('courseId', 'c1');
    await settle(fixture);
    element = fixture.nativeElement as HTMLElement;
  }

  const button = (label: string) => element.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!;
  const text = (selector: string) => [...element.querySelectorAll(selector)].map((node) => node.textContent?.trim());

  beforeEach(() => {
    fake = fakeAdminData();
    confirmed = true;
    fake.models['LessonMaterial']['materialsByCourse'].and.callFake((_key: unknown, options: { nextToken?: string }) =>
      Promise.resolve(options.nextToken === 'p2' ? page([materials[1]]) : page([materials[0]], 'p2')),
    );
    fake.models['Lesson']['lessonsByCourse'].and.resolveTo(page(lessons));
    TestBed.configureTestingModule({
      providers: [
        { provide: DataClientService, useValue: fake.service },
        { provide: MatDialog, useValue: { open: () => ({ afterClosed: () => of(confirmed) }) } },
      ],
    });
  });

  it('should list every page of materials grouped by whole course and lesson when loaded', async () => {
    await render();
    expect(text('h3')).toEqual(['Whole course', 'Lesson 1: The shuffle']);
    expect(text('.meta')).toEqual(['PDF · 120 KB', 'Audio · 4.2 MB']);
  });

  it('should attach new materials to the whole course, and say so, until a lesson is chosen', async () => {
    await render();
    expect(element.querySelector('mat-select')?.textContent?.trim()).toBe('Whole course');
  });

  it('should say there are no materials when the course has none', async () => {
    fake.models['LessonMaterial']['materialsByCourse'].and.resolveTo(page([]));
    await render();
    expect(element.textContent).toContain('No materials yet');
  });

  it('should show the reason and a retry when loading fails', async () => {
    fake.models['LessonMaterial']['materialsByCourse'].and.resolveTo({ data: null, errors: [{ message: 'Unauthorized: admins only' }] });
    await render();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Admins only.');
  });

  it('should rename with the trimmed title when a valid title is saved', async () => {
    fake.mutations['adminRenameMaterial'].and.resolveTo({ data: { id: 'm1' } });
    await render();
    button('Rename Chord chart').click();
    await settle(fixture);
    const input = element.querySelector<HTMLInputElement>('#rename-input-m1')!;
    input.value = '  Chord chart (12 bar)  ';
    input.dispatchEvent(new Event('input'));
    element.querySelector<HTMLFormElement>('form.rename')!.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(fake.mutations['adminRenameMaterial']).toHaveBeenCalledWith({ id: 'm1', title: 'Chord chart (12 bar)' });
    expect(text('.title')).toContain('Chord chart (12 bar)');
  });

  it('should not call the server and should explain when the new title is empty', async () => {
    await render();
    button('Rename Chord chart').click();
    await settle(fixture);
    const input = element.querySelector<HTMLInputElement>('#rename-input-m1')!;
    input.value = '   ';
    input.dispatchEvent(new Event('input'));
    element.querySelector<HTMLFormElement>('form.rename')!.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(fake.mutations['adminRenameMaterial']).not.toHaveBeenCalled();
    expect(element.querySelector('mat-error')?.textContent).toContain('Enter a title.');
  });

  it('should delete the material after confirmation', async () => {
    fake.mutations['adminDeleteMaterial'].and.resolveTo({ data: 'm1' });
    await render();
    button('Delete Chord chart').click();
    await settle(fixture);
    expect(fake.mutations['adminDeleteMaterial']).toHaveBeenCalledWith({ id: 'm1' });
    expect(text('.title')).toEqual(['Shuffle backing track']);
  });

  it('should keep the material when the confirmation is cancelled', async () => {
    confirmed = false;
    await render();
    button('Delete Chord chart').click();
    await settle(fixture);
    expect(fake.mutations['adminDeleteMaterial']).not.toHaveBeenCalled();
  });

  it("should show the server's reason and keep the material when deleting is refused", async () => {
    fake.mutations['adminDeleteMaterial'].and.resolveTo({ data: null, errors: [{ message: 'NotFound: no material m1' }] });
    await render();
    button('Delete Chord chart').click();
    await settle(fixture);
    expect(element.querySelector('p.error')?.textContent).toContain('No material m1.');
    expect(text('.title')).toContain('Chord chart');
  });
});
