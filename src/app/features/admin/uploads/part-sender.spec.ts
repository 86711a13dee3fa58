import { PartError, xhrPartSender } from './part-sender';

/** Just enough of XMLHttpRequest for one PUT, driven by the spec. */
class FakeXhr {
  method = '';
  url = '';
  body: unknown;
  status = 0;
  aborted = false;
  headers: Record<string, string> = {};
  readonly upload: { onprogress: ((event: { loaded: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  onabort: (() => void) | null = null;

  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
  }
  send(body: unknown): void {
    this.body = body;
  }
  abort(): void {
    this.aborted = true;
    this.onabort?.();
  }
  getResponseHeader(name: string): string | null {
    return this.headers[name.toLowerCase()] ?? null;
  }
  answer(status: number, headers: Record<string, string> = {}): void {
    this.status = status;
    this.headers = headers;
    this.onload?.();
  }
}

describe('xhrPartSender', () => {
  let xhr: FakeXhr;
  const send = (signal = new AbortController().signal, onProgress: (bytes: number) => void = () => undefined) =>
    xhrPartSender(() => xhr as unknown as XMLHttpRequest)('https://storage.test/part?partNumber=1', new Blob(['abcd']), onProgress, signal);

  beforeEach(() => {
    xhr = new FakeXhr();
  });

  it('should PUT the part body to its URL and resolve with the ETag header', async () => {
    const sent = send();
    xhr.answer(200, { etag: '"abc"' });

    expect(await sent).toBe('"abc"');
    expect(xhr.method).toBe('PUT');
    expect(xhr.url).toBe('https://storage.test/part?partNumber=1');
    expect((xhr.body as Blob).size).toBe(4);
  });

  it('should report upload progress events', () => {
    const seen: number[] = [];
    void send(undefined, (bytes) => seen.push(bytes));

    xhr.upload.onprogress?.({ loaded: 2 });

    expect(seen).toEqual([2]);
  });

  it('should fail as expired when storage answers 403', async () => {
    const sent = send();
    xhr.answer(403);

    await expectAsync(sent).toBeRejectedWith(jasmine.objectContaining({ failure: 'expired' }));
  });

  it('should fail as network on a connection error or a 5xx, worth retrying', async () => {
    const dropped = send();
    xhr.onerror?.();
    await expectAsync(dropped).toBeRejectedWith(jasmine.objectContaining({ failure: 'network' }));

    xhr = new FakeXhr();
    const busy = send();
    xhr.answer(503);
    await expectAsync(busy).toBeRejectedWith(jasmine.objectContaining({ failure: 'network' }));
  });

  it('should fail as refused when a success carries no readable ETag', async () => {
    const sent = send();
    xhr.answer(200);

    await expectAsync(sent).toBeRejectedWith(jasmine.any(PartError));
    await expectAsync(sent).toBeRejectedWith(jasmine.objectContaining({ failure: 'refused' }));
  });

  it('should abort the request and fail as aborted when the signal fires', async () => {
    const controller = new AbortController();
    const sent = send(controller.signal);

    controller.abort();

    await expectAsync(sent).toBeRejectedWith(jasmine.objectContaining({ failure: 'aborted' }));
    expect(xhr.aborted).toBeTrue();
  });
});
