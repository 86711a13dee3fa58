import { signal } from '@angular/core';
import { reloadWhenIdle } from './reload-when-idle';

describe('reloadWhenIdle', () => {
  it('should reload at once when no read is in flight', async () => {
    const resource = { reload: jasmine.createSpy('reload').and.returnValue(true), isLoading: signal(false) };
    await reloadWhenIdle(resource, 0);
    expect(resource.reload).toHaveBeenCalledTimes(1);
  });

  it('should reload again after the read in flight has finished', async () => {
    const isLoading = signal(true);
    const resource = { reload: jasmine.createSpy('reload').and.callFake(() => !isLoading()), isLoading };
    const done = reloadWhenIdle(resource, 0);
    await new Promise((resolve) => setTimeout(resolve, 5));
    isLoading.set(false);
    await done;
    expect(resource.reload.calls.mostRecent().returnValue).toBeTrue();
  });

  it('should stop when the resource has nothing to read yet', async () => {
    const resource = { reload: jasmine.createSpy('reload').and.returnValue(false), isLoading: signal(false) };
    await reloadWhenIdle(resource, 0);
    expect(resource.reload).toHaveBeenCalledTimes(1);
  });
});
