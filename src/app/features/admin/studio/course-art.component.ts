import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, output, resource, signal } from '@angular/core';
import { DataClientService } from '../../../core/data/data-client';
import { fetchCatalogCourse } from '../../../shared/catalog-api';
import type { AdminCourse } from '../courses/admin-course';
import { FileUpload } from '../uploads/file-upload.component';

/**
 * The course art: a preview and the upload widget. Browsers get art only through the catalog's
 * signed URL, which exists for published courses; right after an upload the picked image itself is
 * shown (an object URL), so a draft's new art can be checked before publishing.
 */
@Component({
  selector: 'app-course-art',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FileUpload],
  templateUrl: './course-art.component.html',
  styleUrl: './course-art.component.scss',
})
export class CourseArt {
  private readonly data = inject(DataClientService);

  readonly course = input.required<Pick<AdminCourse, 'id' | 'title' | 'status' | 'artKey'>>();
  /** The stored key, once completeUpload accepted the new art. */
  readonly uploaded = output<string>();

  private readonly picked = signal<File | null>(null);
  private readonly localUrl = signal<string | null>(null);

  private readonly published = resource({
    params: () => {
      const { id, status, artKey } = this.course();
      return status === 'PUBLISHED' && artKey ? { id, artKey } : undefined;
    },
    loader: async ({ params }) => (await fetchCatalogCourse(this.data, params.id))?.artUrl ?? null,
  });

  protected readonly previewUrl = computed(() => this.localUrl() ?? (this.published.hasValue() ? this.published.value() : null));
  protected readonly previewFailed = computed(() => this.published.error() !== undefined);
  protected readonly hasArt = computed(() => !!this.course().artKey || this.localUrl() !== null);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.revoke());
  }

  /** The upload widget's own file input and drop zone report the file by bubbling events. */
  protected noticePick(event: Event): void {
    const target = event.target;
    const file = target instanceof HTMLInputElement ? target.files?.[0] : (event as DragEvent).dataTransfer?.files[0];
    if (file) this.picked.set(file.type.startsWith('image/') ? file : null);
  }

  protected completed(key: string): void {
    const file = this.picked();
    if (file) {
      this.revoke();
      this.localUrl.set(URL.createObjectURL(file));
    }
    this.uploaded.emit(key);
  }

  private revoke(): void {
    const url = this.localUrl();
    if (url) URL.revokeObjectURL(url);
  }
}
