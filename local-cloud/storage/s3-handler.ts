import type { IncomingMessage, ServerResponse } from 'node:http';
import { deleteObjects, listObjectsV2 } from './bucket-operations';
import type { CorsPolicy } from './cors';
import { abortMultipartUpload, completeMultipartUpload, createMultipartUpload, listParts, uploadPart } from './multipart-operations';
import { copyObject, deleteObject, getObject, putObject } from './object-operations';
import type { S3Context } from './s3-context';
import { region } from '../service';
import { S3Error } from './s3-error';
import { hasParam, param, parseS3Request, sendEmpty, sendError, sendXml, type S3Request } from './s3-request';
import { SigV4Error, type SigV4Verifier } from '../http/sigv4-verifier';

/** Sub-resources this server does not implement; answering 501 beats silently treating them as plain object calls. */
const unsupportedSubresources = ['acl', 'tagging', 'versioning', 'versions', 'policy', 'lifecycle', 'cors', 'website', 'retention', 'legal-hold', 'attributes', 'restore', 'select'];

export function createS3Handler(context: S3Context, verifier: SigV4Verifier, cors: CorsPolicy, log: (line: string) => void) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    let request: S3Request | undefined;
    const handle = async () => {
      request = parseS3Request(req, res, context.bucket);
      if (request.method === 'OPTIONS') {
        if (!cors.preflight(req, res)) {
          throw new S3Error(403, 'AccessForbidden', 'CORSResponse: This CORS request is not allowed. This is usually because the evalution of Origin, request method / Access-Control-Request-Method or Access-Control-Request-Headersare not whitelisted by the resource\'s CORS spec.');
        }
        sendEmpty(request, 200);
        return;
      }
      cors.decorate(req, res);
      const { payloadHash } = await verifier.verify(request).catch((error: unknown) => {
        throw error instanceof SigV4Error ? new S3Error(error.status, error.code, error.message, error.extra) : error;
      });
      if (request.bucket !== context.bucket) {
        throw new S3Error(404, 'NoSuchBucket', 'The specified bucket does not exist', { BucketName: request.bucket ?? '' });
      }
      await dispatch(context, request, payloadHash);
    };
    handle().catch((error: unknown) => {
      // A client that goes away mid-download (a browser leaving the page) is not a server failure.
      if ((error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE' && req.destroyed) return;
      const s3Error = error instanceof S3Error ? error : new S3Error(500, 'InternalError', 'We encountered an internal error. Please try again.');
      if (!(error instanceof S3Error)) log(`storage: ${req.method} ${req.url} failed: ${(error as Error).stack ?? String(error)}`);
      request ??= { req, res, requestId: '0', method: req.method ?? 'GET', rawPath: '', query: {}, headers: {}, bucket: undefined, key: '' };
      sendError(request, s3Error);
    });
  };
}

async function dispatch(context: S3Context, request: S3Request, payloadHash: string): Promise<void> {
  const { method, key } = request;
  const unsupported = unsupportedSubresources.find((name) => hasParam(request, name));
  if (unsupported) throw new S3Error(501, 'NotImplemented', `The local S3 does not implement ?${unsupported}.`);
  if (!key) return dispatchBucket(context, request);
  const uploadId = hasParam(request, 'uploadId');
  switch (method) {
    case 'PUT': {
      const copySource = request.headers['x-amz-copy-source'];
      if (uploadId && copySource) throw new S3Error(501, 'NotImplemented', 'The local S3 does not implement UploadPartCopy.');
      if (uploadId) return uploadPart(context, request, payloadHash);
      if (copySource) return copyObject(context, request, copySource);
      return putObject(context, request, payloadHash);
    }
    case 'GET':
      return uploadId ? listParts(context, request) : getObject(context, request);
    case 'HEAD':
      return getObject(context, request);
    case 'DELETE':
      return uploadId ? abortMultipartUpload(context, request) : deleteObject(context, request);
    case 'POST':
      if (hasParam(request, 'uploads')) return createMultipartUpload(context, request);
      if (uploadId) return completeMultipartUpload(context, request);
      break;
  }
  throw new S3Error(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.', { Method: method, ResourceType: 'OBJECT' });
}

async function dispatchBucket(context: S3Context, request: S3Request): Promise<void> {
  switch (request.method) {
    case 'HEAD':
    case 'PUT':
      return sendEmpty(request, 200, { 'x-amz-bucket-region': region });
    case 'GET':
      if (hasParam(request, 'location')) return sendXml(request, 200, 'LocationConstraint', {});
      if (param(request, 'list-type') === '2') return listObjectsV2(context, request);
      if (hasParam(request, 'uploads')) throw new S3Error(501, 'NotImplemented', 'The local S3 does not implement ListMultipartUploads.');
      throw new S3Error(501, 'NotImplemented', 'The local S3 implements ListObjectsV2 only (list-type=2).');
    case 'POST':
      if (hasParam(request, 'delete')) return deleteObjects(context, request);
      break;
  }
  throw new S3Error(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.', { Method: request.method, ResourceType: 'BUCKET' });
}
