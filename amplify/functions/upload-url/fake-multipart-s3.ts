import type { FakeResponse, RecordedRequest } from '../shared/testing/fake-http';

interface FakeUpload {
  readonly key: string;
  readonly contentType: string;
  readonly metadata: Record<string, string>;
  readonly parts: Map<number, { etag: string; size: number }>;
}

interface FakeObject {
  readonly contentType: string;
  readonly size: number;
  readonly metadata: Record<string, string>;
}

/**
 * The multipart subset of S3 the upload-url handler calls, in memory, answering as S3 does
 * (ListParts pages of `pageSize`, NoSuchUpload, x-amz-meta-* on HeadObject). Parts are added with
 * `putPart`, as a browser would send them to the presigned URLs.
 */
export class FakeMultipartS3 {
  readonly uploads = new Map<string, FakeUpload>();
  readonly objects = new Map<string, FakeObject>();
  private nextId = 1;

  constructor(private readonly pageSize = 2) {}

  reset(): void {
    this.uploads.clear();
    this.objects.clear();
  }

  putPart(uploadId: string, partNumber: number, size: number): string {
    const etag = `"etag-${uploadId}-${partNumber}"`;
    this.uploads.get(uploadId)?.parts.set(partNumber, { etag, size });
    return etag;
  }

  readonly respond = (request: RecordedRequest): FakeResponse => {
    const [, bucket, ...rest] = request.path.split('/');
    const key = rest.join('/');
    const uploadId = request.query.get('uploadId') ?? '';
    const upload = this.uploads.get(uploadId);
    if (request.method === 'POST' && request.query.has('uploads')) {
      const id = `upload-${this.nextId++}`;
      const metadata = Object.fromEntries(
        Object.entries(request.headers)
          .filter(([name]) => name.startsWith('x-amz-meta-'))
          .map(([name, value]) => [name.slice('x-amz-meta-'.length), String(value)]),
      );
      this.uploads.set(id, { key, contentType: String(request.headers['content-type']), metadata, parts: new Map() });
      return xml(`<InitiateMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${key}</Key><UploadId>${id}</UploadId></InitiateMultipartUploadResult>`);
    }
    if (request.method === 'HEAD') {
      const object = this.objects.get(key);
      if (!object) return { status: 404 };
      const meta = Object.fromEntries(Object.entries(object.metadata).map(([name, value]) => [`x-amz-meta-${name}`, value]));
      return { headers: { 'Content-Type': object.contentType, 'Content-Length': String(object.size), ...meta } };
    }
    if (uploadId && (!upload || upload.key !== key)) {
      return { status: 404, ...xml('<Error><Code>NoSuchUpload</Code><Message>The specified upload does not exist.</Message></Error>') };
    }
    if (request.method === 'GET' && upload) return this.listParts(bucket, key, uploadId, upload, Number(request.query.get('part-number-marker') ?? 0));
    if (request.method === 'DELETE' && upload) {
      this.uploads.delete(uploadId);
      return { status: 204 };
    }
    if (request.method === 'POST' && upload) {
      const size = [...upload.parts.values()].reduce((sum, part) => sum + part.size, 0);
      this.objects.set(key, { contentType: upload.contentType, size, metadata: upload.metadata });
      this.uploads.delete(uploadId);
      return xml(`<CompleteMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${key}</Key><ETag>"done"</ETag></CompleteMultipartUploadResult>`);
    }
    return { status: 400 };
  };

  private listParts(bucket: string, key: string, uploadId: string, upload: FakeUpload, marker: number): FakeResponse {
    const remaining = [...upload.parts.entries()].sort(([a], [b]) => a - b).filter(([partNumber]) => partNumber > marker);
    const page = remaining.slice(0, this.pageSize);
    const truncated = remaining.length > page.length;
    const parts = page.map(([partNumber, part]) => `<Part><PartNumber>${partNumber}</PartNumber><ETag>${part.etag}</ETag><Size>${part.size}</Size></Part>`);
    return xml(
      `<ListPartsResult><Bucket>${bucket}</Bucket><Key>${key}</Key><UploadId>${uploadId}</UploadId><PartNumberMarker>${marker}</PartNumberMarker>` +
        `${truncated ? `<NextPartNumberMarker>${page[page.length - 1][0]}</NextPartNumberMarker>` : ''}` +
        `<IsTruncated>${truncated}</IsTruncated>${parts.join('')}</ListPartsResult>`,
    );
  }
}

function xml(body: string): FakeResponse {
  return { headers: { 'Content-Type': 'application/xml' }, body: `<?xml version="1.0" encoding="UTF-8"?>${body}` };
}
