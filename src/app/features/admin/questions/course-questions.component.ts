import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { backendCall, toBackendError } from '../../../core/data/backend-call';
import { DataClientService } from '../../../core/data/data-client';
import { formatDuration } from '../../../shared/duration.pipe';

/** The backend holds answers to this length too. */
export const MAX_ANSWER_LENGTH = 4000;

/** The studio's Questions tab: students' questions on the course's lessons, unanswered first, each with an answer form. */
@Component({
  selector: 'app-course-questions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, DatePipe, MatButton, MatCheckbox, MatFormField, MatLabel, MatInput, MatProgressBar],
  templateUrl: './course-questions.component.html',
  styleUrl: './course-questions.component.scss',
})
export class CourseQuestions {
  private readonly data = inject(DataClientService);

  readonly courseId = input.required<string>();

  protected readonly maxLength = MAX_ANSWER_LENGTH;
  protected readonly unansweredOnly = signal(false);
  protected readonly questions = resource({
    params: () => ({ courseId: this.courseId(), unansweredOnly: this.unansweredOnly() }),
    loader: ({ params }) => backendCall(this.data.client.queries.adminCourseQuestions(params)),
  });
  protected readonly list = computed(() => (this.questions.hasValue() ? (this.questions.value() ?? []) : []));
  protected readonly loadError = computed(() => {
    const error = this.questions.error();
    return error ? toBackendError(error).message : null;
  });

  /** Draft answers by question id. */
  protected readonly drafts = signal<Readonly<Record<string, string>>>({});
  protected readonly savingId = signal<string | null>(null);
  protected readonly answerError = signal<{ id: string; message: string } | null>(null);
  protected readonly status = signal('');

  protected readonly clock = (seconds: number) => formatDuration(Math.floor(seconds), 'clock');
  protected readonly aLesson = $localize`:@@admin.questions.aLesson:A lesson`;
  protected readonly excerpt = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

  protected draftOf(id: string, current: string | null | undefined): string {
    return this.drafts()[id] ?? current ?? '';
  }

  protected setDraft(id: string, text: string): void {
    this.drafts.update((drafts) => ({ ...drafts, [id]: text }));
  }

  protected reload(): void {
    this.questions.reload();
  }

  protected async answer(id: string, current: string | null | undefined): Promise<void> {
    const answer = this.draftOf(id, current).trim();
    if (!answer || this.savingId()) return;
    this.savingId.set(id);
    this.answerError.set(null);
    try {
      await backendCall(this.data.client.mutations.answerQuestion({ questionId: id, answer }));
      this.drafts.update(({ [id]: _sent, ...rest }) => rest);
      this.status.set($localize`:@@admin.questions.saved:Answer saved.`);
      this.questions.reload();
    } catch (error) {
      this.answerError.set({ id, message: toBackendError(error).message });
    } finally {
      this.savingId.set(null);
    }
  }
}
