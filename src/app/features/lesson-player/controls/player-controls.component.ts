import { formatNumber } from '@angular/common';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, input, output, viewChildren } from '@angular/core';
import { MatIconButton, MatButton } from '@angular/material/button';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatSlider, MatSliderThumb } from '@angular/material/slider';
import { MatTooltip } from '@angular/material/tooltip';
import { formatDuration } from '../../../shared/duration.pipe';
import { touchSafeTooltips } from '../../../shared/touch-safe-tooltips';
import { VideoEngine } from '../playback/video-engine.service';
import { MAX_SPEED, MIN_SPEED, PlayerStore } from '../practice/player-store.service';
import type { TimelineEntry } from '../timeline/lesson-timeline.service';
import { PlayerIcon } from '../ui/player-icon.component';

const MENU_SPEEDS: readonly number[] = Array.from(
  { length: Math.round((MAX_SPEED - MIN_SPEED) / 0.1) + 1 },
  (_, i) => Number((MIN_SPEED + i * 0.1).toFixed(1)),
);

/** The transport, speed, quality and A-B loop controls; state lives in the PlayerStore and VideoEngine. */
@Component({
  selector: 'app-player-controls',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconButton, MatButton, MatMenu, MatMenuItem, MatMenuTrigger, MatSlider, MatSliderThumb, MatTooltip, PlayerIcon],
  providers: [touchSafeTooltips],
  templateUrl: './player-controls.component.html',
  styleUrl: './player-controls.component.scss',
})
export class PlayerControls {
  protected readonly store = inject(PlayerStore);
  protected readonly engine = inject(VideoEngine);
  private readonly locale = inject(LOCALE_ID);

  /** Signed-in users can save loops. */
  readonly canSave = input(false);
  /** Notes and questions, marked on the seek bar; each marker seeks to its moment. */
  readonly markers = input<readonly TimelineEntry[]>([]);
  readonly saveLoop = output<void>();
  readonly showHelp = output<void>();

  /** The menu's 0.1 steps, plus the current speed when the keyboard's 0.05 steps left the grid. */
  protected readonly speeds = computed(() => {
    const current = this.store.speed();
    return MENU_SPEEDS.includes(current) ? MENU_SPEEDS : [...MENU_SPEEDS, current].sort((a, b) => a - b);
  });
  private readonly speedItems = viewChildren('speedItem', { read: MatMenuItem });
  protected readonly clock = (seconds: number) => formatDuration(Math.floor(seconds), 'clock');
  protected readonly speedLabel = computed(() => `${this.formatSpeed(this.store.speed())}×`);
  protected readonly speedButtonLabel = computed(() => $localize`:@@player.controls.speedLabel:Playback speed ${this.speedLabel()}:speed:`);
  protected readonly qualityButtonLabel = computed(() => $localize`:@@player.controls.qualityLabel:Quality ${this.engine.qualityLabel()}:quality:`);
  protected readonly text = {
    play: $localize`:@@player.controls.play:Play`,
    pause: $localize`:@@player.controls.pause:Pause`,
    playTip: $localize`:@@player.controls.playTip:Play (Space)`,
    pauseTip: $localize`:@@player.controls.pauseTip:Pause (Space)`,
  };
  protected readonly timeText = computed(
    () => `${this.clock(this.store.currentTime())} / ${this.clock(this.store.duration())}`,
  );
  protected readonly loopText = computed(() => {
    const a = this.store.loopStart();
    const b = this.store.loopEnd();
    if (a === null) return $localize`:@@player.controls.noLoop:No loop set`;
    return b === null ? `A ${this.clock(a)}` : `A ${this.clock(a)} – B ${this.clock(b)}`;
  });
  protected readonly markerStyle = computed(() => {
    const duration = this.store.duration();
    const a = this.store.loopStart();
    if (!duration || a === null) return null;
    const b = this.store.loopEnd() ?? a;
    return { left: `${(a / duration) * 100}%`, width: `${(Math.max(0, b - a) / duration) * 100}%` };
  });

  /** "0.8", "1", "1.25" in English; the locale's decimal separator elsewhere. */
  protected formatSpeed(speed: number): string {
    return formatNumber(speed, this.locale, '1.0-2');
  }

  protected markerLeft(entry: TimelineEntry): string {
    return `${(Math.min(entry.positionSeconds, this.store.duration()) / this.store.duration()) * 100}%`;
  }

  protected markerLabel(entry: TimelineEntry): string {
    const text = entry.text.length > 80 ? `${entry.text.slice(0, 80)}…` : entry.text;
    const at = this.clock(entry.positionSeconds);
    return entry.kind === 'note'
      ? $localize`:@@player.controls.noteMarker:Note at ${at}:time:: ${text}:text:`
      : $localize`:@@player.controls.questionMarker:Question at ${at}:time:: ${text}:text:`;
  }

  /** The menu opens on the speed in use (Material would focus its first item, 0.5×). */
  protected focusCurrentSpeed(): void {
    this.speedItems()[this.speeds().indexOf(this.store.speed())]?.focus('program');
  }

  protected onSeek(value: number): void {
    this.store.seekTo(value);
  }
}
