import { DestroyRef, Directive, ElementRef, afterNextRender, inject, input } from '@angular/core';
import { PlaybackPrefetch } from './playback-prefetch.service';

/**
 * On a link to a playable lesson: prefetches its playback (PlaybackPrefetch) once the link is on
 * screen, or when it is hovered, focused or touched first.
 */
@Directive({
  selector: '[appPrefetchLesson]',
  host: { '(pointerenter)': 'prefetch()', '(focus)': 'prefetch()', '(touchstart)': 'prefetch()' },
})
export class PrefetchLessonDirective {
  readonly appPrefetchLesson = input.required<string>();
  private readonly prefetcher = inject(PlaybackPrefetch);

  constructor() {
    const element = inject<ElementRef<Element>>(ElementRef).nativeElement;
    let observer: IntersectionObserver | undefined;
    afterNextRender(() => {
      if (typeof IntersectionObserver === 'undefined') return;
      observer = new IntersectionObserver((entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer?.disconnect();
        this.prefetch();
      });
      observer.observe(element);
    });
    inject(DestroyRef).onDestroy(() => observer?.disconnect());
  }

  protected prefetch(): void {
    this.prefetcher.prefetch(this.appPrefetchLesson());
  }
}
