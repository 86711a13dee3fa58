import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { AuthService } from '../../../core/auth/auth.service';
import { PlayerControls } from '../controls/player-controls.component';
import { ShortcutsDialog } from '../controls/shortcuts-dialog.component';
import { LoopLibrary, SavedLoop } from '../loops/loop-library.service';
import { defaultLoopName, loopRangeLabel } from '../loops/loop-name';
import { openLoopNameDialog } from '../loops/loop-name-dialog.component';
import { SavedLoops } from '../loops/saved-loops.component';
import { LessonPlayback } from '../playback/lesson-playback.service';
import { failureMessages } from '../playback/playback-failure';
import { VideoEngine } from '../playback/video-engine.service';
import { PlayerStore, SEEK_STEP_SECONDS, SPEED_STEP } from '../practice/player-store.service';
import { ShortcutAction, shortcutFor } from '../practice/shortcuts';
import { ProgressTracker } from '../progress/progress-tracker.service';
import { LessonTimeline } from '../timeline/lesson-timeline.service';
import { TimelinePanel } from '../timeline/timeline-panel.component';

/**
 * One lesson's player: video, controls, saved loops, notes and questions, and progress. The page renders a fresh
 * instance per lesson, so all per-lesson services below live and die with it.
 */
@Component({
  selector: 'app-lesson-stage',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PlayerControls, SavedLoops, TimelinePanel, MatButton, MatProgressSpinner, RouterLink],
  providers: [PlayerStore, VideoEngine, LessonPlayback, ProgressTracker, LoopLibrary, LessonTimeline],
  templateUrl: './lesson-stage.component.html',
  styleUrl: './lesson-stage.component.scss',
})
export class LessonStage {
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly playback = inject(LessonPlayback);
  private readonly engine = inject(VideoEngine);
  private readonly tracker = inject(ProgressTracker);
  private readonly loops = inject(LoopLibrary);
  protected readonly timeline = inject(LessonTimeline);
  protected readonly store = inject(PlayerStore);

  readonly courseId = input.required<string>();
  readonly lessonId = input.required<string>();
  readonly title = input('');
  readonly durationSeconds = input<number | null | undefined>(null);
  /** Emits once when the lesson becomes complete (ended or marked by hand). */
  readonly completed = output<string>();

  private readonly video = viewChild.required<ElementRef<HTMLVideoElement>>('video');
  private readonly rendered = signal(false);
  private readonly cleanups: (() => void)[] = [];
  private started = false;
  private frame = 0;

  protected readonly signedIn = this.auth.isSignedIn;
  protected readonly isComplete = this.tracker.completed;
  protected readonly activeLoopId = signal<string | null>(null);
  /** Why nothing can be played, as a sentence for the user; null while all is well. */
  protected readonly failure = computed(() => {
    const status = this.playback.status();
    if (status !== 'idle' && status !== 'loading' && status !== 'ready') return failureMessages[status];
    const engine = this.engine.state();
    if (engine === 'unsupported') return failureMessages.unsupported;
    return engine === 'failed' ? failureMessages.error : null;
  });
  protected readonly loading = computed(() => this.playback.status() === 'loading');
  protected readonly videoLabel = computed(() => $localize`:@@player.stage.videoLabel:Lesson video: ${this.title()}:title:`);
  protected readonly returnUrl = computed(() => `/courses/${this.courseId()}/lessons/${this.lessonId()}`);

  constructor() {
    afterNextRender(() => this.rendered.set(true));
    effect(() => {
      if (!this.rendered() || !this.auth.ready() || this.started) return;
      this.started = true;
      untracked(() => void this.start());
    });
    effect(() => {
      if (this.tracker.completed()) untracked(() => this.completed.emit(this.lessonId()));
    });
    inject(DestroyRef).onDestroy(() => {
      cancelAnimationFrame(this.frame);
      this.cleanups.forEach((cleanup) => cleanup());
      this.engine.dispose();
    });
  }

  protected onKeydown(event: KeyboardEvent): void {
    const action = shortcutFor(event);
    if (!action) return;
    event.preventDefault();
    this.run(action);
  }

  protected openHelp(): void {
    this.dialog.open(ShortcutsDialog, { autoFocus: 'dialog' });
  }

  protected markComplete(): void {
    void this.tracker.markComplete();
  }

  protected saveLoop(): void {
    const loop = this.store.loop();
    if (!loop) return;
    openLoopNameDialog(this.dialog, {
      heading: $localize`:@@player.stage.saveLoopHeading:Save loop`,
      action: $localize`:@@player.stage.saveLoopAction:Save`,
      range: loopRangeLabel(loop),
      name: defaultLoopName(loop),
      submit: async (name) => this.activeLoopId.set((await this.loops.save(name, loop)).id),
    });
  }

  protected applyLoop(loop: SavedLoop): void {
    if (this.store.applyLoop(loop)) this.activeLoopId.set(loop.id);
  }

  private run(action: ShortcutAction): void {
    const store = this.store;
    const actions: Record<ShortcutAction, () => void> = {
      togglePlay: () => store.togglePlay(),
      seekBack: () => store.seekBy(-SEEK_STEP_SECONDS),
      seekForward: () => store.seekBy(SEEK_STEP_SECONDS),
      toggleLoop: () => store.toggleLoop(),
      markA: () => store.markA(),
      markB: () => store.markB(),
      slower: () => store.changeSpeed(-SPEED_STEP),
      faster: () => store.changeSpeed(SPEED_STEP),
      help: () => this.openHelp(),
    };
    actions[action]();
  }

  private async start(): Promise<void> {
    const video = this.video().nativeElement;
    this.cleanups.push(this.store.attach(video), this.followFrames(video));
    const [url, resumeAt] = await Promise.all([
      this.playback.open(this.courseId(), this.lessonId()),
      this.tracker.open(this.lessonId(), this.courseId(), this.durationSeconds()),
      this.engine.prepare(),
    ]);
    if (!url) return;
    this.engine.onStreamLost(() => void this.playback.refresh());
    this.playback.onRefresh((next) => this.engine.load(video, next, video.currentTime, !video.paused));
    this.engine.load(video, url, resumeAt, false);
    this.cleanups.push(this.tracker.attach(video));
    if (this.auth.isSignedIn()) {
      void this.loops.load(this.lessonId());
      void this.timeline.load(this.lessonId(), this.courseId());
    }
  }

  /** Checks the loop every frame while playing so the jump back to A lands close to B. */
  private followFrames(video: HTMLVideoElement): () => void {
    const tick = () => {
      this.store.enforceLoop();
      this.frame = video.paused ? 0 : requestAnimationFrame(tick);
    };
    const onPlay = () => {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(tick);
    };
    video.addEventListener('play', onPlay);
    return () => video.removeEventListener('play', onPlay);
  }
}
