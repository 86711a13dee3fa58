import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { AuthService } from '../../core/auth/auth.service';
import { DataClientService } from '../../core/data/data-client';
import { enumLabel } from '../../shared/catalog-types';
import { DurationPipe } from '../../shared/duration.pipe';
import { fetchMyLearning } from './my-learning-data';

export const MEMBERSHIP_SUCCESS_MESSAGE = 'Payment received — your membership starts in a moment';
export const MEMBERSHIP_CANCELLED_MESSAGE = 'Checkout cancelled — you have not been charged';

@Component({
  selector: 'app-my-learning-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, MatProgressBarModule, DurationPipe],
  templateUrl: './my-learning.page.html',
  styleUrl: './my-learning.page.scss',
})
export default class MyLearningPage {
  private readonly data = inject(DataClientService);
  private readonly auth = inject(AuthService);
  protected readonly label = enumLabel;

  protected readonly learning = resource({
    params: () => this.auth.user()?.userId,
    loader: () => fetchMyLearning(this.data, new Date()),
  });

  protected readonly loading = computed(() => !this.learning.hasValue() && !this.learning.error());
  protected readonly summary = computed(() => (this.learning.hasValue() ? this.learning.value() : null));

  constructor() {
    // The membership checkout returns here (`?checkout=success|cancelled&session_id=…`).
    const route = inject(ActivatedRoute);
    const outcome = route.snapshot.queryParamMap.get('checkout');
    if (outcome === 'success' || outcome === 'cancelled') {
      inject(MatSnackBar).open(outcome === 'success' ? MEMBERSHIP_SUCCESS_MESSAGE : MEMBERSHIP_CANCELLED_MESSAGE, 'OK', {
        duration: 8000,
      });
      void inject(Router).navigate([], {
        relativeTo: route,
        queryParams: { checkout: null, session_id: null },
        queryParamsHandling: 'merge',
        replaceUrl: true,
      });
    }
  }

  protected retry(): void {
    this.learning.reload();
  }
}
