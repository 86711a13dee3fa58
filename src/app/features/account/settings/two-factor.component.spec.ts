import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { AmplifyAuth } from '../../../core/auth/amplify-auth';
import { AuthService } from '../../../core/auth/auth.service';
import { FakeAmplifyAuth } from '../../../core/auth/testing/fake-amplify-auth';
import { FakeAuth } from '../../../shared/testing/student-fakes.spec';
import { AUTHENTICATOR_CODE_ERROR } from '../cognito-errors';
import { PageDriver } from '../testing/page-driver';
import { TwoFactor } from './two-factor.component';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('TwoFactor', () => {
  let amplify: FakeAmplifyAuth;
  let fixture: ComponentFixture<TwoFactor>;
  let page: PageDriver<TwoFactor>;

  beforeEach(() => {
    amplify = new FakeAmplifyAuth();
    amplify.setUpTOTP.and.resolveTo({
      sharedSecret: SECRET,
      getSetupUri: (appName: string, accountName?: string) => new URL(`otpauth://totp/${appName}:${accountName}?secret=${SECRET}&issuer=${appName}`),
    });
    amplify.verifyTOTPSetup.and.resolveTo();
    amplify.updateMFAPreference.and.resolveTo();
    TestBed.configureTestingModule({
      providers: [
        { provide: AmplifyAuth, useValue: amplify },
        { provide: AuthService, useValue: new FakeAuth().signIn().asService() },
      ],
    });
  });

  async function open(): Promise<void> {
    fixture = TestBed.createComponent(TwoFactor);
    page = new PageDriver(fixture);
    await settle();
  }

  async function settle(): Promise<void> {
    for (let round = 0; round < 3; round++) {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    }
  }

  async function click(label: string): Promise<void> {
    await page.click(label);
    await settle();
  }

  it('should offer to set up an authenticator app when two-factor sign-in is off', async () => {
    await open();
    expect(page.text()).toContain('Off.');
  });

  it('should show a QR code of the otpauth URI and the key to type in when setup starts', async () => {
    await open();

    await click('Set up authenticator app');

    const qr = page.element.querySelector<HTMLImageElement>('img.qr');
    expect(qr?.src).toMatch(/^data:image\/png;base64,/);
    expect(qr?.alt).toContain('QR code');
    expect(page.element.querySelector('.secret')?.textContent).toBe(SECRET);
  });

  it('should verify the code, prefer TOTP and say it is on when the code is right', async () => {
    await open();
    await click('Set up authenticator app');
    page.type('code', ' 123456 ');

    await click('Verify and turn on');

    expect(amplify.verifyTOTPSetup).toHaveBeenCalledOnceWith({ code: '123456' });
    expect(amplify.updateMFAPreference).toHaveBeenCalledOnceWith({ totp: 'PREFERRED' });
    expect(page.status()).toContain('Two-factor sign-in is on.');
    expect(page.element.querySelector('img.qr')).toBeNull();
  });

  it('should keep the QR code and say the code is wrong when Cognito refuses it', async () => {
    const refused = new Error('Code mismatch and fail enable Software Token MFA');
    refused.name = 'EnableSoftwareTokenMFAException';
    amplify.verifyTOTPSetup.and.rejectWith(refused);
    await open();
    await click('Set up authenticator app');
    page.type('code', '000000');

    await click('Verify and turn on');

    expect(page.alert()).toBe(AUTHENTICATOR_CODE_ERROR);
    expect(amplify.updateMFAPreference).not.toHaveBeenCalled();
    expect(page.element.querySelector('img.qr')).not.toBeNull();
  });

  it('should turn two-factor sign-in off when it is on and the user asks', async () => {
    amplify.fetchMFAPreference.and.resolveTo({ enabled: ['TOTP'], preferred: 'TOTP' });
    await open();

    await click('Turn off two-factor sign-in');

    expect(amplify.updateMFAPreference).toHaveBeenCalledOnceWith({ totp: 'DISABLED' });
    expect(page.text()).toContain('Off.');
  });

  it('should offer Retry when the preference cannot be read', async () => {
    const error = new Error('Failed to fetch');
    error.name = 'NetworkError';
    amplify.fetchMFAPreference.and.rejectWith(error);
    await open();
    expect(page.alert()).toContain("We couldn't check your two-factor sign-in.");

    amplify.fetchMFAPreference.and.resolveTo({ enabled: ['TOTP'] });
    await click('Retry');

    expect(page.text()).toContain('On: signing in asks for a code');
  });
});
