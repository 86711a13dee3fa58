import { Injectable, Signal, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { map } from 'rxjs';
import { CatalogFilter, EMPTY_FILTER, filterFromQueryParams, filterToQueryParams } from './catalog-filter';

/**
 * The catalog filter lives in the URL (`?q=&instrument=&level=`) so a filtered view can be shared and
 * survives a reload. Provide it in the page component: it reads the page's ActivatedRoute.
 * Updates replace the history entry so typing does not flood the back button.
 */
@Injectable()
export class CatalogUrlState {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  readonly filter: Signal<CatalogFilter> = toSignal(
    this.route.queryParams.pipe(map((params) => filterFromQueryParams(params))),
    { initialValue: filterFromQueryParams(this.route.snapshot.queryParams) },
  );

  readonly query = computed(() => this.filter().q);

  update(changes: Partial<CatalogFilter>): Promise<boolean> {
    const next: CatalogFilter = { ...this.filter(), ...changes };
    return this.router.navigate([], {
      relativeTo: this.route,
      queryParams: filterToQueryParams(next),
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  clear(): Promise<boolean> {
    return this.update(EMPTY_FILTER);
  }
}
