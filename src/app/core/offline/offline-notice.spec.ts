import { TestBed } from '@angular/core/testing';
import { OFFLINE_MESSAGE, OfflineNotice } from './offline-notice';

describe('OfflineNotice', () => {
  function render() {
    const fixture = TestBed.createComponent(OfflineNotice);
    const status = () => (fixture.nativeElement as HTMLElement).querySelector('[role="status"]')?.textContent?.trim() ?? null;
    return { fixture, status };
  }

  afterEach(() => window.dispatchEvent(new Event('online')));

  it('should show nothing when the browser is online', async () => {
    window.dispatchEvent(new Event('online'));
    const { fixture, status } = render();
    await fixture.whenStable();

    expect(status()).toBeNull();
  });

  it('should say the app is offline in a status region when the connection drops', async () => {
    const { fixture, status } = render();
    await fixture.whenStable();

    window.dispatchEvent(new Event('offline'));
    await fixture.whenStable();

    expect(status()).toBe(OFFLINE_MESSAGE);
  });

  it('should take the notice away when the connection comes back', async () => {
    const { fixture, status } = render();
    window.dispatchEvent(new Event('offline'));
    await fixture.whenStable();

    window.dispatchEvent(new Event('online'));
    await fixture.whenStable();

    expect(status()).toBeNull();
  });
});
