import { startFakeHttp, type FakeHttp, type FakeResponse, type RecordedRequest } from './fake-http';

let server: Promise<FakeHttp> | undefined;
let responder: (request: RecordedRequest) => FakeResponse = () => ({ status: 404 });

/**
 * One loopback S3 double per test process. The handlers' module-scope S3 client resolves
 * AWS_ENDPOINT_URL_S3 once, so every suite shares this endpoint and swaps only the responder.
 */
export function useFakeS3(respond: (request: RecordedRequest) => FakeResponse): { requests(): RecordedRequest[] } {
  let fake: FakeHttp | undefined;
  let previousEndpoint: string | undefined;
  beforeAll(async () => {
    previousEndpoint = process.env['AWS_ENDPOINT_URL_S3'];
    server ??= startFakeHttp((request) => responder(request));
    fake = await server;
  });
  afterAll(() => {
    if (previousEndpoint === undefined) delete process.env['AWS_ENDPOINT_URL_S3'];
    else process.env['AWS_ENDPOINT_URL_S3'] = previousEndpoint;
  });
  beforeEach(() => {
    if (!fake) throw new Error('useFakeS3: server not started');
    process.env['AWS_ENDPOINT_URL_S3'] = fake.url;
    responder = respond;
    fake.requests.length = 0;
  });
  return { requests: () => fake?.requests ?? [] };
}
