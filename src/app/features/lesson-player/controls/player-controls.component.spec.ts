import { MediaMatcher } from '@angular/cdk/layout';
import { Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { STREAM_PLAYER_FACTORY } from '../playback/stream-player';
import { VideoEngine } from '../playback/video-engine.service';
import { PlayerStore } from '../practice/player-store.service';
import { FakeMediaElement } from '../testing/fake-media-element';
import { FakeStreamPlayerFactory } from '../testing/fake-stream-player';
import { PlayerControls } from './player-controls.component';

/** A browser that reports no input able to hover (a phone or tablet whatever its user agent says). */
const noHover = {
  matchMedia: (query: string) =>
    query === '(any-hover: none)' ? ({ matches: true, media: query } as MediaQueryList) : window.matchMedia(query),
} as MediaMatcher;

describe('PlayerControls', () => {
  let store: PlayerStore;

  function setUp(providers: Provider[] = []): void {
    TestBed.configureTestingModule({
      providers: [PlayerStore, VideoEngine, { provide: STREAM_PLAYER_FACTORY, useValue: new FakeStreamPlayerFactory() }, ...providers],
    });
    store = TestBed.inject(PlayerStore);
    const media = new FakeMediaElement();
    media.loadMetadata(60);
    store.attach(media);
  }

  async function render(): Promise<{ element: HTMLElement; openSpeedMenu(): Promise<void> }> {
    const fixture = TestBed.createComponent(PlayerControls);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return {
      element,
      async openSpeedMenu() {
        element.querySelector<HTMLButtonElement>('button.speed')?.click();
        await fixture.whenStable();
      },
    };
  }

  it('should state next to the speed control that the pitch is preserved', async () => {
    setUp();
    const { element } = await render();
    const note = element.querySelector('.pitch-note');
    const describedBy = element.querySelector('button.speed')?.getAttribute('aria-describedby')?.split(' ') ?? [];
    expect([note?.textContent?.trim(), describedBy.includes(note?.id ?? '')]).toEqual(['Pitch preserved', true]);
  });

  it('should focus the current speed when the speed menu opens', async () => {
    setUp();
    store.setSpeed(0.8);
    const { openSpeedMenu } = await render();
    await openSpeedMenu();
    expect(document.activeElement?.textContent?.trim()).toBe('0.8×');
  });

  it('should offer and focus the current speed when keyboard steps left the menu grid', async () => {
    setUp();
    store.setSpeed(0.85);
    const { openSpeedMenu } = await render();
    await openSpeedMenu();
    const focused = document.activeElement;
    expect([focused?.textContent?.trim(), focused?.getAttribute('aria-checked')]).toEqual(['0.85×', 'true']);
  });

  it('should not leave a tooltip open when a control is tapped on a device that cannot hover', async () => {
    setUp([{ provide: MediaMatcher, useValue: noHover }]);
    const { element } = await render();
    const play = element.querySelector<HTMLButtonElement>('button.play');
    // A tap: the touch events, then the mouse events the browser emulates after them.
    for (const type of ['touchstart', 'touchend', 'mouseenter']) play?.dispatchEvent(new Event(type));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(document.querySelector('.mat-mdc-tooltip')).toBeNull();
  });

  it('should mark notes and questions on the seek bar, each named for assistive technology', async () => {
    setUp();
    const fixture = TestBed.createComponent(PlayerControls);
    fixture.componentRef.setInput('markers', [
      { kind: 'note', id: 'n1', positionSeconds: 15, text: 'Slow here' },
      { kind: 'question', id: 'q1', positionSeconds: 30, text: 'Which finger?', authorName: 'Ada', mine: false, answer: null },
    ]);
    await fixture.whenStable();
    const markers = [...(fixture.nativeElement as HTMLElement).querySelectorAll<HTMLButtonElement>('.markers button.marker')];
    expect(markers.map((marker) => [marker.getAttribute('aria-label'), marker.style.left, marker.classList.contains('question')])).toEqual([
      ['Note at 0:15: Slow here', '25%', false],
      ['Question at 0:30: Which finger?', '50%', true],
    ]);
  });

  it('should seek to a marker’s moment when it is pressed', async () => {
    setUp();
    const fixture = TestBed.createComponent(PlayerControls);
    fixture.componentRef.setInput('markers', [{ kind: 'note', id: 'n1', positionSeconds: 15, text: 'Slow here' }]);
    await fixture.whenStable();
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('button.marker')!.click();
    expect(store.currentTime()).toBe(15);
  });
});
