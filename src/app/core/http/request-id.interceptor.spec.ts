import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { REQUEST_ID_HEADER, requestIdInterceptor } from './request-id.interceptor';

describe('requestIdInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([requestIdInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should add a unique request id when the request goes to the app origin', () => {
    http.get('/amplify_outputs.json').subscribe();
    http.get('/amplify_outputs.json').subscribe();

    const [first, second] = backend.match('/amplify_outputs.json');

    expect(first.request.headers.get(REQUEST_ID_HEADER)).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.request.headers.get(REQUEST_ID_HEADER)).not.toBe(first.request.headers.get(REQUEST_ID_HEADER));
    first.flush({});
    second.flush({});
  });

  it('should not add a header when the request goes to another origin', () => {
    const presigned = 'https://media.example.com/materials/sheet.pdf?X-Amz-Signature=abc';
    http.get(presigned, { responseType: 'blob' }).subscribe();

    const req = backend.expectOne(presigned);

    expect(req.request.headers.has(REQUEST_ID_HEADER)).toBeFalse();
    req.flush(new Blob());
  });
});
