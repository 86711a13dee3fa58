import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { AuthService } from '../../core/auth/auth.service';
import { DataClientService } from '../../core/data/data-client';
import { enumLabel } from '../../shared/catalog-types';
import { DurationPipe } from '../../shared/duration.pipe';
import { fetchMyLearning } from './my-learning-data';

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

  protected artAlt(title: string): string {
    return $localize`:@@learning.course.artAlt:Cover art for ${title}:title:`;
  }

  protected progressLabel(title: string): string {
    return $localize`:@@learning.course.progressLabel:Progress in ${title}:title:`;
  }

  protected continueLabel(title: string): string {
    return $localize`:@@learning.course.continueLabel:Continue ${title}:title:`;
  }

  protected retry(): void {
    this.learning.reload();
  }
}
