import { Injectable, OnDestroy, inject, signal } from '@angular/core';
import type { Schema } from '../../../../../amplify/data/resource';
import { AuthService } from '../../../core/auth/auth.service';
import { backendCall, backendPage } from '../../../core/data/backend-call';
import { DataClientService } from '../../../core/data/data-client';
import { MediaLike } from '../practice/media-like';
import { resumePosition } from './resume-position';
import { ThrottledSaver } from './throttled-saver';

export const SAVE_INTERVAL_MS = 15_000;

type LessonProgress = Schema['LessonProgress']['type'];

interface SavedProgress {
  readonly id: string;
  readonly positionSeconds: number;
  readonly practiceSeconds: number;
  readonly completed: boolean;
}

/**
 * Keeps the signed-in user's LessonProgress and today's PracticeSession for one lesson:
 * resumes from the saved position (the record is created by the first save, so merely opening a
 * lesson the user cannot play leaves no trace), saves the position every 15 s while playing (only when it
 * changed) and at once on pause, `ended`, tab hide, page unload and leaving the lesson, with one save in flight at a time.
 * Practice time is wall-clock time spent playing. Guests are not tracked.
 */
@Injectable()
export class ProgressTracker implements OnDestroy {
  private readonly data = inject(DataClientService);
  private readonly auth = inject(AuthService);
  private readonly saver = new ThrottledSaver(() => this.save(), SAVE_INTERVAL_MS);
  private readonly done = signal(false);
  private lessonId = '';
  private courseId = '';
  private tracking = false;
  private saved: SavedProgress | null = null;
  private session: { id: string; day: string; seconds: number } | null = null;
  private position = 0;
  private practiceMs = 0;
  private playingSince: number | null = null;
  private media: MediaLike | null = null;

  readonly completed = this.done.asReadonly();

  private readonly listeners: Record<string, () => void> = {
    timeupdate: () => this.onTimeUpdate(),
    play: () => this.onPlay(),
    pause: () => this.onStop(),
    ended: () => void this.markComplete(),
  };
  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };
  private readonly onPageHide = () => void this.flush();

  /** Loads the user's progress record, if any; resolves with the position to start at. */
  async open(lessonId: string, courseId: string, durationSeconds: number | null | undefined): Promise<number> {
    this.lessonId = lessonId;
    this.courseId = courseId;
    if (!this.auth.isSignedIn()) return 0;
    try {
      const record = await this.findOwn();
      this.saved = record && toSaved(record);
      this.tracking = true;
    } catch {
      // Without knowing whether a record exists, saving could create a duplicate: stay read-only.
      return 0;
    }
    if (!this.saved) return 0;
    this.done.set(this.saved.completed);
    this.position = this.saved.positionSeconds;
    return resumePosition(this.saved.positionSeconds, durationSeconds);
  }

  attach(media: MediaLike): () => void {
    this.media = media;
    for (const [type, listener] of Object.entries(this.listeners)) media.addEventListener(type, listener);
    document.addEventListener('visibilitychange', this.onVisibility);
    window.addEventListener('pagehide', this.onPageHide);
    if (!media.paused) this.onPlay();
    return () => {
      for (const [type, listener] of Object.entries(this.listeners)) media.removeEventListener(type, listener);
      document.removeEventListener('visibilitychange', this.onVisibility);
      window.removeEventListener('pagehide', this.onPageHide);
      if (this.media === media) this.media = null;
    };
  }

  async markComplete(): Promise<void> {
    if (!this.tracking) return;
    if (this.media) this.position = this.media.currentTime;
    this.done.set(true);
    await this.flush();
  }

  flush(): Promise<void> {
    this.accrue();
    return this.saver.flush();
  }

  ngOnDestroy(): void {
    if (this.media) this.position = this.media.currentTime;
    void this.flush();
  }

  private onTimeUpdate(): void {
    if (!this.media) return;
    this.position = this.media.currentTime;
    this.accrue();
    this.saver.request();
  }

  private onPlay(): void {
    this.playingSince ??= Date.now();
  }

  private onStop(): void {
    if (this.media) this.position = this.media.currentTime;
    this.accrue();
    this.playingSince = null;
    void this.saver.flush();
  }

  private accrue(): void {
    if (this.playingSince === null) return;
    const now = Date.now();
    this.practiceMs += now - this.playingSince;
    this.playingSince = this.media && !this.media.paused ? now : null;
  }

  private async save(): Promise<void> {
    if (!this.tracking) return;
    const saved = this.saved ?? { id: null, positionSeconds: 0, practiceSeconds: 0, completed: false };
    const practice = Math.floor(this.practiceMs / 1000);
    const position = Math.round(this.position * 10) / 10;
    const completed = this.done();
    if (position === saved.positionSeconds && practice === 0 && completed === saved.completed) return;
    const values = { positionSeconds: position, practiceSeconds: saved.practiceSeconds + practice, completed };
    const { LessonProgress } = this.data.client.models;
    // A failed save throws; the saver drops it and the next save writes whatever is still unsaved.
    const data = await backendCall(
      saved.id
        ? LessonProgress.update({ id: saved.id, ...values })
        : LessonProgress.create({ lessonId: this.lessonId, courseId: this.courseId, ...values }),
    );
    if (!data) return;
    this.saved = toSaved(data);
    this.practiceMs -= practice * 1000;
    if (practice > 0) await this.addToSession(practice);
  }

  private async addToSession(seconds: number): Promise<void> {
    const day = localDay(new Date());
    const { PracticeSession } = this.data.client.models;
    if (this.session && this.session.day === day) {
      const total = this.session.seconds + seconds;
      const data = await backendCall(PracticeSession.update({ id: this.session.id, seconds: total }));
      if (data) this.session = { ...this.session, seconds: total };
    } else {
      const data = await backendCall(PracticeSession.create({ lessonId: this.lessonId, courseId: this.courseId, day, seconds }));
      if (data) this.session = { id: data.id, day, seconds };
    }
  }

  private async findOwn(): Promise<LessonProgress | null> {
    // Owner authorization limits the index query to the caller's own records.
    const { items: own } = await backendPage(this.data.client.models.LessonProgress.progressByLesson({ lessonId: this.lessonId }));
    own.sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? ''));
    return own[0] ?? null;
  }
}

function toSaved(record: LessonProgress): SavedProgress {
  return {
    id: record.id,
    positionSeconds: record.positionSeconds,
    practiceSeconds: record.practiceSeconds,
    completed: record.completed,
  };
}

/** The user's calendar date (YYYY-MM-DD), which is what "today's practice" means to them. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
