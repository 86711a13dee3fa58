import { frameCaptureOutputArgs, jobArgs, ladderArgs, loudnessGraph } from './ffmpeg-command';
import { planFromSettings, type WireJobSettings } from './job-settings';

const settings = (audio: boolean): WireJobSettings => ({
  inputs: [{ fileInput: 's3://media/uploads/lesson-1/source.mov' }],
  outputGroups: [
    {
      outputGroupSettings: { type: 'HLS_GROUP_SETTINGS', hlsGroupSettings: { destination: 's3://media/hls/lesson-1/master', segmentLength: 6 } },
      outputs: [
        { width: 640, height: 360, bitrate: 800_000, rate: 'CBR' },
        { width: 1280, height: 720, bitrate: 3_500_000, rate: 'QVBR' },
      ].map((rung) => ({
        nameModifier: `_${rung.height}p`,
        containerSettings: { container: 'M3U8' },
        videoDescription: {
          width: rung.width,
          height: rung.height,
          codecSettings: { codec: 'H_264', h264Settings: { rateControlMode: rung.rate, bitrate: rung.bitrate, maxBitrate: rung.bitrate, gopSize: 2, gopSizeUnits: 'SECONDS', codecProfile: 'MAIN' } },
        },
        audioDescriptions: audio ? [{ codecSettings: { codec: 'AAC', aacSettings: { bitrate: 96_000, sampleRate: 48_000, codingMode: 'CODING_MODE_2_0' } } }] : undefined,
      })),
    },
  ],
});

const valueAfter = (args: string[], flag: string) => args[args.indexOf(flag) + 1];

describe('ladderArgs', () => {
  it('should have ffmpeg name a segment only once it is complete, so it can be uploaded while the next is written', () => {
    const args = ladderArgs(planFromSettings(settings(true)), '/w/in.mov', '/w/out', { hasAudio: true, durationMs: 4000 });
    expect(valueAfter(args, '-hls_flags')!.split('+')).toContain('temp_file');
  });

  it('should pair each rung’s video and audio in -var_stream_map when the outputs carry audio', () => {
    const args = ladderArgs(planFromSettings(settings(true)), '/w/in.mov', '/w/out', { hasAudio: true, durationMs: 4000 });
    expect(valueAfter(args, '-var_stream_map')).toBe('v:0,a:0 v:1,a:1');
    expect(args.filter((arg) => arg === '-map').length).toBe(4);
  });

  it('should scale each rung to its size and force keyframes every GOP when the GOP divides the segment', () => {
    const args = ladderArgs(planFromSettings(settings(true)), '/w/in.mov', '/w/out', { hasAudio: true });
    expect(valueAfter(args, '-filter:v:1')).toBe('scale=1280:720,setsar=1');
    expect(valueAfter(args, '-force_key_frames:v:0')).toBe('expr:gte(t,n_forced*2)');
    expect(valueAfter(args, '-hls_time')).toBe('6');
    expect(valueAfter(args, '-preset')).toBe('veryfast');
  });

  it('should encode CBR rungs at their bitrate and QVBR rungs with a capped CRF', () => {
    const args = ladderArgs(planFromSettings(settings(true)), '/w/in.mov', '/w/out', { hasAudio: true });
    expect(valueAfter(args, '-maxrate:v:0')).toBe('800000');
    expect(valueAfter(args, '-b:v:0')).toBe('800000');
    expect(valueAfter(args, '-crf:v:1')).toBe('23');
    expect(valueAfter(args, '-maxrate:v:1')).toBe('3500000');
  });

  it('should mux generated silence when the outputs want audio but the source has none', () => {
    const args = ladderArgs(planFromSettings(settings(true)), '/w/in.mov', '/w/out', { hasAudio: false });
    expect(args).toContain('anullsrc=channel_layout=stereo:sample_rate=48000');
    expect(args.filter((arg, i) => arg === '-map' && args[i + 1] === '1:a:0').length).toBe(2);
  });

  it('should map video only when the outputs have no audio descriptions', () => {
    const args = ladderArgs(planFromSettings(settings(false)), '/w/in.mov', '/w/out', { hasAudio: true });
    expect(valueAfter(args, '-var_stream_map')).toBe('v:0 v:1');
  });
});

describe('audio normalisation', () => {
  const normalised = (algorithmControl: string) => {
    const wire = settings(true);
    for (const output of wire.outputGroups![0]!.outputs!) {
      output.audioDescriptions![0]!.audioNormalizationSettings = { algorithm: 'ITU_BS_1770_3', algorithmControl, targetLkfs: -14, truePeakLimiterThreshold: -1 };
    }
    return planFromSettings(wire);
  };

  it('should correct the loudness once and split it to every rung when the settings correct audio', () => {
    const args = ladderArgs(normalised('CORRECT_AUDIO'), '/w/in.mov', '/w/out', { hasAudio: true });
    expect(valueAfter(args, '-filter_complex')).toBe('[0:a:0]loudnorm=I=-14:TP=-1:LRA=11,asplit=2[loud0][loud1]');
    const maps = args.filter((_, index) => args[index - 1] === '-map');
    expect(maps).toEqual(['0:v:0', '[loud0]', '0:v:0', '[loud1]']);
    expect(args.some((arg) => arg.startsWith('-filter:a'))).toBeFalse();
  });

  it('should correct each distinct loudness target once', () => {
    expect(loudnessGraph(new Map([[0, 'loudnorm=I=-14'], [1, 'loudnorm=I=-23'], [2, 'loudnorm=I=-14']]))).toBe(
      '[0:a:0]loudnorm=I=-14,asplit=2[loud0][loud2];[0:a:0]loudnorm=I=-23,asplit=1[loud1]',
    );
  });

  it('should leave the audio alone when the settings only measure it', () => {
    const args = ladderArgs(normalised('MEASURE_ONLY'), '/w/in.mov', '/w/out', { hasAudio: true });
    expect(args).not.toContain('-filter_complex');
    expect(args.filter((_, index) => args[index - 1] === '-map')).toEqual(['0:v:0', '0:a:0', '0:v:0', '0:a:0']);
  });
});

describe('frame capture', () => {
  const withPoster = (): WireJobSettings => ({
    ...settings(true),
    outputGroups: [
      ...settings(true).outputGroups!,
      {
        outputGroupSettings: { type: 'FILE_GROUP_SETTINGS', fileGroupSettings: { destination: 's3://media/hls/lesson-1/job/poster' } },
        outputs: [
          {
            containerSettings: { container: 'RAW' },
            videoDescription: { width: 640, height: 360, codecSettings: { codec: 'FRAME_CAPTURE', frameCaptureSettings: { framerateNumerator: 1, framerateDenominator: 3, maxCaptures: 2, quality: 80 } } },
          },
        ],
      },
    ],
  });

  it('should plan the capture next to the ladder, named after its own destination', () => {
    const [capture] = planFromSettings(withPoster()).frameCaptures;
    expect(capture).toEqual(jasmine.objectContaining({ intervalSeconds: 3, maxCaptures: 2, width: 640, height: 360, extension: 'jpg' }));
    expect(capture!.destination).toEqual({ bucket: 'media', prefix: 'hls/lesson-1/job/', baseName: 'poster' });
  });

  it('should take the first frame and then one per interval, stopping after maxCaptures', () => {
    const args = frameCaptureOutputArgs(planFromSettings(withPoster()).frameCaptures[0]!, '/w/frames');
    expect(valueAfter(args, '-vf')).toBe('fps=1/3,scale=640:360,setsar=1');
    expect(valueAfter(args, '-frames:v')).toBe('2');
    expect(args[args.length - 1]).toBe('/w/frames/poster.%07d.jpg');
  });

  it('should capture in the ladder’s own run, after its HLS output, so the source is decoded once', () => {
    const args = jobArgs(planFromSettings(withPoster()), '/w/in.mov', '/w', '/w/out', { hasAudio: true, durationMs: 4000 });
    expect(args.filter((arg) => arg === '-i')).toEqual(['-i']);
    expect(args.indexOf('/w/out/variant_%v.m3u8')).toBeLessThan(args.indexOf('/w/frames-0/poster.%07d.jpg'));
    expect(args[args.length - 1]).toBe('/w/frames-0/poster.%07d.jpg');
  });

  it('should refuse a file group whose outputs are not frame captures', () => {
    const wire = withPoster();
    wire.outputGroups![1]!.outputs![0]!.videoDescription!.codecSettings!.codec = 'H_264';
    expect(() => planFromSettings(wire)).toThrowError(/FRAME_CAPTURE/);
  });
});

describe('planFromSettings', () => {
  it('should name outputs after the destination and keep its folder as the prefix', () => {
    const plan = planFromSettings(settings(true));
    expect(plan.destination).toEqual({ bucket: 'media', prefix: 'hls/lesson-1/', baseName: 'master' });
    expect(plan.rungs.map((rung) => rung.nameModifier)).toEqual(['_360p', '_720p']);
  });

  it('should name outputs after the input file when the destination ends with a slash', () => {
    const wire = settings(true);
    wire.outputGroups![0]!.outputGroupSettings!.hlsGroupSettings!.destination = 's3://media/hls/lesson-1/';
    expect(planFromSettings(wire).destination.baseName).toBe('source');
  });

  it('should refuse settings whose video codec is not H_264', () => {
    const wire = settings(true);
    wire.outputGroups![0]!.outputs![0]!.videoDescription!.codecSettings!.codec = 'H_265';
    expect(() => planFromSettings(wire)).toThrowError(/H_264/);
  });
});
