import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { RETRY_POLICY, retryInterceptor } from './retry.interceptor';

describe('retryInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([retryInterceptor])),
        provideHttpClientTesting(),
        // No delay, so the retries are issued synchronously and the test needs no clock.
        { provide: RETRY_POLICY, useValue: { retries: 2, baseDelayMs: 0 } },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should retry a GET and succeed when the server recovers after a 503', async () => {
    const result = firstValueFrom(http.get<{ ok: boolean }>('/amplify_outputs.json'));

    backend.expectOne('/amplify_outputs.json').flush('busy', { status: 503, statusText: 'Unavailable' });
    backend.expectOne('/amplify_outputs.json').flush({ ok: true });

    expect(await result).toEqual({ ok: true });
  });

  it('should give up after the configured retries when every GET attempt fails with 5xx', async () => {
    const result = firstValueFrom(http.get('/data')).catch((error: { status: number }) => error.status);

    for (let attempt = 0; attempt < 3; attempt++) {
      backend.expectOne('/data').flush('down', { status: 502, statusText: 'Bad Gateway' });
    }

    expect(await result).toBe(502);
  });

  it('should retry a GET when the network fails', async () => {
    const result = firstValueFrom(http.get<{ ok: boolean }>('/data'));

    backend.expectOne('/data').error(new ProgressEvent('error'));
    backend.expectOne('/data').flush({ ok: true });

    expect(await result).toEqual({ ok: true });
  });

  it('should not retry a GET when the server answers 4xx', async () => {
    const result = firstValueFrom(http.get('/data')).catch((error: { status: number }) => error.status);

    backend.expectOne('/data').flush('missing', { status: 404, statusText: 'Not Found' });

    expect(await result).toBe(404);
    backend.expectNone('/data');
  });

  it('should not retry a POST when the server answers 5xx', async () => {
    const result = firstValueFrom(http.post('/data', {})).catch((error: { status: number }) => error.status);

    backend.expectOne('/data').flush('down', { status: 500, statusText: 'Server Error' });

    expect(await result).toBe(500);
    backend.expectNone('/data');
  });
});
