import { TransferRate } from './transfer-rate';

describe('TransferRate', () => {
  it('should know no speed or time left before one interval was measured', () => {
    const rate = new TransferRate();
    rate.sample(0, 0);
    rate.sample(100, 1000);

    expect(rate.bytesPerSecond).toBeUndefined();
    expect(rate.secondsLeft(1000)).toBeUndefined();
  });

  it('should measure a steady speed exactly and divide the rest by it for the time left', () => {
    const rate = new TransferRate();
    for (let second = 0; second <= 5; second++) rate.sample(second * 1000, second * 2_000_000);

    expect(rate.bytesPerSecond).toBe(2_000_000);
    expect(rate.secondsLeft(9_000_000)).toBe(5);
  });

  it('should move only part of the way towards a sudden burst', () => {
    const rate = new TransferRate();
    rate.sample(0, 0);
    rate.sample(1000, 1_000_000);
    rate.sample(2000, 11_000_000);

    expect(rate.bytesPerSecond).toBeGreaterThan(1_000_000);
    expect(rate.bytesPerSecond).toBeLessThan(5_000_000);
  });

  it('should start measuring afresh when the bytes sent drop after a pause', () => {
    const rate = new TransferRate();
    rate.sample(0, 0);
    rate.sample(1000, 4_000_000);
    rate.sample(2000, 1_000_000);
    rate.sample(3000, 2_000_000);

    expect(rate.bytesPerSecond).toBeGreaterThan(1_000_000);
    expect(rate.bytesPerSecond).toBeLessThanOrEqual(4_000_000);
  });

  it('should forget everything when reset', () => {
    const rate = new TransferRate();
    rate.sample(0, 0);
    rate.sample(1000, 1000);
    rate.reset();

    expect(rate.bytesPerSecond).toBeUndefined();
  });
});
