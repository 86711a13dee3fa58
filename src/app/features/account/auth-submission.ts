import { computed, signal } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { type AuthFlow, cognitoErrorMessage } from './cognito-errors';

/** Lets a flow handle some errors itself (e.g. "not confirmed" → go to the confirm step); true when handled. */
export type AuthErrorRecovery = (error: unknown) => Promise<boolean>;

/**
 * The submit cycle every account form shares: validate, run one Amplify call at a time,
 * and show a Cognito error as a user-facing message.
 */
export class AuthSubmission {
  /** The flow being submitted, or null when idle; pages with two actions tell them apart by it. */
  readonly running = signal<AuthFlow | null>(null);
  readonly busy = computed(() => this.running() !== null);
  readonly error = signal<string | null>(null);

  /**
   * Runs `action` unless `control` is invalid or another action is running (then it only marks
   * `control` touched so its errors show). A thrown error becomes the message for `flow` unless `recover` handles it.
   */
  async run(flow: AuthFlow, control: AbstractControl, action: () => Promise<void>, recover?: AuthErrorRecovery): Promise<void> {
    if (control.invalid || this.busy()) {
      control.markAllAsTouched();
      return;
    }
    this.running.set(flow);
    this.error.set(null);
    try {
      await action();
    } catch (error) {
      if (!(await recover?.(error))) {
        this.error.set(cognitoErrorMessage(error, flow));
      }
    } finally {
      this.running.set(null);
    }
  }
}

/** How every account form turns the typed email into the Cognito username. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
