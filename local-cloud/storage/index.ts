/**
 * Local S3 for the single media bucket.
 *
 * Why a small node:http server instead of wrapping s3rver 3.7.1: s3rver is unmaintained since 2021 and
 * lacks exactly the parts this product leans on — ListParts and AbortMultipartUpload (browser
 * multipart uploads), signature and expiry checks on presigned URLs (our entitlement model), and
 * aws-chunked decoding (current SDK defaults stored corrupt objects). Patching those into its Koa
 * middleware stack would touch most of it; the focused server here is a few hundred lines, verifies
 * SigV4 with the SDK's own @smithy/signature-v4 building blocks, and writes objects atomically.
 */
import { createServer } from 'node:http';
import type { S3Event } from 'aws-lambda';
import { listen } from '../http/listen';
import { ports, region, type RunningService } from '../service';
import { CorsPolicy } from './cors';
import { MultipartStore } from './multipart-store';
import { ObjectStore } from './object-store';
import { createS3Handler } from './s3-handler';
import { objectCreatedEvent } from './s3-event';
import { SigV4Verifier, type Credentials } from '../http/sigv4-verifier';

export interface StorageOptions {
  /** Objects (bytes + JSON metadata) and in-progress multipart uploads live here. */
  stateDir: string;
  bucket: string;
  /** Browser origins allowed by the bucket's CORS rule ('*' for any). */
  allowedOrigins: string[];
  /** Called once per created object (put, completed multipart upload, copy), after it is durable. */
  onObjectCreated: (event: S3Event) => void;
  /** The only key pair whose signatures are accepted. */
  credentials: Credentials;
  log?: (line: string) => void;
  /** Defaults to ports.storage; 0 picks a free port (tests). */
  port?: number;
}

export async function startStorage(options: StorageOptions): Promise<RunningService> {
  const log = options.log ?? (() => undefined);
  const [objects, uploads] = await Promise.all([ObjectStore.open(options.stateDir), MultipartStore.open(options.stateDir)]);
  const handler = createS3Handler(
    {
      bucket: options.bucket,
      objects,
      uploads,
      objectCreated: (eventName, object, request) => {
        const event = objectCreatedEvent({
          bucket: options.bucket,
          region,
          eventName,
          object,
          requestId: request.requestId,
          sourceIp: request.req.socket.remoteAddress ?? '127.0.0.1',
          principalId: `AWS:${options.credentials.accessKeyId}`,
        });
        // After the response: a slow or throwing subscriber must not affect the upload that caused it.
        setImmediate(() => {
          try {
            options.onObjectCreated(event);
          } catch (error) {
            log(`storage: onObjectCreated threw for ${object.key}: ${String(error)}`);
          }
        });
      },
    },
    new SigV4Verifier(options.credentials, { service: 's3', uriEscapePath: false }),
    new CorsPolicy(options.allowedOrigins),
    log,
  );
  const service = await listen(createServer(handler), options.port ?? ports.storage, 'storage');
  log(`storage: S3 bucket ${options.bucket} at ${service.url} (state in ${options.stateDir})`);
  return service;
}
