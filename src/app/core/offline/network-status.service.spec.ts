import { TestBed } from '@angular/core/testing';
import { NetworkStatus } from './network-status.service';

describe('NetworkStatus', () => {
  it('should start from what the browser says when created', () => {
    expect(TestBed.inject(NetworkStatus).online()).toBe(navigator.onLine);
  });

  it('should be offline when the browser reports going offline', () => {
    const status = TestBed.inject(NetworkStatus);

    window.dispatchEvent(new Event('offline'));

    expect(status.online()).toBeFalse();
  });

  it('should be online again when the browser reports the connection back', () => {
    const status = TestBed.inject(NetworkStatus);
    window.dispatchEvent(new Event('offline'));

    window.dispatchEvent(new Event('online'));

    expect(status.online()).toBeTrue();
  });

  it('should stop following the browser when the injector is destroyed', () => {
    const status = TestBed.inject(NetworkStatus);
    TestBed.resetTestingModule();

    window.dispatchEvent(new Event('offline'));

    expect(status.online()).toBe(navigator.onLine);
  });
});
