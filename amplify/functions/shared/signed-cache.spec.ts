import { SignedCache, type Signed } from './signed-cache';

describe('SignedCache', () => {
  let now: number;
  let signed: number;
  const sign = async (): Promise<Signed<string>> => ({ value: `manifest ${++signed}`, expiresAt: now + 15 * 60_000 });
  const cache = (maxEntries = 10) => new SignedCache<string>({ minRemainingMs: 10 * 60_000, maxEntries, now: () => now });

  beforeEach(() => {
    now = Date.parse('2026-12-03T10:00:00Z');
    signed = 0;
  });

  it('should hand out the same value while at least the minimum validity is left', async () => {
    const manifests = cache();
    const first = await manifests.get('hls/a/master.m3u8', sign);
    now += 5 * 60_000;

    expect(await manifests.get('hls/a/master.m3u8', sign)).toBe(first);
    expect(signed).toBe(1);
  });

  it('should sign a new value once less than the minimum validity is left', async () => {
    const manifests = cache();
    await manifests.get('hls/a/master.m3u8', sign);
    now += 5 * 60_000 + 1;

    const renewed = await manifests.get('hls/a/master.m3u8', sign);

    expect(renewed.value).toBe('manifest 2');
    expect(renewed.expiresAt).toBe(now + 15 * 60_000);
  });

  it('should keep one value per key', async () => {
    const manifests = cache();
    const a = await manifests.get('hls/a/master.m3u8', sign);
    const b = await manifests.get('hls/b/master.m3u8', sign);

    expect(b).not.toBe(a);
    expect(await manifests.get('hls/a/master.m3u8', sign)).toBe(a);
    expect(signed).toBe(2);
  });

  it('should drop the value stored longest ago when full', async () => {
    const manifests = cache(2);
    await manifests.get('hls/a/master.m3u8', sign);
    await manifests.get('hls/b/master.m3u8', sign);
    await manifests.get('hls/c/master.m3u8', sign);

    await manifests.get('hls/b/master.m3u8', sign);
    await manifests.get('hls/c/master.m3u8', sign);
    expect(signed).toBe(3);
    await manifests.get('hls/a/master.m3u8', sign);
    expect(signed).toBe(4);
  });

  it('should keep nothing when signing fails', async () => {
    const manifests = cache();
    await expectAsync(manifests.get('hls/a/master.m3u8', () => Promise.reject(new Error('NoSuchKey')))).toBeRejectedWithError('NoSuchKey');

    expect((await manifests.get('hls/a/master.m3u8', sign)).value).toBe('manifest 1');
  });
});
