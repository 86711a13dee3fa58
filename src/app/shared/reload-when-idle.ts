import type { ResourceRef } from '@angular/core';

/**
 * Reloads a resource once its current read has finished: `reload()` is ignored while a read is in
 * flight, and that read may have started before the change the caller wants to see.
 */
export async function reloadWhenIdle(resource: Pick<ResourceRef<unknown>, 'reload' | 'isLoading'>, pollMs = 100): Promise<void> {
  while (!resource.reload() && resource.isLoading()) await new Promise((resolve) => setTimeout(resolve, pollMs));
}
