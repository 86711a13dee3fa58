import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, ElementRef, inject, linkedSignal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatToolbar } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { map } from 'rxjs';
import { AccountMenu } from './core/layout/account-menu';
import { LanguageMenu } from './core/layout/language-menu';
import { NavDrawer } from './core/layout/nav-drawer';
import { NavLinks } from './core/layout/nav-links';
import { OfflineNotice } from './core/offline/offline-notice';

const HANDSET_QUERY = '(max-width: 767.98px)';

@Component({
  selector: 'app-root',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbar,
    MatButton,
    MatIconButton,
    AccountMenu,
    LanguageMenu,
    NavDrawer,
    OfflineNotice,
  ],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  protected readonly links = inject(NavLinks).links;
  protected readonly isHandset = toSignal(
    inject(BreakpointObserver)
      .observe(HANDSET_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  /** Closed again whenever the layout changes between phone and desktop. */
  protected readonly drawerOpen = linkedSignal({ source: this.isHandset, computation: () => false });
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }
}
