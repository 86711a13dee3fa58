import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { LocalePreference } from '../i18n/locale-preference';

/** Toolbar language switch; each language is named in itself so a reader of it can find it. */
@Component({
  selector: 'app-language-menu',
  imports: [MatButton, MatMenu, MatMenuItem, MatMenuTrigger],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-button
      type="button"
      class="language-trigger"
      [matMenuTriggerFor]="menu"
    >
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm6.9 6h-2.9a15.7 15.7 0 0 0-1.4-3.6A8 8 0 0 1 18.9 8ZM12 4a14 14 0 0 1 1.9 4h-3.8A14 14 0 0 1 12 4ZM4.3 14a8.2 8.2 0 0 1 0-4h3.4a16.5 16.5 0 0 0 0 4H4.3Zm.8 2h3a15.7 15.7 0 0 0 1.3 3.6A8 8 0 0 1 5.1 16Zm3-8h-3a8 8 0 0 1 4.3-3.6A15.7 15.7 0 0 0 8.1 8ZM12 20a14 14 0 0 1-1.9-4h3.8A14 14 0 0 1 12 20Zm2.3-6H9.7a14.7 14.7 0 0 1 0-4h4.6a14.7 14.7 0 0 1 0 4Zm.3 5.6a15.7 15.7 0 0 0 1.3-3.6h3a8 8 0 0 1-4.3 3.6Zm1.7-5.6a16.5 16.5 0 0 0 0-4h3.4a8.2 8.2 0 0 1 0 4h-3.4Z"
        />
      </svg>
      <!-- The name is the hidden text, not an aria-label: axe wants a visible "ES" inside an aria-label naming the control. -->
      <span class="code" aria-hidden="true">{{ preference.current.id.slice(0, 2).toUpperCase() }}</span>
      <span class="visually-hidden">{{ triggerLabel }}</span>
    </button>
    <mat-menu #menu="matMenu" xPosition="before">
      @for (locale of preference.available; track locale.id) {
        <button
          mat-menu-item
          type="button"
          role="menuitemradio"
          [attr.lang]="locale.id"
          [attr.aria-checked]="locale.id === preference.current.id"
          (click)="preference.choose(locale.id)"
        >
          {{ locale.label }}
        </button>
      }
    </mat-menu>
  `,
  styles: `
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .language-trigger svg {
      margin-inline-end: 4px;
      vertical-align: middle;
    }
  `,
})
export class LanguageMenu {
  protected readonly preference = inject(LocalePreference);
  protected readonly triggerLabel = $localize`:@@languageMenu.trigger:Language: ${this.preference.current.label}:language:`;
}
