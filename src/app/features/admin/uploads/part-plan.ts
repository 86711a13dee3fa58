import { partCount, partLength } from '../../../../../amplify/functions/upload-url/upload-policy';

/** One part of the file: bytes [start, end) sent as part `partNumber` (1-based). */
export interface PlannedPart {
  readonly partNumber: number;
  readonly start: number;
  readonly end: number;
}

export interface UploadedPart {
  readonly partNumber: number;
  readonly etag: string;
  readonly sizeBytes: number;
}

/** The parts of a file of `sizeBytes` in parts of the server's `partSize`, as createUpload signed them. */
export function planParts(sizeBytes: number, partSize: number): PlannedPart[] {
  return Array.from({ length: partCount(sizeBytes, partSize) }, (_, index) => {
    const start = index * partSize;
    return { partNumber: index + 1, start, end: start + partLength(index + 1, sizeBytes, partSize) };
  });
}

/**
 * The parts storage already holds in full (ListParts), by part number → ETag. A listed part of
 * another length (a different file, or a part cut short) is not counted and will be sent again.
 */
export function finishedParts(plan: readonly PlannedPart[], uploaded: readonly UploadedPart[]): Map<number, string> {
  const lengths = new Map(plan.map((part) => [part.partNumber, part.end - part.start]));
  return new Map(
    uploaded.filter((part) => part.etag && lengths.get(part.partNumber) === part.sizeBytes).map((part) => [part.partNumber, part.etag]),
  );
}
