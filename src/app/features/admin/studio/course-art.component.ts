import { ChangeDetectionStrategy, Component, computed, inject, input, output, resource } from '@angular/core';
import { DataClientService } from '../../../core/data/data-client';
import { fetchCatalogCourse } from '../../../shared/catalog-api';
import type { AdminCourse } from '../courses/admin-course';
import { FileUpload } from '../uploads/file-upload.component';

/**
 * The course art: a preview and the upload widget. Browsers get art only through the catalog's
 * signed URL; the catalog shows an admin a draft too, so the preview follows every stored key.
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

  private readonly art = resource({
    params: () => {
      const { id, artKey } = this.course();
      return artKey ? { id, artKey } : undefined;
    },
    loader: async ({ params }) => (await fetchCatalogCourse(this.data, params.id))?.artUrl ?? null,
  });

  protected readonly previewUrl = computed(() => (this.art.hasValue() ? this.art.value() : null));
  protected readonly previewFailed = computed(() => this.art.error() !== undefined);
  protected readonly hasArt = computed(() => !!this.course().artKey);
  protected readonly altText = computed(() => $localize`:@@admin.courseArt.alt:Course art for ${this.course().title}:title:`);
}
