import { ChangeDetectionStrategy, Component, inject, signal, type OnInit } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import { DataClientService } from '../../core/data/data-client';

interface AdminCourseRow {
  readonly id: string;
  readonly title: string;
  readonly status: string;
}

/** Minimal admin area: lists every course (drafts included) straight from the Course model, which only ADMINS may read. */
@Component({
  selector: 'app-admin-page',
  imports: [MatProgressBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './admin.page.html',
  styleUrl: './admin.page.scss',
})
export default class AdminPage implements OnInit {
  private readonly data = inject(DataClientService);
  protected readonly courses = signal<readonly AdminCourseRow[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);

  async ngOnInit(): Promise<void> {
    try {
      const { data, errors } = await this.data.client.models.Course.list({ selectionSet: ['id', 'title', 'status'] });
      if (errors?.length) {
        this.error.set(errors.map((e) => e.message).join(' '));
      } else {
        const rows = data.map((c) => ({ id: c.id, title: c.title, status: c.status ?? 'DRAFT' }));
        this.courses.set([...rows].sort((a, b) => a.title.localeCompare(b.title)));
      }
    } catch (error) {
      this.error.set(error instanceof Error ? error.message : 'The courses could not be loaded.');
    } finally {
      this.loading.set(false);
    }
  }
}
