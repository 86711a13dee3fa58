import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { DataClientService } from '../../../core/data/data-client';
import type { AdminLesson } from './admin-lesson';
import { LessonManager } from './lesson-manager.component';
import { RealtimeConnection } from './realtime-connection';
import { FakeLessonClient, FakeRealtimeConnection, lessonFixture, refused } from './testing/fake-lesson-client.spec';

const pick = lessonFixture({ id: 'l1', position: 1, title: 'Holding the pick' });
const shuffle = lessonFixture({ id: 'l2', position: 2, title: 'The shuffle' });
const solo = lessonFixture({ id: 'l3', position: 3, title: 'First solo' });

describe('LessonManager', () => {
  let fake: FakeLessonClient;
  let fixture: ComponentFixture<LessonManager>;

  async function render(lessons: AdminLesson[] = [pick, shuffle, solo]): Promise<HTMLElement> {
    fake.givenLessons(lessons);
    fixture = TestBed.createComponent(LessonManager);
    fixture.componentRef.setInput('courseId', 'c1');
    await settle();
    return fixture.nativeElement as HTMLElement;
  }

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  const element = () => fixture.nativeElement as HTMLElement;
  const titles = () => [...element().querySelectorAll('.lesson .name')].map((name) => name.textContent?.trim());
  const row = (id: string) => element().querySelector<HTMLElement>(`[data-lesson-id="${id}"]`);
  const button = (label: string) => element().querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);
  const dialogButton = (text: string) =>
    [...document.querySelectorAll<HTMLButtonElement>('mat-dialog-container button')].find((b) => b.textContent?.trim() === text);
  const buttonsNamed = (text: string) => [...element().querySelectorAll('button')].filter((b) => b.textContent?.trim() === text);

  beforeEach(() => {
    fake = new FakeLessonClient();
    TestBed.configureTestingModule({
      providers: [
        { provide: DataClientService, useValue: fake.asService() },
        { provide: RealtimeConnection, useValue: new FakeRealtimeConnection().asService() },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
  });

  it('should list the lessons in course order when loaded', async () => {
    await render([solo, pick, shuffle]);
    expect(titles()).toEqual(['Holding the pick', 'The shuffle', 'First solo']);
  });

  it('should invite to add the first lesson when the course has none', async () => {
    await render([]);
    expect(element().querySelector('h3')?.textContent).toContain('No lessons yet — add the first lesson');
  });

  it('should offer Retry when loading fails and list the lessons after it', async () => {
    fake.lessonsByCourse.and.returnValues(Promise.reject(new Error('Network error')), Promise.resolve({ data: [pick], nextToken: null }));
    fixture = TestBed.createComponent(LessonManager);
    fixture.componentRef.setInput('courseId', 'c1');
    await settle();
    buttonsNamed('Retry')[0]?.click();
    await settle();
    expect(titles()).toEqual(['Holding the pick']);
  });

  it('should show the live processing percent when the subscription reports it', async () => {
    await render();
    fake.feed.next({ id: 'l2', videoStatus: 'PROCESSING', videoProgressPercent: 42 });
    await settle();
    expect(row('l2')?.querySelector('.chip')?.textContent?.trim()).toBe('Processing 42 %');
  });

  it('should show the duration when the subscription reports the video ready', async () => {
    await render();
    fake.feed.next({ id: 'l1', videoStatus: 'READY', durationSeconds: 125, hlsPrefix: 'hls/l1/j1/' });
    await settle();
    expect(row('l1')?.querySelector('.chip')?.textContent?.trim()).toBe('Ready · 2:05');
  });

  it('should say the current video keeps playing when its replacement is processing', async () => {
    await render([lessonFixture({ id: 'l1', position: 1, videoStatus: 'PROCESSING', hlsPrefix: 'hls/l1/j1/' })]);
    expect(row('l1')?.textContent).toContain('Playing: current video');
  });

  it('should show Retry with the reason only when a stored upload failed to process', async () => {
    await render([
      lessonFixture({ id: 'l1', position: 1, title: 'Broken', videoStatus: 'FAILED', videoFailureReason: 'This file is not a video we can read.', sourceKey: 'uploads/l1/x.mp4' }),
      lessonFixture({ id: 'l2', position: 2, title: 'Fine', videoStatus: 'READY', sourceKey: 'uploads/l2/y.mp4' }),
    ]);
    expect([
      !!button('Retry processing the video of Broken'),
      !!button('Retry processing the video of Fine'),
      row('l1')?.textContent?.includes('This file is not a video we can read.'),
    ]).toEqual([true, false, true]);
  });

  it('should ask the server to transcode again when Retry is pressed', async () => {
    await render([lessonFixture({ id: 'l1', position: 1, title: 'Broken', videoStatus: 'FAILED', sourceKey: 'uploads/l1/x.mp4' })]);
    button('Retry processing the video of Broken')?.click();
    expect(fake.mutations.retryTranscode).toHaveBeenCalledWith({ lessonId: 'l1' });
  });

  it('should put the old order back with an alert when the server refuses a move', async () => {
    fake.mutations.adminReorderLessons.and.resolveTo(refused('a lesson was added meanwhile'));
    await render();
    button('Move Holding the pick down')?.click();
    await settle();
    expect([titles(), element().querySelector('[role="alert"]')?.textContent]).toEqual([
      ['Holding the pick', 'The shuffle', 'First solo'],
      jasmine.stringContaining('The new order could not be saved: A lesson was added meanwhile.'),
    ]);
  });

  it('should announce the new position and keep focus on the moved row when moved with the keyboard', async () => {
    await render();
    const up = button('Move First solo up');
    up?.focus();
    up?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', altKey: true, bubbles: true }));
    await settle();
    expect([titles(), document.activeElement?.getAttribute('aria-label'), element().querySelector('[aria-live]')?.textContent?.trim()]).toEqual([
      ['Holding the pick', 'First solo', 'The shuffle'],
      'Move First solo up',
      '"First solo" moved to position 2 of 3.',
    ]);
  });

  it('should move focus to Move up when a row reaches the bottom with Move down', async () => {
    await render();
    const down = button('Move The shuffle down');
    down?.focus();
    down?.click();
    await settle();
    expect([titles()[2], document.activeElement?.getAttribute('aria-label')]).toEqual(['The shuffle', 'Move The shuffle up']);
  });

  it('should switch free preview through the server when the toggle is used', async () => {
    await render();
    row('l1')?.querySelector<HTMLButtonElement>('mat-slide-toggle button')?.click();
    expect(fake.mutations.adminUpdateLesson).toHaveBeenCalledWith({ id: 'l1', title: 'Holding the pick', description: null, freePreview: true });
  });

  it('should publish a draft lesson when Publish is pressed', async () => {
    await render();
    button('Publish The shuffle')?.click();
    expect(fake.mutations.adminSetLessonStatus).toHaveBeenCalledWith({ id: 'l2', status: 'PUBLISHED' });
  });

  it('should show the upload for a lesson when its video panel is opened', async () => {
    await render();
    const toggle = button('Video of The shuffle');
    toggle?.click();
    await settle();
    expect([toggle?.getAttribute('aria-expanded'), row('l2')?.querySelector('app-file-upload') !== null]).toEqual(['true', true]);
  });

  it('should delete the lesson and focus the next one when the deletion is confirmed', async () => {
    fake.mutations.adminDeleteLesson.and.resolveTo({ data: 'l2' });
    await render();
    button('Delete The shuffle')?.click();
    await settle();
    dialogButton('Delete lesson')?.click();
    await settle();
    expect([fake.mutations.adminDeleteLesson.calls.allArgs(), titles(), document.activeElement?.getAttribute('data-lesson-id')]).toEqual([
      [[{ id: 'l2' }]],
      ['Holding the pick', 'First solo'],
      'l3',
    ]);
  });

  it('should keep the lesson when the deletion is cancelled', async () => {
    await render();
    button('Delete The shuffle')?.click();
    await settle();
    dialogButton('Cancel')?.click();
    await settle();
    expect([fake.mutations.adminDeleteLesson.calls.count(), titles().length]).toEqual([0, 3]);
  });

  it('should say live updates are paused when the subscription fails', async () => {
    await render();
    fake.feed.error(new Error('Connection closed'));
    await settle();
    expect(element().querySelector('.live')?.textContent?.trim()).toBe('Live updates paused — reconnecting…');
  });

  it('should stop listening for updates when the tab is destroyed', async () => {
    await render();
    const feed = fake.feed;
    fixture.destroy();
    expect(feed.observed).toBeFalse();
  });
});
