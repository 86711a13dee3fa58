import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { AuthService } from '../../../core/auth/auth.service';
import { SIGN_IN_PATH } from '../../../core/auth/auth.guards';

/** What a signed-in user outside ADMINS sees at /admin: why they cannot enter and how to get access. */
@Component({
  selector: 'app-admin-access-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink],
  template: `
    <section class="page" aria-labelledby="admin-access-heading">
      <h1 id="admin-access-heading" i18n="@@admin.access.heading">Course admins only</h1>
      <p i18n="@@admin.access.notAdmin">
        You are signed in as <strong>{{ email() }}</strong>, which is not a course-admin account, so the admin studio is not available to
        you.
      </p>
      <h2 i18n="@@admin.access.howHeading">How to get access</h2>
      <p i18n="@@admin.access.howText">
        Ask an administrator of Play-Along to add your account to the course admins. Once they have, sign out and sign in again so that your
        new access takes effect.
      </p>
      <div class="actions">
        <a mat-flat-button routerLink="/" i18n="@@admin.access.backToCatalog">Back to the catalog</a>
        <button mat-stroked-button type="button" [disabled]="signingOut()" (click)="switchAccount()" i18n="@@admin.access.switchAccount">Sign in with another account</button>
      </div>
    </section>
  `,
  styles: `
    .page {
      max-width: 40rem;
      margin: 0 auto;
      padding: 24px 16px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      margin-top: 24px;
    }
  `,
})
export default class AdminAccessPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  protected readonly email = computed(() => this.auth.user()?.email || $localize`:@@admin.access.noEmail:an account without an email address`);
  protected readonly signingOut = signal(false);

  protected async switchAccount(): Promise<void> {
    this.signingOut.set(true);
    try {
      await this.auth.signOut();
      await this.router.navigate([SIGN_IN_PATH], { queryParams: { returnUrl: this.router.url } });
    } finally {
      this.signingOut.set(false);
    }
  }
}
