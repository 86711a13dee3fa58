import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NetworkStatus } from './network-status.service';

export const OFFLINE_MESSAGE = $localize`:@@core.offline.notice:You're offline. The catalog and the course pages you opened show what they had on your last visit; anything else needs a connection.`;

/** The app-wide offline notice, present only while offline so that pages keep their own status regions to themselves. */
@Component({
  selector: 'app-offline-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!online()) {
      <p class="offline-notice" role="status">{{ message }}</p>
    }
  `,
  styles: `
    .offline-notice {
      margin: 0 0 16px;
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
})
export class OfflineNotice {
  protected readonly online = inject(NetworkStatus).online;
  protected readonly message = OFFLINE_MESSAGE;
}
