import { GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { ApiError } from './api-error';
import { FfmpegError, probeMedia, type ProbedStream, type ProbeResult } from './ffmpeg-process';
import { parseS3Url, UnsupportedSettingsError } from './job-settings';

/** One `probeResults[]` entry as the 2017-08-29 Probe API returns it (lowerCamelCase JSON). */
export interface WireProbeResult {
  container: {
    format?: string;
    duration?: number;
    bitRate?: number;
    tracks: WireTrack[];
  };
  metadata: { eTag?: string; fileSize?: number; lastModified?: number; mimeType?: string };
  trackMappings: { videoTrackIndexes: number[]; audioTrackIndexes: number[]; dataTrackIndexes: number[] }[];
}

interface WireTrack {
  index: number;
  trackType: 'video' | 'audio' | 'data';
  codec: string;
  duration?: number;
  videoProperties?: { width?: number; height?: number; frameRate?: { numerator: number; denominator: number } };
  audioProperties?: { channels?: number; sampleRate?: number };
}

const codecs: Record<string, string> = {
  h264: 'AVC', hevc: 'HEVC', av1: 'AV1', vp8: 'VP8', vp9: 'VP9', mpeg4: 'MP4V', mpeg2video: 'MPEG2', mpeg1video: 'MPEG1',
  prores: 'PRORES', mjpeg: 'MJPEG', theora: 'THEORA', vc1: 'VC1', dvvideo: 'DV', h263: 'H263',
  aac: 'AAC', ac3: 'AC3', eac3: 'EAC3', mp3: 'MP3', mp2: 'MP2', opus: 'OPUS', vorbis: 'VORBIS', flac: 'FLAC', wmav2: 'WMA2',
};
const webmCodecs = new Set(['vp8', 'vp9', 'av1', 'opus', 'vorbis']);

/**
 * Probe on one s3:// input of the local S3, read by ffmpeg through a presigned URL (only the ranges it
 * needs). Like AWS: a missing object is NotFoundException, a file that is not media we can parse is
 * UnprocessableEntityException (422).
 */
export async function probeInput(fileUrl: string | undefined, s3: S3Client, ffmpeg: string): Promise<WireProbeResult> {
  let location;
  try {
    location = parseS3Url(fileUrl, 'inputFiles[0].fileUrl');
  } catch (error) {
    if (error instanceof UnsupportedSettingsError) throw new ApiError(400, 'BadRequestException', error.message);
    throw error;
  }
  const head = await s3.send(new HeadObjectCommand({ Bucket: location.bucket, Key: location.key })).catch((error: unknown) => {
    const name = (error as Error).name;
    if (name === 'NotFound' || name === 'NoSuchKey' || name === 'NoSuchBucket') throw new ApiError(404, 'NotFoundException', `The input file [${fileUrl}] does not exist.`);
    throw error;
  });
  const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket: location.bucket, Key: location.key }), { expiresIn: 300 });
  let probed: ProbeResult;
  try {
    probed = await probeMedia(ffmpeg, url);
  } catch (error) {
    if (error instanceof FfmpegError) throw new ApiError(422, 'UnprocessableEntityException', `Unable to probe input file [${fileUrl}]: ${error.message.replace(url, fileUrl!)}`);
    throw error;
  }
  const durationSeconds = probed.durationMs === undefined ? undefined : probed.durationMs / 1000;
  const indexesOf = (type: ProbedStream['type']) => probed.streams.filter((stream) => stream.type === type).map((stream) => stream.index);
  return {
    container: {
      format: formatOf(probed),
      duration: durationSeconds,
      bitRate: probed.bitRate,
      tracks: probed.streams.map((stream) => toTrack(stream, durationSeconds)),
    },
    metadata: { eTag: head.ETag, fileSize: head.ContentLength, lastModified: head.LastModified ? head.LastModified.getTime() / 1000 : undefined, mimeType: head.ContentType },
    trackMappings: [{ videoTrackIndexes: indexesOf('video'), audioTrackIndexes: indexesOf('audio'), dataTrackIndexes: indexesOf('data') }],
  };
}

function toTrack(stream: ProbedStream, duration: number | undefined): WireTrack {
  const track: WireTrack = { index: stream.index, trackType: stream.type, codec: codecs[stream.codec] ?? (stream.codec.startsWith('pcm_') ? 'PCM' : 'UNKNOWN'), duration };
  if (stream.type === 'video') {
    const fps = stream.framesPerSecond;
    track.videoProperties = {
      width: stream.width,
      height: stream.height,
      frameRate: fps ? { numerator: Math.round(fps * 1000), denominator: 1000 } : undefined,
    };
  }
  if (stream.type === 'audio') track.audioProperties = { channels: stream.channels, sampleRate: stream.sampleRate };
  return track;
}

/** ffmpeg's demuxer family → Probe's Format enum; undefined (blank, as AWS) when we cannot tell. */
function formatOf(probed: ProbeResult): string | undefined {
  const names = probed.formatNames;
  if (names.includes('mov')) return probed.majorBrand === 'qt' ? 'quicktime' : probed.majorBrand?.startsWith('3g2') ? 'three_g2' : probed.majorBrand?.startsWith('3gp') ? 'three_gp' : 'mp4';
  if (names.includes('matroska')) return probed.streams.every((stream) => webmCodecs.has(stream.codec)) ? 'webm' : 'matroska';
  const direct = ['mxf', 'avi', 'mpegts', 'mp3', 'flac', 'asf', 'ogg', 'aac', 'ac3', 'eac3'].find((name) => names.includes(name));
  if (direct) return direct;
  if (names.includes('wav')) return 'wave';
  if (names.includes('mpeg')) return 'mpegps';
  return undefined;
}
