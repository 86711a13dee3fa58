import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PlaybackPrefetch } from './playback-prefetch.service';
import { PrefetchLessonDirective } from './prefetch-lesson.directive';

@Component({
  imports: [PrefetchLessonDirective],
  template: `<div [style.margin-top.px]="offset"><a href="/lesson" [appPrefetchLesson]="'l1'">Preview</a></div>`,
})
class HostComponent {
  offset = 0;
}

describe('PrefetchLessonDirective', () => {
  let prefetch: jasmine.SpyObj<PlaybackPrefetch>;

  beforeEach(() => {
    prefetch = jasmine.createSpyObj<PlaybackPrefetch>('PlaybackPrefetch', ['prefetch']);
    TestBed.configureTestingModule({ providers: [{ provide: PlaybackPrefetch, useValue: prefetch }] });
  });

  async function render(offset: number) {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.offset = offset;
    fixture.autoDetectChanges();
    await fixture.whenStable();
    document.body.appendChild(fixture.nativeElement as HTMLElement);
    return { fixture, link: (fixture.nativeElement as HTMLElement).querySelector('a')! };
  }

  const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

  it('should prefetch the lesson once its link is on screen', async () => {
    await render(0);
    await settle();
    expect(prefetch.prefetch).toHaveBeenCalledOnceWith('l1');
  });

  it('should wait for hover or focus while the link is off screen', async () => {
    const { link } = await render(10_000);
    await settle();
    expect(prefetch.prefetch).not.toHaveBeenCalled();
    link.dispatchEvent(new PointerEvent('pointerenter'));
    expect(prefetch.prefetch).toHaveBeenCalledOnceWith('l1');
    link.focus();
    expect(prefetch.prefetch).toHaveBeenCalledTimes(2);
  });
});
