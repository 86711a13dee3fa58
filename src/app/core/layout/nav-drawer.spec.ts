import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AmplifyAuth } from '../auth/amplify-auth';
import { FakeAmplifyAuth } from '../auth/testing/fake-amplify-auth';
import { NavDrawer } from './nav-drawer';

describe('NavDrawer', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: AmplifyAuth, useValue: new FakeAmplifyAuth() }],
    });
  });

  async function render(opened: boolean) {
    const fixture = TestBed.createComponent(NavDrawer);
    fixture.componentRef.setInput('opened', opened);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('should list the main navigation when opened', async () => {
    const { element } = await render(true);
    const links = Array.from(element.querySelectorAll('nav[aria-label="Main navigation"] a')).map((link) => link.textContent?.trim());
    expect(links).toEqual(['Catalog']);
  });

  it('should let clicks through to the page when closed', async () => {
    const { element } = await render(false);
    expect(getComputedStyle(element.querySelector('mat-sidenav-container')!).pointerEvents).toBe('none');
  });

  it('should tell the shell it closed when a link is chosen', async () => {
    const { fixture, element } = await render(true);
    element.querySelector<HTMLAnchorElement>('nav a')!.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.opened()).toBeFalse();
  });
});
