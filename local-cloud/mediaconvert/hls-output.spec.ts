import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectHlsOutput, hlsSegmentFile, outputSize } from './hls-output';
import type { LadderPlan, RungPlan } from './job-settings';

const rung = (nameModifier: string, width?: number, height?: number): RungPlan => ({ nameModifier, width, height, fit: false, rateControl: 'QVBR', qvbrQualityLevel: 7, keyframeSeconds: 2 });
const plan: LadderPlan = {
  input: { bucket: 'media', key: 'uploads/l-1/take.mp4' },
  destination: { bucket: 'media', prefix: 'hls/l-1/job/', baseName: 'master' },
  segmentSeconds: 2,
  rungs: [rung('_360p', 640, 360), rung('_720p', 1280, 720)],
  frameCaptures: [],
};

describe('hlsSegmentFile', () => {
  it('should name a finished segment of a rung the way MediaConvert does', () => {
    expect(hlsSegmentFile(plan, '/w/out', 'variant_1_00003.ts')).toEqual({ localPath: '/w/out/variant_1_00003.ts', key: 'hls/l-1/job/master_720p_00003.ts', contentType: 'video/mp2t' });
  });

  it('should skip a segment still being written, playlists and rungs the plan does not have', () => {
    for (const name of ['variant_0_00002.ts.tmp', 'variant_0.m3u8', 'ffmpeg-master.m3u8', 'variant_2_00001.ts']) expect(hlsSegmentFile(plan, '/w/out', name)).toBeUndefined();
  });
});

describe('outputSize', () => {
  it('should be the rung’s own size when it sets both sides', () => {
    expect(outputSize({ width: 640, height: 360 }, { width: 320, height: 180 })).toEqual({ width: 640, height: 360 });
  });

  it('should keep the source’s aspect ratio on an even number of pixels when one side is missing, as ffmpeg’s scale=-2 does', () => {
    expect(outputSize({ height: 360 }, { width: 1440, height: 1080 })).toEqual({ width: 480, height: 360 });
    expect(outputSize({ height: 480 }, { width: 1920, height: 1080 })).toEqual({ width: 854, height: 480 });
    expect(outputSize({ width: 640 }, { width: 1920, height: 800 })).toEqual({ width: 640, height: 266 });
  });

  it('should be the source’s size when the rung sets neither side', () => {
    expect(outputSize({}, { width: 1280, height: 720 })).toEqual({ width: 1280, height: 720 });
  });
});

describe('collectHlsOutput', () => {
  let outDir: string;
  beforeEach(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'hls-output-'));
    for (const [index, sizes] of [[1000, 500], [4000, 2000]].entries()) {
      await writeFile(join(outDir, `variant_${index}.m3u8`), `#EXTM3U\n#EXTINF:2.000000,\nvariant_${index}_00001.ts\n#EXTINF:1.500000,\nvariant_${index}_00002.ts\n#EXT-X-ENDLIST\n`);
      for (const [segment, size] of sizes!.entries()) await writeFile(join(outDir, `variant_${index}_0000${segment + 1}.ts`), Buffer.alloc(size));
    }
  });
  afterEach(() => rm(outDir, { recursive: true, force: true }));

  it('should measure each variant from its playlist and report the size the job asked for, without probing', async () => {
    const output = await collectHlsOutput(plan, outDir, { width: 1920, height: 1080 });
    expect(output.variants).toEqual([
      { playlistKey: 'hls/l-1/job/master_360p.m3u8', durationMs: 3500, width: 640, height: 360 },
      { playlistKey: 'hls/l-1/job/master_720p.m3u8', durationMs: 3500, width: 1280, height: 720 },
    ]);
  });

  it('should list the playlists with the master last, rewritten to MediaConvert’s names', async () => {
    const output = await collectHlsOutput(plan, outDir, { width: 1920, height: 1080 });
    expect(output.playlists.map((file) => file.key)).toEqual(['hls/l-1/job/master_360p.m3u8', 'hls/l-1/job/master_720p.m3u8', 'hls/l-1/job/master.m3u8']);
    expect(output.playlists[0]!.body).toContain('\nmaster_360p_00002.ts\n');
    expect(output.playlists[2]!.body).toMatch(/RESOLUTION=1280x720\nmaster_720p\.m3u8/);
    expect(output.segments.map((file) => file.key)).toEqual([
      'hls/l-1/job/master_360p_00001.ts', 'hls/l-1/job/master_360p_00002.ts', 'hls/l-1/job/master_720p_00001.ts', 'hls/l-1/job/master_720p_00002.ts',
    ]);
  });
});
