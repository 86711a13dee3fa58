import { Injectable, inject, signal } from '@angular/core';
import { BackendError, DEFAULT_MESSAGES, backendCall, backendPage } from '../../../core/data/backend-call';
import { DataClientService } from '../../../core/data/data-client';
import { LoopRange } from '../practice/player-store.service';

export interface SavedLoop extends LoopRange {
  readonly id: string;
  readonly name: string;
}

/** The signed-in user's saved A-B loops for one lesson (PracticeLoop records), ordered by start. */
@Injectable()
export class LoopLibrary {
  private readonly data = inject(DataClientService);
  private readonly items = signal<readonly SavedLoop[]>([]);
  private readonly failed = signal<string | null>(null);
  private lessonId = '';

  readonly loops = this.items.asReadonly();
  readonly error = this.failed.asReadonly();

  async load(lessonId: string): Promise<void> {
    this.lessonId = lessonId;
    try {
      const { items } = await backendPage(this.data.client.models.PracticeLoop.loopsByLesson({ lessonId }));
      this.items.set(sortByStart(items.map(toSavedLoop)));
      this.failed.set(null);
    } catch {
      this.failed.set($localize`:@@player.loops.loadFailed:Your saved loops could not be loaded.`);
    }
  }

  /** Stores a new loop; rejects with the backend's BackendError (e.g. a refused name), leaving the list as it was. */
  async save(name: string, range: LoopRange): Promise<SavedLoop> {
    const record = await backendCall(
      this.data.client.models.PracticeLoop.create({
        lessonId: this.lessonId,
        name: name.trim(),
        startSeconds: round(range.start),
        endSeconds: round(range.end),
      }),
    );
    const saved = toSavedLoop(required(record));
    this.items.update((loops) => sortByStart([...loops, saved]));
    this.failed.set(null);
    return saved;
  }

  /** Renames a saved loop; rejects with the backend's BackendError, leaving the list as it was. */
  async rename(id: string, name: string): Promise<SavedLoop> {
    const record = await backendCall(this.data.client.models.PracticeLoop.update({ id, name: name.trim() }));
    const renamed = toSavedLoop(required(record));
    this.items.update((loops) => loops.map((loop) => (loop.id === id ? renamed : loop)));
    this.failed.set(null);
    return renamed;
  }

  async remove(id: string): Promise<void> {
    try {
      await backendCall(this.data.client.models.PracticeLoop.delete({ id }));
    } catch {
      this.failed.set($localize`:@@player.loops.deleteFailed:The loop could not be deleted.`);
      return;
    }
    this.items.update((loops) => loops.filter((loop) => loop.id !== id));
  }
}

interface PracticeLoopRecord {
  readonly id: string;
  readonly name: string;
  readonly startSeconds: number;
  readonly endSeconds: number;
}

function toSavedLoop(record: PracticeLoopRecord): SavedLoop {
  return { id: record.id, name: record.name, start: record.startSeconds, end: record.endSeconds };
}

/** The data client answers null, without errors, when the record is not there (e.g. deleted in another tab). */
function required(record: PracticeLoopRecord | null): PracticeLoopRecord {
  if (!record) throw new BackendError('not-found', DEFAULT_MESSAGES['not-found']);
  return record;
}

function sortByStart(loops: SavedLoop[]): SavedLoop[] {
  return loops.sort((a, b) => a.start - b.start);
}

function round(seconds: number): number {
  return Math.round(seconds * 100) / 100;
}
