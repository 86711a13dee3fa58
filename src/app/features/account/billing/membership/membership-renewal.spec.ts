import { membershipFixture } from '../testing/fake-billing-data.spec';
import { awaitRenewalChange } from './membership-renewal';

describe('awaitRenewalChange', () => {
  it('should return the membership once it shows the requested renewal', async () => {
    const read = jasmine
      .createSpy('read')
      .and.returnValues(Promise.resolve(membershipFixture()), Promise.resolve(membershipFixture({ cancelAtPeriodEnd: true })));
    expect((await awaitRenewalChange(read, true, [0, 0, 0]))?.cancelAtPeriodEnd).toBeTrue();
  });

  it('should stop reading once the change has arrived', async () => {
    const read = jasmine.createSpy('read').and.resolveTo(membershipFixture({ cancelAtPeriodEnd: true }));
    await awaitRenewalChange(read, true, [0, 0, 0]);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('should be null after the last delay when the membership never changes', async () => {
    const read = jasmine.createSpy('read').and.resolveTo(membershipFixture());
    expect([await awaitRenewalChange(read, true, [0, 0]), read.calls.count()]).toEqual([null, 2]);
  });

  it('should treat a missing cancelAtPeriodEnd as renewing', async () => {
    const read = jasmine.createSpy('read').and.resolveTo(membershipFixture({ cancelAtPeriodEnd: null }));
    expect(await awaitRenewalChange(read, false, [0])).not.toBeNull();
  });

  it('should keep trying when a read fails', async () => {
    const read = jasmine
      .createSpy('read')
      .and.returnValues(Promise.reject(new Error('offline')), Promise.resolve(membershipFixture({ cancelAtPeriodEnd: true })));
    expect(await awaitRenewalChange(read, true, [0, 0])).not.toBeNull();
  });
});
