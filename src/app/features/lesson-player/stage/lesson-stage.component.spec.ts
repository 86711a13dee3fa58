import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { signal } from '@angular/core';
import { AuthService } from '../../../core/auth/auth.service';
import { DataClientService } from '../../../core/data/data-client';
import { STREAM_PLAYER_FACTORY } from '../playback/stream-player';
import { FakeDataClient, fakeDataClient } from '../testing/fake-data-client.spec';
import { PlayerStore } from '../practice/player-store.service';
import { FakeStreamPlayerFactory } from '../testing/fake-stream-player';
import { LessonStage } from './lesson-stage.component';

const manifest = '#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=800000\ndata:application/vnd.apple.mpegurl;base64,AAAA\n';

describe('LessonStage', () => {
  let fake: FakeDataClient;
  let factory: FakeStreamPlayerFactory;

  beforeEach(() => {
    fake = fakeDataClient();
    fake.queries['getPlayback'].and.resolveTo({
      data: { lessonId: 'l2', manifest, expiresAt: new Date(Date.now() + 3_600_000).toISOString() },
    });
    fake.models['LessonProgress']['progressByLesson'].and.resolveTo({
      data: [{ id: 'p1', lessonId: 'l2', courseId: 'c1', positionSeconds: 6, completed: false, practiceSeconds: 0 }],
    });
    fake.models['PracticeLoop']['loopsByLesson'].and.resolveTo({ data: [] });
    factory = new FakeStreamPlayerFactory();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: DataClientService, useValue: fake.service },
        { provide: STREAM_PLAYER_FACTORY, useValue: factory },
        {
          provide: AuthService,
          useValue: { ready: signal(true), isSignedIn: signal(true), user: signal({ userId: 'u1', email: 'u1@example.com' }) },
        },
      ],
    });
  });

  async function render(): Promise<HTMLElement> {
    return (await renderFixture()).nativeElement as HTMLElement;
  }

  async function renderFixture() {
    const fixture = TestBed.createComponent(LessonStage);
    fixture.componentRef.setInput('courseId', 'c1');
    fixture.componentRef.setInput('lessonId', 'l2');
    fixture.componentRef.setInput('durationSeconds', 12);
    await fixture.whenStable();
    await expectAsync(waitFor(() => factory.created.length > 0)).toBeResolved();
    await fixture.whenStable();
    return fixture;
  }

  it('should start the stream at the saved position when the lesson has progress', async () => {
    await render();
    expect(factory.last.startPosition).toBe(6);
  });

  it('should play the manifest from a blob: URL when playback is granted', async () => {
    await render();
    expect(factory.last.url).toMatch(/^blob:/);
  });

  it('should speed up by 0.05 when ">" is pressed on the player region', async () => {
    const element = await render();
    const region = element.querySelector<HTMLElement>('[role="region"]');
    region?.dispatchEvent(new KeyboardEvent('keydown', { key: '>', bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve));
    expect(element.querySelector('button[aria-label^="Playback speed"]')?.getAttribute('aria-label')).toBe('Playback speed 1.05×');
  });

  it('should suggest a name from the span when the student saves a loop', async () => {
    const fixture = await renderFixture();
    fixture.debugElement.injector.get(PlayerStore).applyLoop({ start: 65, end: 80 });
    await fixture.whenStable();
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('button[aria-label="Save loop"]')?.click();
    await fixture.whenStable();
    expect(document.querySelector<HTMLInputElement>('mat-dialog-container input')?.value).toBe('Loop 1:05–1:20');
  });

  it('should save the loop under the name the student gives it', async () => {
    fake.models['PracticeLoop']['create'].and.callFake((input: object) => Promise.resolve({ data: { id: 'n', ...input } }));
    const fixture = await renderFixture();
    fixture.debugElement.injector.get(PlayerStore).applyLoop({ start: 65, end: 80 });
    await fixture.whenStable();
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('button[aria-label="Save loop"]')?.click();
    await fixture.whenStable();
    const input = document.querySelector<HTMLInputElement>('mat-dialog-container input')!;
    input.value = 'Turnaround';
    input.dispatchEvent(new Event('input'));
    document.querySelector('mat-dialog-container form')?.dispatchEvent(new Event('submit'));
    await waitFor(() => fake.models['PracticeLoop']['create'].calls.count() > 0);
    expect(fake.models['PracticeLoop']['create']).toHaveBeenCalledWith({ lessonId: 'l2', name: 'Turnaround', startSeconds: 65, endSeconds: 80 });
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!condition()) throw new Error('condition not met');
}
