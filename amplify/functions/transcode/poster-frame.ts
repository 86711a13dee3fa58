import type { OutputGroup } from '@aws-sdk/client-mediaconvert';
import type { HlsRung } from './hls-ladder';

/**
 * One JPEG poster per lesson, from a MediaConvert frame-capture output group. Frame capture takes the
 * first frame and then one every FramerateDenominator seconds; with MaxCaptures 2 the last capture
 * (the one the COMPLETE event reports) is a frame a few seconds in rather than the often-black first
 * one, or the first frame when the video is shorter than that.
 */
export const POSTER_MAX_OFFSET_SECONDS = 5;

/** Where in the video the poster is taken: a third of the way in, between 1 and POSTER_MAX_OFFSET_SECONDS. */
export function posterOffsetSeconds(durationSeconds: number | undefined): number {
  if (!durationSeconds || !Number.isFinite(durationSeconds)) return 1;
  return Math.min(POSTER_MAX_OFFSET_SECONDS, Math.max(1, Math.floor(durationSeconds / 3)));
}

/** Files land as `<folder>poster.<0000000-0000001>.jpg`, the size of the largest rung produced. */
export function posterOutputGroup(bucket: string, folder: string, size: HlsRung, durationSeconds: number | undefined): OutputGroup {
  return {
    Name: 'Poster',
    OutputGroupSettings: {
      Type: 'FILE_GROUP_SETTINGS',
      FileGroupSettings: { Destination: `s3://${bucket}/${folder}poster` },
    },
    Outputs: [
      {
        ContainerSettings: { Container: 'RAW' },
        Extension: 'jpg',
        VideoDescription: {
          Width: size.width,
          Height: size.height,
          ScalingBehavior: 'DEFAULT',
          CodecSettings: {
            Codec: 'FRAME_CAPTURE',
            FrameCaptureSettings: {
              FramerateNumerator: 1,
              FramerateDenominator: posterOffsetSeconds(durationSeconds),
              MaxCaptures: 2,
              Quality: 80,
            },
          },
        },
      },
    ],
  };
}
