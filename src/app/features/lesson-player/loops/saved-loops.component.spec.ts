import { TestBed } from '@angular/core/testing';
import { DataClientService } from '../../../core/data/data-client';
import { FakeDataClient, fakeDataClient } from '../testing/fake-data-client.spec';
import { LoopLibrary } from './loop-library.service';
import { SavedLoops } from './saved-loops.component';

describe('SavedLoops', () => {
  let fake: FakeDataClient;

  beforeEach(async () => {
    fake = fakeDataClient();
    fake.models['PracticeLoop']['loopsByLesson'].and.resolveTo({
      data: [{ id: 'a', lessonId: 'l1', name: 'Intro', startSeconds: 65, endSeconds: 80 }],
    });
    fake.models['PracticeLoop']['update'].and.callFake((input: object) =>
      Promise.resolve({ data: { lessonId: 'l1', startSeconds: 65, endSeconds: 80, ...input } }),
    );
    TestBed.configureTestingModule({ providers: [LoopLibrary, { provide: DataClientService, useValue: fake.service }] });
    await TestBed.inject(LoopLibrary).load('l1');
  });

  async function render() {
    const fixture = TestBed.createComponent(SavedLoops);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return { fixture, element };
  }

  const dialogInput = () => document.querySelector<HTMLInputElement>('mat-dialog-container input');

  it('should open the name dialog on the current name when Rename is pressed', async () => {
    const { element, fixture } = await render();
    element.querySelector<HTMLButtonElement>('button[aria-label="Rename loop Intro"]')?.click();
    await fixture.whenStable();
    expect(dialogInput()?.value).toBe('Intro');
  });

  it('should list the loop under its new name when the rename is saved', async () => {
    const { element, fixture } = await render();
    element.querySelector<HTMLButtonElement>('button[aria-label="Rename loop Intro"]')?.click();
    await fixture.whenStable();
    const input = dialogInput()!;
    input.value = 'Verse riff';
    input.dispatchEvent(new Event('input'));
    document.querySelector('mat-dialog-container form')?.dispatchEvent(new Event('submit'));
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(element.querySelector('li .name')?.textContent?.trim()).toBe('Verse riff');
  });

  it('should describe each loop by name and span for the practise button', async () => {
    const { element } = await render();
    expect(element.querySelector('li button')?.getAttribute('aria-label')).toBe('Practise loop Intro, 1:05–1:20');
  });

  it('should show name and span as separate words, so the visible text reads within the aria-label', async () => {
    const { element } = await render();
    expect(element.querySelector('li button')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Intro 1:05–1:20');
  });
});
