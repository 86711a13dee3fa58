import { buildManifest, playlistUris, resolveKey, rewritePlaylist, type ManifestIo } from './hls-manifest';

const master = [
  '#EXTM3U',
  '#EXT-X-VERSION:3',
  '#EXT-X-INDEPENDENT-SEGMENTS',
  '#EXT-X-STREAM-INF:BANDWIDTH=896000,RESOLUTION=640x360,CODECS="avc1.4d401e,mp4a.40.2"',
  'master_360p.m3u8',
  '#EXT-X-STREAM-INF:BANDWIDTH=3628000,RESOLUTION=1280x720,CODECS="avc1.4d401f,mp4a.40.2"',
  'master_720p.m3u8',
  '',
].join('\n');

const variant = (rung: string) =>
  [
    '#EXTM3U',
    '#EXT-X-VERSION:6',
    '#EXT-X-TARGETDURATION:6',
    '#EXT-X-MAP:URI="init_' + rung + '.mp4"',
    '#EXTINF:6.000,',
    `master_${rung}_00001.ts`,
    '#EXTINF:4.500,',
    `master_${rung}_00002.ts`,
    '#EXT-X-ENDLIST',
  ].join('\n');

const objects: Record<string, string> = {
  'hls/lesson-1/master.m3u8': master,
  'hls/lesson-1/master_360p.m3u8': variant('360p'),
  'hls/lesson-1/master_720p.m3u8': variant('720p'),
};

const io: ManifestIo = {
  read: async (key) => {
    const text = objects[key];
    if (text === undefined) throw new Error(`NoSuchKey ${key}`);
    return text;
  },
  sign: async (key) => `https://signed.example/${key}?X-Amz-Signature=abc`,
};

function embeddedVariants(manifest: string): string[] {
  return manifest
    .split('\n')
    .filter((line) => line.startsWith('data:'))
    .map((line) => Buffer.from(line.slice(line.indexOf(',') + 1), 'base64').toString('utf8'));
}

describe('hls-manifest', () => {
  describe('buildManifest', () => {
    it('should embed every variant as a data URI when the master lists them', async () => {
      const manifest = await buildManifest('hls/lesson-1/master.m3u8', io);

      const uriLines = manifest.split('\n').filter((line) => line && !line.startsWith('#'));
      expect(uriLines.length).toBe(2);
      expect(uriLines.every((line) => line.startsWith('data:application/vnd.apple.mpegurl;base64,'))).toBeTrue();
    });

    it('should keep the master tags byte for byte when rewriting', async () => {
      const manifest = await buildManifest('hls/lesson-1/master.m3u8', io);

      const tags = (text: string) => text.split('\n').filter((line) => line.startsWith('#'));
      expect(tags(manifest)).toEqual(tags(master));
    });

    it('should replace each segment with a presigned URL for its key when a variant is embedded', async () => {
      const [low] = embeddedVariants(await buildManifest('hls/lesson-1/master.m3u8', io));

      expect(low).toContain('https://signed.example/hls/lesson-1/master_360p_00001.ts?X-Amz-Signature=abc');
      expect(low).toContain('https://signed.example/hls/lesson-1/master_360p_00002.ts?X-Amz-Signature=abc');
      expect(low).not.toMatch(/^master_360p_0000\d\.ts$/m);
    });

    it('should sign the init segment when a variant has an EXT-X-MAP', async () => {
      const [, high] = embeddedVariants(await buildManifest('hls/lesson-1/master.m3u8', io));

      expect(high).toContain('#EXT-X-MAP:URI="https://signed.example/hls/lesson-1/init_720p.mp4?X-Amz-Signature=abc"');
    });

    it('should refuse to sign anything outside the lesson’s folder when a playlist points elsewhere', async () => {
      const escaping: ManifestIo = {
        ...io,
        read: (key) => (key === 'hls/lesson-1/master_360p.m3u8' ? Promise.resolve('#EXTM3U\n#EXTINF:6,\n../lesson-2/master_360p_00001.ts\n') : io.read(key)),
      };
      const signed: string[] = [];

      await expectAsync(buildManifest('hls/lesson-1/master.m3u8', { ...escaping, sign: (key) => (signed.push(key), io.sign(key)) })).toBeRejectedWithError(/outside hls\/lesson-1\//);
      expect(signed).not.toContain('hls/lesson-2/master_360p_00001.ts');
    });

    for (const [what, uri] of [
      ['a root-relative path inside the folder', '/hls/lesson-1/master_360p_00001.ts'],
      ['a parent segment that comes back into the folder', '../lesson-1/master_360p_00001.ts'],
      ['a percent-encoded parent segment', '..%2f..%2fsecret/master_360p_00001.ts'],
      ['a protocol-relative URL', '//other-bucket.s3.amazonaws.com/hls/lesson-1/master_360p_00001.ts'],
      ['a backslash path', '\\hls\\lesson-1\\master_360p_00001.ts'],
    ]) {
      it(`should refuse without signing anything when a variant names ${what}`, async () => {
        const signed: string[] = [];
        const tampered: ManifestIo = {
          read: (key) => (key === 'hls/lesson-1/master_360p.m3u8' ? Promise.resolve(`#EXTM3U\n#EXTINF:6,\n${uri}\n`) : io.read(key)),
          sign: (key) => (signed.push(key), io.sign(key)),
        };

        await expectAsync(buildManifest('hls/lesson-1/master.m3u8', tampered)).toBeRejectedWithError(/points outside hls\/lesson-1\//);
        expect(signed.filter((key) => key.startsWith('hls/lesson-1/master_360p'))).toEqual([]);
      });
    }

    it('should refuse when the master names a variant by a root-relative path', async () => {
      const tampered: ManifestIo = {
        ...io,
        read: (key) => (key === 'hls/lesson-1/master.m3u8' ? Promise.resolve(master.replace('master_360p.m3u8', '/hls/lesson-1/master_360p.m3u8')) : io.read(key)),
      };

      await expectAsync(buildManifest('hls/lesson-1/master.m3u8', tampered)).toBeRejectedWithError(/points outside/);
    });

    it('should fail when a variant playlist is missing', async () => {
      const missing: ManifestIo = { ...io, read: (key) => (key.endsWith('720p.m3u8') ? Promise.reject(new Error('NoSuchKey')) : io.read(key)) };

      await expectAsync(buildManifest('hls/lesson-1/master.m3u8', missing)).toBeRejectedWithError('NoSuchKey');
    });
  });

  describe('resolveKey', () => {
    it('should resolve relative URIs against the playlist folder', () => {
      expect(resolveKey('hls/a/master_360p.m3u8', 'master_360p_00001.ts')).toBe('hls/a/master_360p_00001.ts');
      expect(resolveKey('hls/a/master.m3u8', '360p/index.m3u8')).toBe('hls/a/360p/index.m3u8');
      expect(resolveKey('hls/a/360p/index.m3u8', '../seg 1.ts')).toBe('hls/a/seg 1.ts');
    });

    it('should leave absolute URLs alone when a playlist already points elsewhere', () => {
      expect(resolveKey('hls/a/master.m3u8', 'https://cdn.example/x.ts')).toBeNull();
      expect(resolveKey('hls/a/master.m3u8', 'data:application/vnd.apple.mpegurl;base64,AA==')).toBeNull();
    });
  });

  describe('playlistUris / rewritePlaylist', () => {
    it('should find URI lines and URI attributes but not tags when scanning', () => {
      expect(playlistUris(variant('360p'))).toEqual(['init_360p.mp4', 'master_360p_00001.ts', 'master_360p_00002.ts']);
    });

    it('should handle CRLF playlists when rewriting', () => {
      const rewritten = rewritePlaylist('#EXTM3U\r\n#EXTINF:6,\r\nseg.ts\r\n', (uri) => `X/${uri}`);
      expect(rewritten).toBe('#EXTM3U\n#EXTINF:6,\nX/seg.ts\n');
    });
  });
});
