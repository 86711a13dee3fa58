import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle } from '@angular/material/dialog';
import { SHORTCUTS } from '../practice/shortcuts';

@Component({
  selector: 'app-shortcuts-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton],
  template: `
    <h2 mat-dialog-title i18n="@@player.shortcuts.heading">Keyboard shortcuts</h2>
    <mat-dialog-content>
      <p i18n="@@player.shortcuts.intro">These work while the video player has focus, except when typing in a field.</p>
      <table>
        <thead>
          <tr><th scope="col" i18n="@@player.shortcuts.key">Key</th><th scope="col" i18n="@@player.shortcuts.action">Action</th></tr>
        </thead>
        <tbody>
          @for (shortcut of shortcuts; track shortcut.action) {
            <tr>
              <td>@for (key of shortcut.keys; track key) {<kbd>{{ key }}</kbd>}</td>
              <td>{{ shortcut.label }}</td>
            </tr>
          }
        </tbody>
      </table>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button mat-dialog-close type="button" i18n="@@player.shortcuts.close">Close</button>
    </mat-dialog-actions>
  `,
  styles: `
    table { border-collapse: collapse; width: 100%; }
    th { text-align: left; font: var(--mat-sys-title-small); padding: 4px 8px; }
    td { padding: 4px 8px; border-top: 1px solid var(--mat-sys-outline-variant); }
    kbd {
      display: inline-block; min-width: 1.5em; padding: 2px 6px; text-align: center;
      border: 1px solid var(--mat-sys-outline); border-radius: 4px; font-family: inherit;
      background: var(--mat-sys-surface-container);
    }
  `,
})
export class ShortcutsDialog {
  protected readonly shortcuts = SHORTCUTS;
}
