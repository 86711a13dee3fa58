import { TestBed } from '@angular/core/testing';
import { AmplifyAuth } from '../auth/amplify-auth';
import { AuthService } from '../auth/auth.service';
import { FakeAmplifyAuth } from '../auth/testing/fake-amplify-auth';
import { DataClientService } from './data-client';

describe('DataClientService', () => {
  let amplify: FakeAmplifyAuth;

  beforeEach(() => {
    amplify = new FakeAmplifyAuth();
    TestBed.configureTestingModule({ providers: [{ provide: AmplifyAuth, useValue: amplify }] });
  });

  it('should use the API key when the visitor is a guest', async () => {
    amplify.givenSession(null);
    await TestBed.inject(AuthService).refresh();

    expect(TestBed.inject(DataClientService).authMode()).toBe('apiKey');
  });

  it('should use the user pool when the user is signed in', async () => {
    amplify.givenSession({ sub: 'user-1', email: 'student@example.com' });
    await TestBed.inject(AuthService).refresh();

    expect(TestBed.inject(DataClientService).authMode()).toBe('userPool');
  });

  it('should create the client once and reuse it when asked again', () => {
    const data = TestBed.inject(DataClientService);

    // Compared with === because the client is a proxy that throws on inspection until Amplify is configured.
    expect(data.client === data.client).toBeTrue();
  });
});
