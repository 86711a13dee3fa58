import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { signal } from '@angular/core';
import { AuthService } from '../../../core/auth/auth.service';
import { DataClientService } from '../../../core/data/data-client';
import { CatalogMaterial } from '../../../shared/catalog-types';
import { fakeDataClient, FakeDataClient } from '../testing/fake-data-client.spec';
import { LessonMaterials } from './lesson-materials.component';

const materials: CatalogMaterial[] = [
  { id: 'm-course', lessonId: null, title: 'Chord chart', contentType: 'application/pdf', sizeBytes: 120_000 },
  { id: 'm-l1', lessonId: 'l1', title: 'Lesson 1 tab', contentType: 'application/pdf', sizeBytes: 2_400_000 },
  { id: 'm-l2', lessonId: 'l2', title: 'Lesson 2 tab', contentType: 'application/pdf', sizeBytes: 1_000 },
];

describe('LessonMaterials', () => {
  let fake: FakeDataClient;
  const signedIn = signal(true);
  let open: jasmine.Spy;

  async function render(): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(LessonMaterials);
    fixture.componentRef.setInput('materials', materials);
    fixture.componentRef.setInput('lessonId', 'l1');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(() => {
    signedIn.set(true);
    fake = fakeDataClient();
    fake.queries['getMaterialUrl'].and.resolveTo({ data: { url: 'https://files.example/tab.pdf?sig=1', expiresAt: '2026-11-24T12:05:00Z' } });
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: DataClientService, useValue: fake.service },
        { provide: AuthService, useValue: { isSignedIn: signedIn } },
      ],
    });
    open = spyOn(window, 'open').and.returnValue(null);
  });

  it("should list this lesson's materials then the course-wide ones when rendered", async () => {
    const element = await render();
    const names = [...element.querySelectorAll('li .name')].map((li) => li.firstChild?.textContent?.trim());
    expect(names).toEqual(['Lesson 1 tab', 'Chord chart']);
  });

  it('should open the signed URL when a signed-in user downloads a material', async () => {
    const element = await render();
    element.querySelector<HTMLButtonElement>('button[aria-label="Download Lesson 1 tab"]')?.click();
    await new Promise((resolve) => setTimeout(resolve));
    expect(fake.queries['getMaterialUrl']).toHaveBeenCalledWith({ materialId: 'm-l1' });
    expect(open).toHaveBeenCalledWith('https://files.example/tab.pdf?sig=1', '_blank', 'noopener');
  });

  it('should ask guests to sign in instead of offering downloads', async () => {
    signedIn.set(false);
    const element = await render();
    expect(element.textContent).toContain('Sign in to download');
    expect(element.querySelector('button')).toBeNull();
  });
});
