import { stageRequestBody } from './object-operations';
import { headersToStore, type S3Context } from './s3-context';
import { S3Error } from './s3-error';
import { param, readSmallBody, sendEmpty, sendXml, type S3Request } from './s3-request';
import { readBlocks } from './s3-xml';

const owner = { ID: 'local', DisplayName: 'local' };

function uploadIdOf(request: S3Request): string {
  return param(request, 'uploadId') ?? '';
}

export async function createMultipartUpload(context: S3Context, request: S3Request): Promise<void> {
  const { headers, userMetadata } = headersToStore(request);
  const upload = await context.uploads.create(request.key, headers, userMetadata);
  sendXml(request, 200, 'InitiateMultipartUploadResult', { Bucket: context.bucket, Key: request.key, UploadId: upload.uploadId });
}

export async function uploadPart(context: S3Context, request: S3Request, payloadHash: string): Promise<void> {
  const upload = await context.uploads.get(uploadIdOf(request), request.key);
  const staged = await stageRequestBody(context, request, payloadHash);
  const part = await context.uploads.putPart(upload, Number(param(request, 'partNumber')), staged);
  sendEmpty(request, 200, { ETag: `"${part.etag}"` });
}

export async function listParts(context: S3Context, request: S3Request): Promise<void> {
  const upload = await context.uploads.get(uploadIdOf(request), request.key);
  const maxParts = Math.min(Number(param(request, 'max-parts') ?? 1000) || 1000, 1000);
  const marker = Number(param(request, 'part-number-marker') ?? 0) || 0;
  const remaining = (await context.uploads.listParts(upload.uploadId)).filter((part) => part.partNumber > marker);
  const page = remaining.slice(0, maxParts);
  const truncated = remaining.length > page.length;
  sendXml(request, 200, 'ListPartsResult', {
    Bucket: context.bucket,
    Key: upload.key,
    UploadId: upload.uploadId,
    Initiator: owner,
    Owner: owner,
    StorageClass: 'STANDARD',
    PartNumberMarker: marker,
    NextPartNumberMarker: truncated ? page[page.length - 1]!.partNumber : undefined,
    MaxParts: maxParts,
    IsTruncated: truncated,
    Part: page.map((part) => ({ PartNumber: part.partNumber, LastModified: part.lastModified, ETag: `"${part.etag}"`, Size: part.size })),
  });
}

export async function completeMultipartUpload(context: S3Context, request: S3Request): Promise<void> {
  const upload = await context.uploads.get(uploadIdOf(request), request.key);
  const xml = (await readSmallBody(request)).toString('utf8');
  const requested = readBlocks(xml, 'Part', ['PartNumber', 'ETag']).map((part) => {
    if (part['PartNumber'] === undefined || part['ETag'] === undefined) {
      throw new S3Error(400, 'MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema.');
    }
    return { partNumber: Number(part['PartNumber']), etag: part['ETag'] };
  });
  const { staged, etag } = await context.uploads.assemble(upload, requested, context.objects.tmpDir);
  const object = await context.objects.commit({ key: upload.key, etag, headers: upload.headers, userMetadata: upload.userMetadata }, staged);
  await context.uploads.remove(upload.uploadId);
  const host = request.headers['host'] ?? '127.0.0.1';
  sendXml(request, 200, 'CompleteMultipartUploadResult', {
    Location: `http://${host}/${context.bucket}/${encodeURIComponent(upload.key).replace(/%2F/g, '/')}`,
    Bucket: context.bucket,
    Key: upload.key,
    ETag: `"${object.etag}"`,
  });
  context.objectCreated('ObjectCreated:CompleteMultipartUpload', object, request);
}

export async function abortMultipartUpload(context: S3Context, request: S3Request): Promise<void> {
  const upload = await context.uploads.get(uploadIdOf(request), request.key);
  await context.uploads.remove(upload.uploadId);
  sendEmpty(request, 204);
}
