import { Injectable, signal } from '@angular/core';

/**
 * Carries the email between account steps (sign-up → confirm → sign-in, forgot → reset) in memory,
 * so it does not travel in the URL. The forms still let users type it after a reload.
 */
@Injectable({ providedIn: 'root' })
export class PendingAccount {
  readonly email = signal('');
  /** A one-off notice for the next account page, e.g. "Password changed — sign in". */
  readonly notice = signal<string | null>(null);

  takeNotice(): string | null {
    const notice = this.notice();
    this.notice.set(null);
    return notice;
  }
}
