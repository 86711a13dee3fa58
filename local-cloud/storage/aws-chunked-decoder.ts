import { Transform, type TransformCallback } from 'node:stream';
import { S3Error } from './s3-error';

type State = 'size' | 'data' | 'dataEnd' | 'trailer' | 'done';

const malformed = () => new S3Error(400, 'IncompleteBody', 'The aws-chunked request body is malformed.');

/**
 * Strips aws-chunked framing (`<hex size>[;chunk-signature=…]\r\n<data>\r\n … 0\r\n[trailers\r\n]\r\n`)
 * so the stored object is the payload itself. Chunk signatures and trailing checksums are not checked.
 */
export class AwsChunkedDecoder extends Transform {
  private state: State = 'size';
  private line = '';
  private remaining = 0;
  private pendingCrlf = 0;
  /** Trailing headers such as x-amz-checksum-crc32, lower-cased. */
  readonly trailers: Record<string, string> = {};

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.consume(chunk);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    const trailerEnded = this.state === 'trailer' && this.line === '';
    callback(this.state === 'done' || trailerEnded ? null : malformed());
  }

  private consume(chunk: Buffer): void {
    let offset = 0;
    while (offset < chunk.length) {
      switch (this.state) {
        case 'size':
        case 'trailer': {
          const newline = chunk.indexOf(0x0a, offset);
          const end = newline === -1 ? chunk.length : newline + 1;
          this.line += chunk.toString('latin1', offset, end);
          offset = end;
          if (newline !== -1) this.endLine(this.line.replace(/\r?\n$/, ''));
          break;
        }
        case 'data': {
          const take = Math.min(this.remaining, chunk.length - offset);
          this.push(chunk.subarray(offset, offset + take));
          offset += take;
          this.remaining -= take;
          if (this.remaining === 0) {
            this.state = 'dataEnd';
            this.pendingCrlf = 2;
          }
          break;
        }
        case 'dataEnd': {
          const expected = this.pendingCrlf === 2 ? 0x0d : 0x0a;
          if (chunk[offset] !== expected) throw malformed();
          offset += 1;
          this.pendingCrlf -= 1;
          if (this.pendingCrlf === 0) this.state = 'size';
          break;
        }
        case 'done':
          throw malformed();
      }
    }
  }

  private endLine(line: string): void {
    this.line = '';
    if (this.state === 'trailer') {
      if (line === '') {
        this.state = 'done';
        return;
      }
      const colon = line.indexOf(':');
      if (colon > 0) this.trailers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      return;
    }
    const size = Number.parseInt(line.split(';')[0]!, 16);
    if (!Number.isFinite(size) || size < 0 || !/^[0-9a-fA-F]+/.test(line)) throw malformed();
    if (size === 0) {
      this.state = 'trailer';
    } else {
      this.remaining = size;
      this.state = 'data';
    }
  }
}
