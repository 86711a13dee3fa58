import { ChangeDetectionStrategy, Component, inject, model } from '@angular/core';
import { MatListItem, MatNavList } from '@angular/material/list';
import { MatSidenav, MatSidenavContainer } from '@angular/material/sidenav';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { NavLinks } from './nav-links';

/**
 * The small screens' navigation drawer, over the page. The shell loads it when it is first opened,
 * so a first visit does not download the sidenav and list code.
 */
@Component({
  selector: 'app-nav-drawer',
  imports: [MatSidenavContainer, MatSidenav, MatNavList, MatListItem, RouterLink, RouterLinkActive],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-sidenav-container class="host" [class.open]="opened()">
      <mat-sidenav #drawer class="drawer" mode="over" [opened]="opened()" (openedChange)="opened.set($event)">
        <div class="drawer-brand" aria-hidden="true"><span class="logo">♪</span> Play-Along</div>
        <nav aria-label="Main navigation" i18n-aria-label="@@app.nav.label">
          <mat-nav-list>
            @for (link of links(); track link.path) {
              <a
                mat-list-item
                [routerLink]="link.path"
                routerLinkActive
                #rla="routerLinkActive"
                [routerLinkActiveOptions]="{ exact: link.exact }"
                [activated]="rla.isActive"
                [attr.aria-current]="rla.isActive ? 'page' : null"
                (click)="drawer.close()"
                >{{ link.label }}</a
              >
            }
          </mat-nav-list>
        </nav>
      </mat-sidenav>
    </mat-sidenav-container>
  `,
  styles: `
    /* A layer over the page that lets clicks through while the drawer is closed. */
    .host {
      position: fixed;
      inset: 0;
      z-index: 3;
      background: transparent;
      pointer-events: none;
    }

    .host.open {
      pointer-events: auto;
    }

    .drawer {
      width: 16rem;
    }

    .drawer-brand {
      padding: 20px 16px 8px;
      font: var(--mat-sys-title-large);
    }

    .logo {
      color: var(--mat-sys-primary);
      font-size: 1.5rem;
    }
  `,
})
export class NavDrawer {
  /** Set to false by the drawer itself when a link, the backdrop or Escape closes it. */
  readonly opened = model(false);
  protected readonly links = inject(NavLinks).links;
}
