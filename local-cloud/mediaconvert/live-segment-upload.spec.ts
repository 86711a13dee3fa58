import type { OutputFile } from './hls-output';
import { LiveSegmentUpload } from './live-segment-upload';

const segment = (name: string): OutputFile => ({ localPath: `/w/out/${name}`, key: `hls/${name}`, contentType: 'video/mp2t' });
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('LiveSegmentUpload', () => {
  let finished: OutputFile[];
  let put: string[];
  let upload: LiveSegmentUpload;

  beforeEach(() => {
    finished = [];
    put = [];
    upload = new LiveSegmentUpload(async () => [...finished], async (file) => void put.push(file.key), 5);
  });
  afterEach(() => upload.stop());

  it('should put each segment as soon as it is finished, while later ones are still being written', async () => {
    upload.start();
    finished.push(segment('a_00001.ts'));
    await tick(30);
    expect(put).toEqual(['hls/a_00001.ts']);

    finished.push(segment('a_00002.ts'));
    await tick(30);
    expect(put).toEqual(['hls/a_00001.ts', 'hls/a_00002.ts']);
  });

  it('should put the segments left and each segment once when finishing', async () => {
    upload.start();
    finished.push(segment('a_00001.ts'));
    await tick(30);
    finished.push(segment('a_00002.ts'), segment('b_00001.ts'));

    await upload.finish();

    expect(put).toEqual(['hls/a_00001.ts', 'hls/a_00002.ts', 'hls/b_00001.ts']);
  });

  it('should put nothing more once stopped', async () => {
    upload.start();
    await upload.stop();
    finished.push(segment('a_00001.ts'));
    await tick(30);
    expect(put).toEqual([]);
  });

  it('should fail finish with the first put that failed and stop putting', async () => {
    let calls = 0;
    upload = new LiveSegmentUpload(async () => [segment('a_00001.ts'), segment('a_00002.ts')], async () => {
      calls += 1;
      throw new Error('SlowDown');
    }, 5);
    upload.start();
    await tick(30);

    await expectAsync(upload.finish()).toBeRejectedWithError('SlowDown');
    expect(calls).toBe(1);
  });
});
