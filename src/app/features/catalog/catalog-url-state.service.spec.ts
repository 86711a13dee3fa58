import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CatalogUrlState } from './catalog-url-state.service';

@Component({ template: '', providers: [CatalogUrlState] })
class HostPage {}

async function setUp(url: string): Promise<{ state: CatalogUrlState; router: Router }> {
  TestBed.configureTestingModule({ providers: [provideRouter([{ path: '', component: HostPage }])] });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url, HostPage);
  const element = harness.routeDebugElement;
  if (!element) throw new Error('the host page did not render');
  return { state: element.injector.get(CatalogUrlState), router: TestBed.inject(Router) };
}

describe('CatalogUrlState', () => {
  it('should read the filter when the page opens with query params', async () => {
    const { state } = await setUp('/?q=blues&instrument=GUITAR&level=BEGINNER');
    expect(state.filter()).toEqual({ q: 'blues', instrument: 'GUITAR', level: 'BEGINNER' });
  });

  it('should write the filter into the URL when updated', async () => {
    const { state, router } = await setUp('/?q=blues');
    await state.update({ instrument: 'PIANO', level: 'ADVANCED' });
    expect(router.url).toBe('/?q=blues&instrument=PIANO&level=ADVANCED');
  });

  it('should reflect an update in the filter signal when the navigation ends', async () => {
    const { state } = await setUp('/');
    await state.update({ q: 'scales' });
    expect(state.filter().q).toBe('scales');
  });

  it('should keep unrelated query params when clearing', async () => {
    const { state, router } = await setUp('/?instrument=DRUMS&utm=mail');
    await state.clear();
    expect(router.url).toBe('/?utm=mail');
  });
});
