import { Injectable, computed, inject, signal } from '@angular/core';
import { BackendError, DEFAULT_MESSAGES, type Page, backendCall, backendPage, toBackendError } from '../../../core/data/backend-call';
import { DataClientService } from '../../../core/data/data-client';

export interface NoteEntry {
  readonly kind: 'note';
  readonly id: string;
  readonly positionSeconds: number;
  readonly text: string;
}

export interface QuestionEntry {
  readonly kind: 'question';
  readonly id: string;
  readonly positionSeconds: number;
  readonly text: string;
  readonly authorName: string;
  readonly mine: boolean;
  readonly answer: string | null;
}

export type TimelineEntry = NoteEntry | QuestionEntry;

/**
 * The signed-in viewer's notes (LessonNote, their own only) and the questions on one lesson
 * (lessonQuestions: readable by everyone entitled to the course), merged by time in the video.
 */
@Injectable()
export class LessonTimeline {
  private readonly data = inject(DataClientService);
  private readonly noteItems = signal<readonly NoteEntry[]>([]);
  private readonly questionItems = signal<readonly QuestionEntry[]>([]);
  private readonly state = signal<'idle' | 'loading' | 'ready'>('idle');
  private readonly notesFailure = signal<string | null>(null);
  private readonly questionsFailure = signal<string | null>(null);
  private lessonId = '';
  private courseId = '';

  /** Until the first load ends, nothing is added: the loaded list would replace it. */
  readonly ready = computed(() => this.state() === 'ready');
  readonly notesError = this.notesFailure.asReadonly();
  /** Why the lesson's questions cannot be shown (e.g. the backend's "enroll in this course…"). */
  readonly questionsError = this.questionsFailure.asReadonly();
  readonly entries = computed<readonly TimelineEntry[]>(() =>
    [...this.noteItems(), ...this.questionItems()].sort((a, b) => a.positionSeconds - b.positionSeconds),
  );

  async load(lessonId: string, courseId: string): Promise<void> {
    this.lessonId = lessonId;
    this.courseId = courseId;
    this.state.set('loading');
    await Promise.all([this.loadNotes(), this.loadQuestions()]);
    this.state.set('ready');
  }

  /** Rejects with the backend's BackendError, leaving the list as it was. */
  async addNote(text: string, positionSeconds: number): Promise<void> {
    const record = await backendCall(
      this.data.client.models.LessonNote.create({ lessonId: this.lessonId, courseId: this.courseId, positionSeconds: toTenth(positionSeconds), text: text.trim() }),
    );
    const note = toNote(required(record));
    this.noteItems.update((notes) => [...notes, note]);
  }

  /** Rejects with the backend's BackendError, leaving the note as it was. */
  async editNote(id: string, text: string): Promise<void> {
    const record = await backendCall(this.data.client.models.LessonNote.update({ id, text: text.trim() }));
    const note = toNote(required(record));
    this.noteItems.update((notes) => notes.map((item) => (item.id === id ? note : item)));
  }

  /** Rejects with the backend's BackendError, leaving the note in the list. */
  async removeNote(id: string): Promise<void> {
    await backendCall(this.data.client.models.LessonNote.delete({ id }));
    this.noteItems.update((notes) => notes.filter((note) => note.id !== id));
  }

  /** Rejects with the backend's BackendError (e.g. not entitled to the course), leaving the list as it was. */
  async ask(text: string, positionSeconds: number): Promise<void> {
    const asked = await backendCall(
      this.data.client.mutations.askQuestion({ lessonId: this.lessonId, positionSeconds: toTenth(positionSeconds), text: text.trim() }),
    );
    if (!asked) throw new BackendError('server', DEFAULT_MESSAGES.server);
    this.questionItems.update((questions) => [...questions, toQuestion(asked)]);
  }

  private async loadNotes(): Promise<void> {
    try {
      const notes: NoteEntry[] = [];
      let nextToken: string | null = null;
      do {
        const page: Page<NoteRecord> = await backendPage(this.data.client.models.LessonNote.notesByLesson({ lessonId: this.lessonId }, { nextToken }));
        notes.push(...page.items.map(toNote));
        nextToken = page.nextToken;
      } while (nextToken);
      this.noteItems.set(notes);
      this.notesFailure.set(null);
    } catch {
      this.notesFailure.set($localize`:@@player.timeline.notesLoadFailed:Your notes could not be loaded.`);
    }
  }

  private async loadQuestions(): Promise<void> {
    try {
      const questions = await backendCall(this.data.client.queries.lessonQuestions({ lessonId: this.lessonId }));
      this.questionItems.set((questions ?? []).map(toQuestion));
      this.questionsFailure.set(null);
    } catch (error) {
      this.questionItems.set([]);
      this.questionsFailure.set(toBackendError(error).message);
    }
  }
}

interface NoteRecord {
  readonly id: string;
  readonly positionSeconds: number;
  readonly text: string;
}

interface QuestionRecord {
  readonly id: string;
  readonly positionSeconds: number;
  readonly text: string;
  readonly authorName: string;
  readonly mine: boolean;
  readonly answer?: string | null;
}

function toNote(record: NoteRecord): NoteEntry {
  return { kind: 'note', id: record.id, positionSeconds: record.positionSeconds, text: record.text };
}

function toQuestion(record: QuestionRecord): QuestionEntry {
  return {
    kind: 'question',
    id: record.id,
    positionSeconds: record.positionSeconds,
    text: record.text,
    authorName: record.authorName,
    mine: record.mine,
    answer: record.answer ?? null,
  };
}

/** The data client answers null, without errors, when the record is not there (e.g. deleted in another tab). */
function required(record: NoteRecord | null): NoteRecord {
  if (!record) throw new BackendError('not-found', DEFAULT_MESSAGES['not-found']);
  return record;
}

/** Down, so the stored moment shows the same whole second the person saw ("at 1:23"). */
function toTenth(seconds: number): number {
  return Math.floor(seconds * 10) / 10;
}
