import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { toBackendError } from '../../../core/data/backend-call';
import { formatDuration } from '../../../shared/duration.pipe';
import { PlayerStore } from '../practice/player-store.service';
import { LessonTimeline, type TimelineEntry } from './lesson-timeline.service';

/** Notes and questions are held to this length by the backend too. */
export const MAX_ENTRY_LENGTH = 2000;

type EntryKind = TimelineEntry['kind'];

/**
 * "Notes & questions" under the player: add a private note or a question at the current time, list
 * both by time (each time seeks the video there), edit or delete own notes, read answers.
 */
@Component({
  selector: 'app-timeline-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButton, MatFormField, MatHint, MatInput, MatLabel, MatProgressSpinner, MatRadioButton, MatRadioGroup],
  templateUrl: './timeline-panel.component.html',
  styleUrl: './timeline-panel.component.scss',
})
export class TimelinePanel {
  protected readonly timeline = inject(LessonTimeline);
  private readonly store = inject(PlayerStore);

  protected readonly maxLength = MAX_ENTRY_LENGTH;
  protected readonly kind = signal<EntryKind>('note');
  protected readonly text = signal('');
  /** The moment the entry is about: taken when the person starts writing, so playing on does not move it. */
  private readonly pinned = signal<number | null>(null);
  protected readonly at = computed(() => this.pinned() ?? this.store.currentTime());
  protected readonly atLabel = computed(() => clock(this.at()));
  protected readonly saving = signal(false);
  protected readonly addError = signal<string | null>(null);
  protected readonly status = signal('');

  protected readonly editingId = signal<string | null>(null);
  protected readonly editText = signal('');
  protected readonly editError = signal<string | null>(null);
  protected readonly rowError = signal<{ id: string; message: string } | null>(null);

  protected readonly clock = clock;

  protected jumpLabel(entry: TimelineEntry): string {
    const time = clock(entry.positionSeconds);
    return $localize`:@@player.timeline.jumpLabel:Jump to ${time}:time:`;
  }

  protected editLabel(entry: TimelineEntry): string {
    const time = clock(entry.positionSeconds);
    return $localize`:@@player.timeline.editLabel:Edit note at ${time}:time:`;
  }

  protected deleteLabel(entry: TimelineEntry): string {
    const time = clock(entry.positionSeconds);
    return $localize`:@@player.timeline.deleteLabel:Delete note at ${time}:time:`;
  }

  protected pin(): void {
    if (this.pinned() === null) this.pinned.set(this.store.currentTime());
  }

  /** Leaving the field empty lets the moment follow the video again. */
  protected unpinIfEmpty(): void {
    if (!this.text().trim()) this.pinned.set(null);
  }

  protected async add(): Promise<void> {
    const text = this.text().trim();
    if (!text || this.saving() || !this.timeline.ready()) return;
    const kind = this.kind();
    const at = this.at();
    this.saving.set(true);
    this.addError.set(null);
    try {
      if (kind === 'note') await this.timeline.addNote(text, at);
      else await this.timeline.ask(text, at);
      this.text.set('');
      this.pinned.set(null);
      const time = clock(at);
      this.status.set(
        kind === 'note'
          ? $localize`:@@player.timeline.noteAdded:Note added at ${time}:time:.`
          : $localize`:@@player.timeline.questionPosted:Question posted at ${time}:time:.`,
      );
    } catch (error) {
      this.addError.set(toBackendError(error).message);
    } finally {
      this.saving.set(false);
    }
  }

  protected seek(entry: TimelineEntry): void {
    this.store.seekTo(entry.positionSeconds);
  }

  protected startEdit(entry: TimelineEntry): void {
    this.editingId.set(entry.id);
    this.editText.set(entry.text);
    this.editError.set(null);
  }

  protected cancelEdit(): void {
    this.editingId.set(null);
  }

  protected async saveEdit(id: string): Promise<void> {
    const text = this.editText().trim();
    if (!text) return;
    try {
      await this.timeline.editNote(id, text);
      this.editingId.set(null);
      this.status.set($localize`:@@player.timeline.noteSaved:Note saved.`);
    } catch (error) {
      this.editError.set(toBackendError(error).message);
    }
  }

  protected async remove(entry: TimelineEntry): Promise<void> {
    this.rowError.set(null);
    try {
      await this.timeline.removeNote(entry.id);
      const time = clock(entry.positionSeconds);
      this.status.set($localize`:@@player.timeline.noteDeleted:Note at ${time}:time: deleted.`);
    } catch (error) {
      this.rowError.set({ id: entry.id, message: toBackendError(error).message });
    }
  }
}

function clock(seconds: number): string {
  return formatDuration(Math.floor(seconds), 'clock');
}
