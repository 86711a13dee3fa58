import { Injectable, inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Observable } from 'rxjs';

/** Shows short error messages to the user in a Material snack-bar. */
@Injectable({ providedIn: 'root' })
export class ErrorNotifier {
  private readonly snackBar = inject(MatSnackBar);

  notify(message: string): void {
    this.snackBar.open(message, $localize`:@@core.notifier.dismiss:Dismiss`, { duration: 8000, politeness: 'assertive' });
  }

  /** Shows `message` with an action button; emits when the user presses it. */
  notifyWithAction(message: string, action: string): Observable<void> {
    return this.snackBar.open(message, action, { politeness: 'assertive' }).onAction();
  }
}
