import { TestBed } from '@angular/core/testing';
import { AmplifyAuth } from '../auth/amplify-auth';
import { AuthService } from '../auth/auth.service';
import { FakeAmplifyAuth } from '../auth/testing/fake-amplify-auth';
import { NavLinks } from './nav-links';

describe('NavLinks', () => {
  let amplify: FakeAmplifyAuth;

  beforeEach(() => {
    amplify = new FakeAmplifyAuth();
    TestBed.configureTestingModule({ providers: [{ provide: AmplifyAuth, useValue: amplify }] });
  });

  async function labelsFor(claims: Parameters<FakeAmplifyAuth['givenSession']>[0]): Promise<string[]> {
    amplify.givenSession(claims);
    await TestBed.inject(AuthService).refresh();
    return TestBed.inject(NavLinks)
      .links()
      .map((link) => link.label);
  }

  it('should show only the catalog when the visitor is a guest', async () => {
    expect(await labelsFor(null)).toEqual(['Catalog']);
  });

  it('should add My learning when the user is signed in', async () => {
    expect(await labelsFor({ sub: 'u', email: 'student@example.com' })).toEqual(['Catalog', 'My learning']);
  });

  it('should add Admin when the user is in ADMINS', async () => {
    expect(await labelsFor({ sub: 'a', email: 'admin@example.com', groups: ['ADMINS'] })).toEqual([
      'Catalog',
      'My learning',
      'Admin',
    ]);
  });
});
