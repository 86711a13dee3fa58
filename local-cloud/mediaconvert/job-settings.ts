/**
 * The subset of MediaConvert job settings (as they travel on the wire: lowerCamelCase JSON) that the
 * local transcoder understands, and their translation into a ladder plan. The settings the transcode
 * handler sends ARE the ladder definition as deployed, so nothing here restates rung sizes.
 */

export interface WireH264Settings {
  rateControlMode?: string;
  bitrate?: number;
  maxBitrate?: number;
  qvbrSettings?: { qvbrQualityLevel?: number };
  gopSize?: number;
  gopSizeUnits?: string;
  codecProfile?: string;
  framerateControl?: string;
  framerateNumerator?: number;
  framerateDenominator?: number;
}

export interface WireOutput {
  nameModifier?: string;
  containerSettings?: { container?: string };
  videoDescription?: {
    width?: number;
    height?: number;
    scalingBehavior?: string;
    codecSettings?: { codec?: string; h264Settings?: WireH264Settings };
  };
  audioDescriptions?: { codecSettings?: { codec?: string; aacSettings?: { bitrate?: number; sampleRate?: number; codingMode?: string } } }[];
}

export interface WireOutputGroup {
  name?: string;
  outputGroupSettings?: { type?: string; hlsGroupSettings?: { destination?: string; segmentLength?: number } };
  outputs?: WireOutput[];
}

export interface WireJobSettings {
  inputs?: { fileInput?: string }[];
  outputGroups?: WireOutputGroup[];
}

export interface S3Location {
  bucket: string;
  key: string;
}

export interface RungPlan {
  nameModifier: string;
  width?: number;
  height?: number;
  /** FIT keeps the aspect ratio and letterboxes; otherwise the picture is stretched to width×height. */
  fit: boolean;
  rateControl: 'CBR' | 'VBR' | 'QVBR';
  bitrate?: number;
  maxBitrate?: number;
  qvbrQualityLevel: number;
  /** Keyframe interval; always divides the segment length so every segment starts on a keyframe. */
  keyframeSeconds: number;
  profile?: 'baseline' | 'main' | 'high';
  framerate?: { numerator: number; denominator: number };
  audio?: { bitrate: number; sampleRate: number; channels: number };
}

export interface LadderPlan {
  input: S3Location;
  destination: { bucket: string; prefix: string; baseName: string };
  segmentSeconds: number;
  rungs: RungPlan[];
}

/** Settings the local MediaConvert cannot honour; CreateJob answers 400 BadRequestException like AWS does for invalid settings. */
export class UnsupportedSettingsError extends Error {}

export function parseS3Url(url: string | undefined, what: string): S3Location {
  const match = url ? /^s3:\/\/([^/]+)\/(.*)$/.exec(url) : null;
  if (!match) throw new UnsupportedSettingsError(`${what} must be an s3://bucket/key URL, got ${JSON.stringify(url)}`);
  return { bucket: match[1]!, key: match[2]! };
}

export function planFromSettings(settings: WireJobSettings | undefined): LadderPlan {
  const input = parseS3Url(settings?.inputs?.[0]?.fileInput, 'settings.inputs[0].fileInput');
  if ((settings?.inputs?.length ?? 0) > 1) throw new UnsupportedSettingsError('The local MediaConvert takes one input per job.');
  const group = settings?.outputGroups?.[0];
  if ((settings?.outputGroups?.length ?? 0) !== 1 || group?.outputGroupSettings?.type !== 'HLS_GROUP_SETTINGS') {
    throw new UnsupportedSettingsError('The local MediaConvert supports exactly one output group of type HLS_GROUP_SETTINGS.');
  }
  const hls = group.outputGroupSettings.hlsGroupSettings;
  const destination = parseS3Url(hls?.destination, 'hlsGroupSettings.destination');
  const slash = destination.key.lastIndexOf('/');
  const inputName = input.key.slice(input.key.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
  // MediaConvert names outputs after the destination's last path segment, or after the input file when the destination ends in '/'.
  const baseName = destination.key.slice(slash + 1) || inputName;
  const segmentSeconds = hls?.segmentLength ?? 10;
  const outputs = group.outputs ?? [];
  if (outputs.length === 0) throw new UnsupportedSettingsError('The HLS output group has no outputs.');
  const rungs = outputs.map((output, index) => planRung(output, index, segmentSeconds));
  const modifiers = new Set(rungs.map((rung) => rung.nameModifier));
  if (modifiers.size !== rungs.length) throw new UnsupportedSettingsError('Outputs in an HLS group need distinct nameModifiers.');
  return { input, destination: { bucket: destination.bucket, prefix: destination.key.slice(0, slash + 1), baseName }, segmentSeconds, rungs };
}

function planRung(output: WireOutput, index: number, segmentSeconds: number): RungPlan {
  const where = `outputGroups[0].outputs[${index}]`;
  const nameModifier = output.nameModifier ?? '';
  if (!/^[A-Za-z0-9_.-]+$/.test(nameModifier)) throw new UnsupportedSettingsError(`${where}.nameModifier must be set (letters, digits, _ . -).`);
  const container = output.containerSettings?.container ?? 'M3U8';
  if (container !== 'M3U8') throw new UnsupportedSettingsError(`${where}: the local MediaConvert writes M3U8 (MPEG-TS) outputs only, not ${container}.`);
  const video = output.videoDescription;
  if (video?.codecSettings?.codec !== 'H_264') throw new UnsupportedSettingsError(`${where}: the local MediaConvert encodes H_264 video only.`);
  const h264 = video.codecSettings.h264Settings ?? {};
  const rateControl = (h264.rateControlMode ?? 'QVBR') as RungPlan['rateControl'];
  if (!['CBR', 'VBR', 'QVBR'].includes(rateControl)) throw new UnsupportedSettingsError(`${where}: unknown rateControlMode ${rateControl}.`);
  const audioSettings = output.audioDescriptions?.[0]?.codecSettings;
  if (audioSettings && audioSettings.codec !== 'AAC') throw new UnsupportedSettingsError(`${where}: the local MediaConvert encodes AAC audio only.`);
  const aac = audioSettings?.aacSettings;
  const profile = h264.codecProfile?.split('_')[0]?.toLowerCase();
  return {
    nameModifier,
    width: video.width,
    height: video.height,
    fit: video.scalingBehavior === 'FIT' || video.scalingBehavior === 'FIT_NO_UPSCALE',
    rateControl,
    bitrate: h264.bitrate,
    maxBitrate: h264.maxBitrate,
    qvbrQualityLevel: h264.qvbrSettings?.qvbrQualityLevel ?? 7,
    keyframeSeconds: keyframeSeconds(h264, segmentSeconds),
    profile: profile === 'baseline' || profile === 'main' || profile === 'high' ? profile : undefined,
    framerate:
      h264.framerateControl === 'SPECIFIED' && h264.framerateNumerator && h264.framerateDenominator
        ? { numerator: h264.framerateNumerator, denominator: h264.framerateDenominator }
        : undefined,
    audio: audioSettings
      ? { bitrate: aac?.bitrate ?? 96000, sampleRate: aac?.sampleRate ?? 48000, channels: aac?.codingMode === 'CODING_MODE_1_0' ? 1 : 2 }
      : undefined,
  };
}

function keyframeSeconds(h264: WireH264Settings, segmentSeconds: number): number {
  const gop = h264.gopSizeUnits === 'SECONDS' ? h264.gopSize : undefined;
  return gop && gop > 0 && Number.isInteger(segmentSeconds / gop) ? gop : segmentSeconds;
}
