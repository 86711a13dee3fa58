import { HttpClient, HttpContext, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { ErrorNotifier } from '../errors/error-notifier.service';
import { AppError } from './app-error';
import { errorInterceptor } from './error.interceptor';
import { SILENT_ERRORS } from './http-context-tokens';

describe('errorInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let notifier: jasmine.SpyObj<ErrorNotifier>;

  beforeEach(() => {
    notifier = jasmine.createSpyObj<ErrorNotifier>('ErrorNotifier', ['notify', 'notifyWithAction']);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([errorInterceptor])),
        provideHttpClientTesting(),
        { provide: ErrorNotifier, useValue: notifier },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  async function failWith(status: number, context?: HttpContext): Promise<unknown> {
    const result = firstValueFrom(http.get('/api/thing', { context })).then(
      () => fail('expected the request to fail'),
      (error: unknown) => error,
    );
    const req = backend.expectOne('/api/thing');
    if (status === 0) {
      req.error(new ProgressEvent('error'));
    } else {
      req.flush('boom', { status, statusText: 'Error' });
    }
    return result;
  }

  it('should reject with a server AppError and show its message when the server answers 500', async () => {
    const error = await failWith(500);

    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).kind).toBe('server');
    expect((error as AppError).status).toBe(500);
    expect(notifier.notify).toHaveBeenCalledOnceWith((error as AppError).message);
  });

  it('should reject with a network AppError when the request never reaches the server', async () => {
    const error = (await failWith(0)) as AppError;

    expect(error.kind).toBe('network');
    expect(error.message).toContain('Cannot reach the server');
  });

  it('should map 401, 403 and 404 to their own kinds when the server refuses', async () => {
    const kinds = [];
    for (const status of [401, 403, 404, 422]) {
      kinds.push(((await failWith(status)) as AppError).kind);
    }

    expect(kinds).toEqual(['unauthorized', 'forbidden', 'not-found', 'client']);
  });

  it('should not show a snack-bar when the request is marked SILENT_ERRORS', async () => {
    const error = await failWith(404, new HttpContext().set(SILENT_ERRORS, true));

    expect(error).toBeInstanceOf(AppError);
    expect(notifier.notify).not.toHaveBeenCalled();
  });

  it('should pass successful responses through untouched when the request succeeds', async () => {
    const result = firstValueFrom(http.get<{ ok: boolean }>('/api/thing'));
    backend.expectOne('/api/thing').flush({ ok: true });

    expect(await result).toEqual({ ok: true });
    expect(notifier.notify).not.toHaveBeenCalled();
  });
});
