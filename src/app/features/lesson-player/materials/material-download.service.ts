import { Injectable, inject } from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { backendCall } from '../../../core/data/backend-call';
import { DataClientService } from '../../../core/data/data-client';

/** Opens a lesson material through a short-lived signed URL fetched at click time (signed-in users only). */
@Injectable({ providedIn: 'root' })
export class MaterialDownload {
  private readonly data = inject(DataClientService);
  private readonly window = inject(DOCUMENT).defaultView;

  /** Resolves false when the backend refused or failed. */
  async open(materialId: string): Promise<boolean> {
    try {
      const data = await backendCall(this.data.client.queries.getMaterialUrl({ materialId }));
      if (!data?.url) return false;
      this.window?.open(data.url, '_blank', 'noopener');
      return true;
    } catch {
      return false;
    }
  }
}
