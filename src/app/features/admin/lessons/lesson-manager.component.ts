import { CdkDrag, CdkDragDrop, CdkDragHandle, CdkDragPlaceholder, CdkDropList } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, OnInit, afterNextRender, computed, inject, input, signal } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { MatTooltip } from '@angular/material/tooltip';
import type { AdminLesson } from './admin-lesson';
import { LessonDeleteDialog, LessonDeleteDialogData } from './lesson-delete-dialog.component';
import { LessonDialog, LessonDialogData } from './lesson-dialog.component';
import { LessonIcon } from './lesson-icon.component';
import { LessonStore } from './lesson-store.service';
import { LESSON_LABELS } from './lesson-labels';
import { LessonVideoPanel } from './lesson-video-panel.component';
import { VideoState, videoState } from './lesson-video-state';
import { VideoStatus } from './video-status.component';

interface LessonRow {
  readonly lesson: AdminLesson;
  readonly video: VideoState;
}

/** Which control of a row had focus when it moved, so focus can follow the row. */
type MoveControl = 'up' | 'down' | 'row';

/**
 * The studio's Lessons tab: the course's lessons in order, with add/edit/delete, free preview,
 * publish state, reorder (drag and drop, or Move up/down and Alt+Arrow keys) and each lesson's
 * video, whose status arrives live.
 */
@Component({
  selector: 'app-lesson-manager',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [LessonStore],
  imports: [
    CdkDropList,
    CdkDrag,
    CdkDragHandle,
    CdkDragPlaceholder,
    MatButton,
    MatIconButton,
    MatProgressBar,
    MatSlideToggle,
    MatTooltip,
    LessonIcon,
    LessonVideoPanel,
    VideoStatus,
  ],
  templateUrl: './lesson-manager.component.html',
  styleUrl: './lesson-manager.component.scss',
})
export class LessonManager implements OnInit {
  private readonly dialog = inject(MatDialog);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly store = inject(LessonStore);

  readonly courseId = input.required<string>();

  protected readonly skeletons = [1, 2, 3];
  protected readonly labels = LESSON_LABELS;
  protected readonly rows = computed<LessonRow[]>(() => this.store.lessons().map((lesson) => ({ lesson, video: videoState(lesson) })));
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  /** Announces the outcome of a move (polite). */
  protected readonly moveNews = signal('');

  ngOnInit(): void {
    this.store.connect(this.courseId());
  }

  protected toggleVideo(id: string): void {
    this.expanded.update((ids) => {
      const next = new Set(ids);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  protected add(): void {
    const data: LessonDialogData = { save: (input) => this.store.create(input) };
    this.dialog
      .open(LessonDialog, { data, width: '36rem' })
      .afterClosed()
      .subscribe((created?: AdminLesson) => {
        if (created) this.moveNews.set($localize`:@@admin.lessons.news.added:Added "${created.title}:title:" as lesson ${this.indexOf(created.id) + 1}:position:.`);
      });
  }

  protected edit(lesson: AdminLesson): void {
    const data: LessonDialogData = { lesson, save: (input) => this.store.update(lesson.id, input) };
    this.dialog.open(LessonDialog, { data, width: '36rem' });
  }

  protected confirmDelete(lesson: AdminLesson): void {
    const data: LessonDeleteDialogData = { title: lesson.title };
    this.dialog
      .open(LessonDeleteDialog, { data })
      .afterClosed()
      .subscribe(async (confirmed?: boolean) => {
        const index = this.indexOf(lesson.id);
        if (!confirmed || !(await this.store.remove(lesson))) return;
        this.moveNews.set($localize`:@@admin.lessons.news.deleted:Deleted "${lesson.title}:title:".`);
        this.focusAfterDelete(index);
      });
  }

  protected drop(event: CdkDragDrop<LessonRow[]>): void {
    void this.move(event.previousIndex, event.currentIndex, null);
  }

  /** Alt+ArrowUp / Alt+ArrowDown anywhere in a row move it, like the Move buttons. */
  protected onRowKeydown(event: KeyboardEvent, index: number): void {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const control = (event.target as HTMLElement).closest<HTMLElement>('[data-move]')?.dataset['move'] as MoveControl | undefined;
    void this.move(index, event.key === 'ArrowUp' ? index - 1 : index + 1, control ?? 'row');
  }

  protected async move(from: number, to: number, control: MoveControl | null): Promise<void> {
    const count = this.store.lessons().length;
    const lesson = this.store.lessons()[from];
    if (!lesson || to < 0 || to >= count || to === from) return;
    const saved = this.store.reorder(from, to);
    if (control) this.restoreFocus(lesson.id, control);
    if (await saved) {
      this.moveNews.set($localize`:@@admin.lessons.news.moved:"${lesson.title}:title:" moved to position ${this.indexOf(lesson.id) + 1}:position: of ${count}:count:.`);
      return;
    }
    this.moveNews.set($localize`:@@admin.lessons.news.stays:"${lesson.title}:title:" stays at position ${this.indexOf(lesson.id) + 1}:position:.`);
    if (control) this.restoreFocus(lesson.id, control);
  }

  /** Re-rendering moves the row's element, which drops focus: put it back on the same control (or the row). */
  private restoreFocus(id: string, control: MoveControl): void {
    afterNextRender(
      () => {
        const row = this.host.nativeElement.querySelector<HTMLElement>(`[data-lesson-id="${id}"]`);
        const preferred = row?.querySelector<HTMLButtonElement>(`[data-move="${control}"]`);
        const other = row?.querySelector<HTMLButtonElement>(`[data-move="${control === 'up' ? 'down' : 'up'}"]`);
        const target = [preferred, other].find((button) => button && !button.disabled) ?? row;
        target?.focus();
      },
      { injector: this.injector },
    );
  }

  /** The deleted row took focus with it: the row now in its place (or the one before, or the add button) gets it. */
  private focusAfterDelete(index: number): void {
    afterNextRender(
      () => {
        const rows = this.host.nativeElement.querySelectorAll<HTMLElement>('[data-lesson-id]');
        const target = rows[Math.min(index, rows.length - 1)] ?? this.host.nativeElement.querySelector<HTMLElement>('.message button');
        target?.focus();
      },
      { injector: this.injector },
    );
  }

  private indexOf(id: string): number {
    return this.store.lessons().findIndex((lesson) => lesson.id === id);
  }
}
