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

export interface WireFrameCaptureSettings {
  framerateNumerator?: number;
  framerateDenominator?: number;
  maxCaptures?: number;
  quality?: number;
}

export interface WireAudioNormalizationSettings {
  algorithm?: string;
  algorithmControl?: string;
  targetLkfs?: number;
  truePeakLimiterThreshold?: number;
}

export interface WireOutput {
  nameModifier?: string;
  extension?: string;
  containerSettings?: { container?: string };
  videoDescription?: {
    width?: number;
    height?: number;
    scalingBehavior?: string;
    codecSettings?: { codec?: string; h264Settings?: WireH264Settings; frameCaptureSettings?: WireFrameCaptureSettings };
  };
  audioDescriptions?: {
    audioNormalizationSettings?: WireAudioNormalizationSettings;
    codecSettings?: { codec?: string; aacSettings?: { bitrate?: number; sampleRate?: number; codingMode?: string } };
  }[];
}

export interface WireOutputGroup {
  name?: string;
  outputGroupSettings?: {
    type?: string;
    hlsGroupSettings?: { destination?: string; segmentLength?: number };
    fileGroupSettings?: { destination?: string };
  };
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
  audio?: { bitrate: number; sampleRate: number; channels: number; loudness?: LoudnessPlan };
}

/** AudioNormalizationSettings with CORRECT_AUDIO: the integrated loudness to reach and the true-peak ceiling. */
export interface LoudnessPlan {
  targetLkfs: number;
  truePeakDb: number;
}

export interface Destination {
  bucket: string;
  /** Folder of the destination, with its trailing slash. */
  prefix: string;
  /** Output files are named `<baseName><nameModifier>…`. */
  baseName: string;
}

/** A FRAME_CAPTURE output: the first frame, then one every `intervalSeconds`, at most `maxCaptures` JPEGs. */
export interface FrameCapturePlan {
  destination: Destination;
  nameModifier: string;
  extension: string;
  width?: number;
  height?: number;
  intervalSeconds: number;
  maxCaptures: number;
  /** 1..100, higher is better (MediaConvert's JPEG quality). */
  quality: number;
}

export interface LadderPlan {
  input: S3Location;
  destination: Destination;
  segmentSeconds: number;
  rungs: RungPlan[];
  frameCaptures: FrameCapturePlan[];
}

/** Settings the local MediaConvert cannot honour; CreateJob answers 400 BadRequestException like AWS does for invalid settings. */
export class UnsupportedSettingsError extends Error {}

export function parseS3Url(url: string | undefined, what: string): S3Location {
  const match = url ? /^s3:\/\/([^/]+)\/(.*)$/.exec(url) : null;
  if (!match) throw new UnsupportedSettingsError(`${what} must be an s3://bucket/key URL, got ${JSON.stringify(url)}`);
  return { bucket: match[1]!, key: match[2]! };
}

/** One HLS group (the ladder) plus any number of file groups made of frame captures (posters). */
export function planFromSettings(settings: WireJobSettings | undefined): LadderPlan {
  const input = parseS3Url(settings?.inputs?.[0]?.fileInput, 'settings.inputs[0].fileInput');
  if ((settings?.inputs?.length ?? 0) > 1) throw new UnsupportedSettingsError('The local MediaConvert takes one input per job.');
  const groups = settings?.outputGroups ?? [];
  const hlsGroups = groups.filter((group) => group.outputGroupSettings?.type === 'HLS_GROUP_SETTINGS');
  const fileGroups = groups.filter((group) => group.outputGroupSettings?.type === 'FILE_GROUP_SETTINGS');
  if (hlsGroups.length !== 1 || hlsGroups.length + fileGroups.length !== groups.length) {
    throw new UnsupportedSettingsError('The local MediaConvert supports exactly one output group of type HLS_GROUP_SETTINGS, plus FILE_GROUP_SETTINGS groups of frame captures.');
  }
  const inputName = input.key.slice(input.key.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
  const hls = hlsGroups[0]!.outputGroupSettings!.hlsGroupSettings;
  const destination = destinationOf(hls?.destination, 'hlsGroupSettings.destination', inputName);
  const segmentSeconds = hls?.segmentLength ?? 10;
  const outputs = hlsGroups[0]!.outputs ?? [];
  if (outputs.length === 0) throw new UnsupportedSettingsError('The HLS output group has no outputs.');
  const rungs = outputs.map((output, index) => planRung(output, index, segmentSeconds));
  const modifiers = new Set(rungs.map((rung) => rung.nameModifier));
  if (modifiers.size !== rungs.length) throw new UnsupportedSettingsError('Outputs in an HLS group need distinct nameModifiers.');
  const frameCaptures = fileGroups.flatMap((group, groupIndex) => {
    const fileDestination = destinationOf(group.outputGroupSettings?.fileGroupSettings?.destination, 'fileGroupSettings.destination', inputName);
    return (group.outputs ?? []).map((output, index) => planFrameCapture(output, `file group ${groupIndex} output ${index}`, fileDestination));
  });
  return { input, destination, segmentSeconds, rungs, frameCaptures };
}

/** MediaConvert names outputs after the destination's last path segment, or after the input file when the destination ends in '/'. */
function destinationOf(url: string | undefined, what: string, inputName: string): Destination {
  const location = parseS3Url(url, what);
  const slash = location.key.lastIndexOf('/');
  return { bucket: location.bucket, prefix: location.key.slice(0, slash + 1), baseName: location.key.slice(slash + 1) || inputName };
}

function planFrameCapture(output: WireOutput, where: string, destination: Destination): FrameCapturePlan {
  const video = output.videoDescription;
  const capture = video?.codecSettings?.frameCaptureSettings;
  if (video?.codecSettings?.codec !== 'FRAME_CAPTURE' || (output.containerSettings?.container ?? 'RAW') !== 'RAW') {
    throw new UnsupportedSettingsError(`${where}: the local MediaConvert writes file groups only as FRAME_CAPTURE outputs in RAW containers.`);
  }
  const numerator = capture?.framerateNumerator ?? 1;
  const denominator = capture?.framerateDenominator ?? 1;
  if (numerator <= 0 || denominator <= 0) throw new UnsupportedSettingsError(`${where}: frame capture rate must be positive.`);
  return {
    destination,
    nameModifier: output.nameModifier ?? '',
    extension: output.extension ?? 'jpg',
    width: video.width,
    height: video.height,
    intervalSeconds: denominator / numerator,
    maxCaptures: capture?.maxCaptures ?? 10_000_000,
    quality: capture?.quality ?? 80,
  };
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
      ? {
          bitrate: aac?.bitrate ?? 96000,
          sampleRate: aac?.sampleRate ?? 48000,
          channels: aac?.codingMode === 'CODING_MODE_1_0' ? 1 : 2,
          loudness: loudnessPlan(output.audioDescriptions?.[0]?.audioNormalizationSettings),
        }
      : undefined,
  };
}

/** MediaConvert's defaults: -24 LKFS for BS.1770-1, -23 otherwise; peaks limited at 0 dBTP. MEASURE_ONLY changes nothing. */
function loudnessPlan(settings: WireAudioNormalizationSettings | undefined): LoudnessPlan | undefined {
  if (!settings || settings.algorithmControl !== 'CORRECT_AUDIO') return undefined;
  return {
    targetLkfs: settings.targetLkfs ?? (settings.algorithm === 'ITU_BS_1770_1' ? -24 : -23),
    truePeakDb: settings.truePeakLimiterThreshold ?? 0,
  };
}

function keyframeSeconds(h264: WireH264Settings, segmentSeconds: number): number {
  const gop = h264.gopSizeUnits === 'SECONDS' ? h264.gopSize : undefined;
  return gop && gop > 0 && Number.isInteger(segmentSeconds / gop) ? gop : segmentSeconds;
}
