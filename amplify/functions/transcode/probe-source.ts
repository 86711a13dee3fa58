import { ProbeCommand, type MediaConvertClient, type ProbeResult } from '@aws-sdk/client-mediaconvert';

/** What the pipeline needs to know about a source before it plans a job. */
export interface SourceVideo {
  readonly width: number;
  readonly height: number;
  readonly durationSeconds?: number;
}

export type ProbeOutcome =
  | { readonly kind: 'video'; readonly video: SourceVideo }
  /** The file is not media we can decode, or has no picture: the uploader has to send another file. */
  | { readonly kind: 'unreadable'; readonly detail: string };

/**
 * MediaConvert Probe on the uploaded object. UnprocessableEntityException (recognised but malformed
 * or not media at all) and a result without a sized video track are the uploader's problem; any
 * other failure (permissions, throttling, the service) is thrown for the caller to handle.
 */
export async function probeSource(client: MediaConvertClient, fileUrl: string): Promise<ProbeOutcome> {
  let result: ProbeResult | undefined;
  try {
    result = (await client.send(new ProbeCommand({ InputFiles: [{ FileUrl: fileUrl }] }))).ProbeResults?.[0];
  } catch (error) {
    if (error instanceof Error && error.name === 'UnprocessableEntityException') return { kind: 'unreadable', detail: error.message };
    throw error;
  }
  const video = result?.Container?.Tracks?.find((track) => track.TrackType === 'video');
  const width = video?.VideoProperties?.Width ?? video?.VideoProperties?.CodecMetadata?.Width;
  const height = video?.VideoProperties?.Height ?? video?.VideoProperties?.CodecMetadata?.Height;
  if (!width || !height) {
    return { kind: 'unreadable', detail: `no video track with a size (container ${result?.Container?.Format ?? 'unknown'})` };
  }
  const duration = result?.Container?.Duration ?? video?.Duration;
  return { kind: 'video', video: { width, height, durationSeconds: typeof duration === 'number' && duration > 0 ? duration : undefined } };
}
