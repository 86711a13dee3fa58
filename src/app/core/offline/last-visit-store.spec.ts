import { TestBed } from '@angular/core/testing';
import { LastVisitStore } from './last-visit-store';

describe('LastVisitStore', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('should read back what was saved under a key', () => {
    const store = TestBed.inject(LastVisitStore);
    store.save('guest:catalog', [{ id: 'c1' }]);

    expect(store.read('guest:catalog')).toEqual([{ id: 'c1' }]);
  });

  it('should read null when nothing was saved under a key', () => {
    expect(TestBed.inject(LastVisitStore).read('guest:course:c9')).toBeNull();
  });

  it('should read null when the saved value is not JSON', () => {
    localStorage.setItem('play-along:last-visit:v1:guest:catalog', '{broken');

    expect(TestBed.inject(LastVisitStore).read('guest:catalog')).toBeNull();
  });

  it('should not throw when the storage is full', () => {
    spyOn(Storage.prototype, 'setItem').and.throwError(new DOMException('full', 'QuotaExceededError'));

    expect(() => TestBed.inject(LastVisitStore).save('guest:catalog', [])).not.toThrow();
  });
});
