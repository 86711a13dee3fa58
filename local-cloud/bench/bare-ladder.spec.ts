import { bareLadderArgs } from './bare-ladder';

describe('bare ffmpeg ladder command', () => {
  const outputsOf = (args: string[]) => args.filter((arg, index) => args[index - 1] === '-var_stream_map')[0]!.split(' ');

  it('should make the rungs a 720p source allows from one decode, never upscaling to 1080p', () => {
    const args = bareLadderArgs('in.mp4', 720, '/out');
    const graph = args[args.indexOf('-filter_complex') + 1]!;
    expect(graph).toMatch(/^\[0:v\]split=3\[in0\]\[in1\]\[in2\];/);
    expect(graph).toContain('scale=640:360');
    expect(graph).toContain('scale=1280:720');
    expect(graph).not.toContain('1920');
    expect(args.filter((arg) => arg === '-i')).toHaveSize(1);
    expect(outputsOf(args)).toEqual(['v:0,a:0', 'v:1,a:1', 'v:2,a:2']);
  });

  it('should add the 1080p rung for a 1080p source, capped at its bitrate', () => {
    const args = bareLadderArgs('in.mp4', 1080, '/out');
    expect(outputsOf(args)).toHaveSize(4);
    expect(args[args.indexOf('-maxrate:v:3') + 1]).toBe('6000000');
    expect(args.at(-1)).toBe('/out/v%v.m3u8');
  });
});
