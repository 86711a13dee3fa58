import { hlsJsFactory } from './stream-player';

describe('hlsJsFactory', () => {
  it('should report MSE playback support when hls.js has loaded in Chromium', async () => {
    await hlsJsFactory.prepare();
    expect(hlsJsFactory.isSupported()).toBeTrue();
  });

  it('should list the renditions of a master playlist when given a blob: manifest URL', async () => {
    await hlsJsFactory.prepare();
    const variant = btoa('#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXT-X-PLAYLIST-TYPE:VOD\n#EXTINF:2,\nhttp://127.0.0.1:9/seg.ts\n#EXT-X-ENDLIST\n');
    const master = [
      '#EXTM3U',
      '#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360,CODECS="avc1.42c01e,mp4a.40.2"',
      `data:application/vnd.apple.mpegurl;base64,${variant}`,
      '#EXT-X-STREAM-INF:BANDWIDTH=2800000,RESOLUTION=1280x720,CODECS="avc1.42c01f,mp4a.40.2"',
      `data:application/vnd.apple.mpegurl;base64,${variant}`,
    ].join('\n');
    const url = URL.createObjectURL(new Blob([master], { type: 'application/vnd.apple.mpegurl' }));
    const video = document.createElement('video');
    const heights = await new Promise<number[]>((resolve) => {
      const player = hlsJsFactory.create(video, url, 0, {
        levelsReady: (levels) => {
          resolve(levels.map((level) => level.height));
          player.destroy();
        },
        levelSwitched: () => undefined,
        fatalError: () => undefined,
      });
    });
    URL.revokeObjectURL(url);
    expect(heights).toEqual([360, 720]);
  });
});
