import type { AudioNormalizationSettings, Output, OutputGroup } from '@aws-sdk/client-mediaconvert';

/**
 * The one definition of the HLS ladder, used by the `transcode` function (AWS Elemental
 * MediaConvert) and by the local ffmpeg transcoder, so both produce the same files.
 *
 * Each transcode job writes into its own folder `hls/<lessonId>/<jobKey>/` (see job-folder.ts), so a
 * replacement never overwrites the ladder that is playing. MediaConvert destination
 * `s3://<bucket>/<folder>master`, one output per rung with NameModifier `_<rung name>`:
 *
 *   <folder>master.m3u8                 master playlist, one EXT-X-STREAM-INF per rung,
 *                                       variant URIs relative: `master_720p.m3u8`
 *   <folder>master_<rung>.m3u8          variant playlist per rung, e.g. master_360p.m3u8
 *   <folder>master_<rung>_<00001>.ts    MPEG-TS segments (H.264 + AAC muxed), numbered from 00001,
 *                                       about SEGMENT_SECONDS long, URIs relative to the variant playlist
 *
 * Players only rely on the two playlist names above; segment names are read from the playlists.
 */
export interface HlsRung {
  /** Also the variant name modifier: master_<name>.m3u8 */
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly videoBitsPerSecond: number;
  readonly audioBitsPerSecond: number;
}

export const SEGMENT_SECONDS = 6;
export const GOP_SECONDS = 2;
export const AUDIO_SAMPLE_RATE = 48_000;
export const H264_PROFILE = 'MAIN';

export const HLS_LADDER: readonly HlsRung[] = [
  { name: '360p', width: 640, height: 360, videoBitsPerSecond: 800_000, audioBitsPerSecond: 96_000 },
  { name: '540p', width: 960, height: 540, videoBitsPerSecond: 2_000_000, audioBitsPerSecond: 128_000 },
  { name: '720p', width: 1280, height: 720, videoBitsPerSecond: 3_500_000, audioBitsPerSecond: 128_000 },
  { name: '1080p', width: 1920, height: 1080, videoBitsPerSecond: 6_000_000, audioBitsPerSecond: 160_000 },
];

/** Integrated loudness every lesson is normalised to, as streaming services do (about -14 LUFS). */
export const TARGET_LOUDNESS_LKFS = -14;

/** EBU R128-style gated measurement (BS.1770-3), corrected to the target, peaks kept below -1 dBTP. */
export const AUDIO_NORMALIZATION: AudioNormalizationSettings = {
  Algorithm: 'ITU_BS_1770_3',
  AlgorithmControl: 'CORRECT_AUDIO',
  TargetLkfs: TARGET_LOUDNESS_LKFS,
  TruePeakLimiterThreshold: -1,
};

export const masterPlaylistKey = (folder: string): string => `${folder}master.m3u8`;
export const variantPlaylistName = (rung: HlsRung): string => `master_${rung.name}.m3u8`;
export const segmentName = (rung: HlsRung, sequence: number): string =>
  `master_${rung.name}_${String(sequence).padStart(5, '0')}.ts`;

/** The rungs worth producing for a source: no upscaling, but always at least the lowest rung. */
export function rungsForSourceHeight(sourceHeight: number, ladder: readonly HlsRung[] = HLS_LADDER): HlsRung[] {
  const fitting = ladder.filter((rung) => rung.height <= sourceHeight);
  return fitting.length > 0 ? fitting : [ladder[0]];
}

export function toMediaConvertOutput(rung: HlsRung): Output {
  return {
    NameModifier: `_${rung.name}`,
    ContainerSettings: { Container: 'M3U8', M3u8Settings: {} },
    OutputSettings: { HlsSettings: {} },
    VideoDescription: {
      Width: rung.width,
      Height: rung.height,
      ScalingBehavior: 'DEFAULT',
      CodecSettings: {
        Codec: 'H_264',
        H264Settings: {
          CodecProfile: H264_PROFILE,
          RateControlMode: 'QVBR',
          MaxBitrate: rung.videoBitsPerSecond,
          QvbrSettings: { QvbrQualityLevel: 7 },
          GopSize: GOP_SECONDS,
          GopSizeUnits: 'SECONDS',
          SceneChangeDetect: 'TRANSITION_DETECTION',
        },
      },
    },
    AudioDescriptions: [
      {
        AudioSourceName: 'Audio Selector 1',
        AudioNormalizationSettings: AUDIO_NORMALIZATION,
        CodecSettings: {
          Codec: 'AAC',
          AacSettings: {
            Bitrate: rung.audioBitsPerSecond,
            CodingMode: 'CODING_MODE_2_0',
            SampleRate: AUDIO_SAMPLE_RATE,
          },
        },
      },
    ],
  };
}

export function toMediaConvertOutputGroup(bucket: string, folder: string, rungs: readonly HlsRung[]): OutputGroup {
  return {
    Name: 'HLS',
    OutputGroupSettings: {
      Type: 'HLS_GROUP_SETTINGS',
      HlsGroupSettings: {
        Destination: `s3://${bucket}/${folder}master`,
        SegmentLength: SEGMENT_SECONDS,
        MinSegmentLength: 0,
        SegmentControl: 'SEGMENTED_FILES',
        DirectoryStructure: 'SINGLE_DIRECTORY',
        OutputSelection: 'MANIFESTS_AND_SEGMENTS',
        ManifestDurationFormat: 'INTEGER',
        CodecSpecification: 'RFC_4281',
        StreamInfResolution: 'INCLUDE',
        ProgramDateTime: 'EXCLUDE',
      },
    },
    Outputs: rungs.map(toMediaConvertOutput),
  };
}
