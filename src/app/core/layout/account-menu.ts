import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDivider } from '@angular/material/divider';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { filter, map } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { ErrorNotifier } from '../errors/error-notifier.service';
import { SIGN_IN_PATH } from '../auth/auth.guards';

/** Toolbar corner: "Sign in" for guests, otherwise the user's email with a menu of the account pages and sign-out. */
@Component({
  selector: 'app-account-menu',
  imports: [MatButton, MatMenu, MatMenuItem, MatMenuTrigger, MatDivider, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (auth.user(); as user) {
      <button mat-button [matMenuTriggerFor]="menu" class="account-trigger" [attr.aria-label]="triggerLabel(user.email)">
        <span class="email">{{ user.email }}</span>
      </button>
      <mat-menu #menu="matMenu" xPosition="before">
        <div class="menu-email" aria-hidden="true">{{ user.email }}</div>
        <mat-divider />
        <a mat-menu-item routerLink="/account/membership" i18n="@@core.accountMenu.membership">Membership</a>
        <a mat-menu-item routerLink="/account/orders" i18n="@@core.accountMenu.orders">Orders &amp; receipts</a>
        <a mat-menu-item routerLink="/account/settings" i18n="@@core.accountMenu.settings">Settings</a>
        <mat-divider />
        <button mat-menu-item type="button" (click)="signOut()" i18n="@@core.accountMenu.signOut">Sign out</button>
      </mat-menu>
    } @else if (auth.ready() && !onAccountPage()) {
      <button mat-flat-button type="button" (click)="signIn()" i18n="@@core.accountMenu.signIn">Sign in</button>
    }
  `,
  styles: `
    .email {
      display: inline-block;
      max-width: 14rem;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      vertical-align: bottom;
    }
    @media (max-width: 767.98px) {
      .email {
        max-width: 9rem;
      }
    }
    .menu-email {
      padding: 8px 16px;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class AccountMenu {
  protected readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly notifier = inject(ErrorNotifier);

  /** The account pages carry their own sign-in form; a second "Sign in" button there only confuses. */
  protected readonly onAccountPage = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map(() => isAccountUrl(this.router.url)),
    ),
    { initialValue: isAccountUrl(this.router.url) },
  );

  protected triggerLabel(email: string): string {
    return $localize`:@@core.accountMenu.trigger:Account menu for ${email}:email:`;
  }

  protected signIn(): void {
    const current = this.router.url;
    const returnUrl = isAccountUrl(current) || current === '/' ? undefined : current;
    void this.router.navigate([SIGN_IN_PATH], { queryParams: { returnUrl } });
  }

  protected async signOut(): Promise<void> {
    try {
      await this.auth.signOut();
      await this.router.navigateByUrl('/');
    } catch {
      this.notifier.notify($localize`:@@core.accountMenu.signOutFailed:Signing out failed. Please try again.`);
    }
  }
}

function isAccountUrl(url: string): boolean {
  return url === '/account' || url.startsWith('/account/') || url.startsWith('/account?');
}
