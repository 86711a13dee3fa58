import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { PlayerIcon } from '../ui/player-icon.component';
import { LoopLibrary, SavedLoop } from './loop-library.service';
import { loopRangeLabel } from './loop-name';
import { openLoopNameDialog } from './loop-name-dialog.component';

/** The user's saved loops for this lesson: play one (restores A, B and looping), rename or delete it. */
@Component({
  selector: 'app-saved-loops',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatIconButton, PlayerIcon],
  template: `
    <h3 [id]="headingId" i18n="@@player.loops.heading">Saved loops</h3>
    @if (library.error(); as error) {
      <p class="error" role="alert">{{ error }}</p>
    }
    @if (library.loops().length === 0) {
      <p class="empty" i18n="@@player.loops.empty">Mark A and B while playing, then save the loop to practise it again later.</p>
    } @else {
      <ul [attr.aria-labelledby]="headingId">
        @for (loop of library.loops(); track loop.id) {
          <li [class.current]="loop.id === activeId()">
            <button mat-button type="button" (click)="apply.emit(loop)" [attr.aria-label]="practiseLabel(loop)">
              <!-- A real space between name and range (&ngsp;): the visible text must read as a part of the aria-label. -->
              <span class="name">{{ loop.name }}</span>&ngsp;<span class="range">{{ range(loop) }}</span>
            </button>
            <button mat-icon-button type="button" (click)="rename(loop)" [attr.aria-label]="renameLabel(loop)">
              <app-player-icon name="edit" />
            </button>
            <button mat-icon-button type="button" (click)="library.remove(loop.id)" [attr.aria-label]="deleteLabel(loop)">
              <app-player-icon name="delete" />
            </button>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    h3 { font: var(--mat-sys-title-medium); margin: 16px 0 8px; }
    ul { list-style: none; margin: 0; padding: 0; }
    li { display: flex; align-items: center; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    /* Names run to 100 characters: the practise button takes the free width and wraps them. */
    li > button:first-child {
      flex: 1 1 auto; min-width: 0; height: auto; min-height: 40px; padding-block: 8px; justify-content: flex-start; text-align: start;
    }
    .name { overflow-wrap: anywhere; }
    li.current { background: var(--mat-sys-secondary-container); }
    .range { color: var(--mat-sys-on-surface-variant); font-variant-numeric: tabular-nums; margin-left: 4px; }
    .empty { color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-medium); }
    .error { color: var(--mat-sys-error); }
  `,
})
export class SavedLoops {
  protected readonly library = inject(LoopLibrary);
  private readonly dialog = inject(MatDialog);
  protected readonly headingId = 'saved-loops-heading';

  readonly activeId = input<string | null>(null);
  readonly apply = output<SavedLoop>();

  protected readonly range = loopRangeLabel;

  protected practiseLabel(loop: SavedLoop): string {
    return $localize`:@@player.loops.practiseLabel:Practise loop ${loop.name}:name:, ${loopRangeLabel(loop)}:range:`;
  }

  protected renameLabel(loop: SavedLoop): string {
    return $localize`:@@player.loops.renameLabel:Rename loop ${loop.name}:name:`;
  }

  protected deleteLabel(loop: SavedLoop): string {
    return $localize`:@@player.loops.deleteLabel:Delete loop ${loop.name}:name:`;
  }

  protected rename(loop: SavedLoop): void {
    openLoopNameDialog(this.dialog, {
      heading: $localize`:@@player.loops.renameHeading:Rename loop`,
      action: $localize`:@@player.loops.renameAction:Rename`,
      range: loopRangeLabel(loop),
      name: loop.name,
      submit: (name) => this.library.rename(loop.id, name),
    });
  }
}
