import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Amplify } from 'aws-amplify';
import { AmplifyAuth } from '../auth/amplify-auth';
import { FakeAmplifyAuth } from '../auth/testing/fake-amplify-auth';
import { ErrorNotifier } from '../errors/error-notifier.service';
import { errorInterceptor } from '../http/error.interceptor';
import { BackendNotConfiguredError } from './backend-not-configured-error';
import { AMPLIFY_OUTPUTS_URL, configureAmplify } from './configure-amplify';

describe('configureAmplify', () => {
  let backend: HttpTestingController;
  let amplify: FakeAmplifyAuth;
  let notifier: jasmine.SpyObj<ErrorNotifier>;

  beforeEach(() => {
    amplify = new FakeAmplifyAuth();
    notifier = jasmine.createSpyObj<ErrorNotifier>('ErrorNotifier', ['notify', 'notifyWithAction']);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([errorInterceptor])),
        provideHttpClientTesting(),
        { provide: AmplifyAuth, useValue: amplify },
        { provide: ErrorNotifier, useValue: notifier },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  it('should fail with "Backend not configured" and no snack-bar when amplify_outputs.json is missing', async () => {
    const result = TestBed.runInInjectionContext(() => configureAmplify()).catch((error: unknown) => error);

    backend.expectOne(AMPLIFY_OUTPUTS_URL).flush('Not found', { status: 404, statusText: 'Not Found' });
    const error = await result;

    expect(error).toBeInstanceOf(BackendNotConfiguredError);
    expect((error as Error).message).toBe('Backend not configured — run npm start');
    expect((error as BackendNotConfiguredError).detail).toContain('HTTP 404');
    expect(notifier.notify).not.toHaveBeenCalled();
  });

  it('should explain the fallback page when a dev server answers with index.html instead of the file', async () => {
    const result = TestBed.runInInjectionContext(() => configureAmplify()).catch((error: unknown) => error);

    // HttpClient reports an unparsable 200 body as an HttpErrorResponse with status 200.
    backend.expectOne(AMPLIFY_OUTPUTS_URL).error(new ProgressEvent('error'), { status: 200, statusText: 'OK' });
    const error = await result;

    expect(error).toBeInstanceOf(BackendNotConfiguredError);
    expect((error as BackendNotConfiguredError).detail).toContain('not JSON');
  });

  it('should fail with "Backend not configured" when the file is not an outputs document', async () => {
    const result = TestBed.runInInjectionContext(() => configureAmplify()).catch((error: unknown) => error);

    backend.expectOne(AMPLIFY_OUTPUTS_URL).flush({ hello: 'world' });

    expect(await result).toBeInstanceOf(BackendNotConfiguredError);
  });

  it('should configure Amplify and read the session when the outputs load', async () => {
    const configure = spyOn(Amplify, 'configure');
    amplify.givenSession({ sub: 'user-1', email: 'student@example.com' });
    const result = TestBed.runInInjectionContext(() => configureAmplify());

    backend.expectOne(AMPLIFY_OUTPUTS_URL).flush({
      version: '1.4',
      auth: { aws_region: 'us-east-1', user_pool_id: 'us-east-1_x', user_pool_client_id: 'c' },
      custom: { local: { userPoolEndpoint: 'http://127.0.0.1:4110' } },
    });
    await result;

    const config = configure.calls.mostRecent().args[0] as { Auth?: { Cognito: { userPoolEndpoint?: string } } };
    expect(config.Auth?.Cognito.userPoolEndpoint).toBe('http://127.0.0.1:4110');
    expect(amplify.fetchTokens).toHaveBeenCalled();
  });

  it('should never sign requests with identity-pool credentials when Amplify is configured', async () => {
    const configure = spyOn(Amplify, 'configure');
    const result = TestBed.runInInjectionContext(() => configureAmplify());
    backend.expectOne(AMPLIFY_OUTPUTS_URL).flush({ version: '1.4', auth: { aws_region: 'us-east-1', user_pool_id: 'us-east-1_x', user_pool_client_id: 'c' } });
    await result;
    expect(configure.calls.mostRecent().args[1]?.API?.REST?.defaultAuthMode).toBe('none');
  });
});
