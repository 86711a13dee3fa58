import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  const windowMs = 300_000;
  let now: number;
  let limiter: RateLimiter;

  const burst = (key: string, count: number): boolean[] => Array.from({ length: count }, () => limiter.admit(key));

  beforeEach(() => {
    now = 1_000_000;
    limiter = new RateLimiter({ limit: 3, windowMs }, () => now);
  });

  it('should admit requests up to the limit and refuse the next one in the same window', () => {
    expect(burst('10.0.0.1', 4)).toEqual([true, true, true, false]);
  });

  it('should count each client on its own when another client is over the limit', () => {
    burst('10.0.0.1', 4);

    expect(limiter.admit('10.0.0.2')).toBeTrue();
  });

  it('should admit the client again when its requests have left the trailing window', () => {
    burst('10.0.0.1', 4);
    now += windowMs;

    expect(limiter.admit('10.0.0.1')).toBeTrue();
  });

  it('should keep refusing when the requests still in the trailing window exceed the limit', () => {
    burst('10.0.0.1', 2);
    now += windowMs / 2;
    burst('10.0.0.1', 2);
    now += windowMs / 2;

    expect(limiter.admit('10.0.0.1')).withContext('the two later requests and this one: at the limit').toBeTrue();
    expect(limiter.admit('10.0.0.1')).withContext('one more is past it').toBeFalse();
  });

  it('should count refused requests, so a client that keeps sending while blocked stays blocked', () => {
    burst('10.0.0.1', 3);
    for (let step = 0; step < 5; step++) {
      now += windowMs / 4;
      burst('10.0.0.1', 3);
    }

    expect(limiter.admit('10.0.0.1')).toBeFalse();
  });
});
