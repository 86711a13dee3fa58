import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthService } from '../../core/auth/auth.service';
import { DataClientService } from '../../core/data/data-client';
import { FakeAuth } from '../../shared/testing/student-fakes.spec';
import VerifyCertificatePage from './verify-certificate.page';

const valid = { code: 'ABCD-2345-WXYZ', name: 'Ada Lovelace', courseTitle: 'Blues Lead Guitar', issuedAt: '2026-12-03T10:00:00.000Z' };

function setUp(answer: (args: { code: string }) => Promise<unknown>) {
  const verifyCertificate = jasmine.createSpy('verifyCertificate').and.callFake(answer);
  const auth = new FakeAuth();
  TestBed.configureTestingModule({
    providers: [
      provideRouter([
        { path: 'certificates/verify', component: VerifyCertificatePage },
        { path: 'certificates/verify/:code', component: VerifyCertificatePage },
      ]),
      { provide: AuthService, useValue: auth.asService() },
      { provide: DataClientService, useValue: { client: { queries: { verifyCertificate } }, authMode: () => 'apiKey' } },
    ],
  });
  return { verifyCertificate };
}

async function open(url: string): Promise<{ page: HTMLElement; harness: RouterTestingHarness }> {
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  await harness.fixture.whenStable();
  harness.detectChanges();
  return { page: harness.routeNativeElement as HTMLElement, harness };
}

describe('VerifyCertificatePage', () => {
  it('should show who completed which course and when for a valid code, asked as a guest', async () => {
    const { verifyCertificate } = setUp(() => Promise.resolve({ data: valid }));

    const { page } = await open('/certificates/verify/ABCD-2345-WXYZ');

    expect(verifyCertificate).toHaveBeenCalledWith({ code: 'ABCD-2345-WXYZ' }, { authMode: 'apiKey' });
    expect(page.querySelector('#valid-heading')?.textContent).toBe('Valid certificate');
    expect(page.querySelector('.holder')?.textContent).toBe('Ada Lovelace');
    expect(page.querySelector('.course')?.textContent).toBe('Blues Lead Guitar');
    expect(page.textContent).toContain('December 3, 2026');
    expect(page.querySelector('input')?.value).toBe('ABCD-2345-WXYZ');
  });

  it('should say the certificate is not valid, in the backend’s words, for a code no certificate has', async () => {
    setUp(() => Promise.resolve({ data: null, errors: [{ message: 'NotFound: no certificate has the code ZZZZ-ZZZZ-ZZZZ' }] }));

    const { page } = await open('/certificates/verify/ZZZZ-ZZZZ-ZZZZ');

    expect(page.querySelector('#not-valid-heading')?.textContent).toBe('Not a valid certificate');
    expect(page.querySelector('.not-valid p')?.textContent).toContain('No certificate has the code ZZZZ-ZZZZ-ZZZZ.');
    expect(page.querySelector('.valid')).toBeNull();
  });

  it('should offer Retry in an alert when the backend cannot be reached, and ask again', async () => {
    let calls = 0;
    const { verifyCertificate } = setUp(() => (++calls === 1 ? Promise.reject(new Error('Network error')) : Promise.resolve({ data: valid })));
    const { page, harness } = await open('/certificates/verify/ABCD-2345-WXYZ');

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Cannot reach the server');
    (page.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    harness.detectChanges();

    expect(verifyCertificate).toHaveBeenCalledTimes(2);
    expect(page.querySelector('.holder')?.textContent).toBe('Ada Lovelace');
  });

  it('should open the code typed into the form, and ask nothing while no code is given', async () => {
    const { verifyCertificate } = setUp(() => Promise.resolve({ data: valid }));
    const { page, harness } = await open('/certificates/verify');
    expect(verifyCertificate).not.toHaveBeenCalled();

    const input = page.querySelector('input') as HTMLInputElement;
    input.value = ' abcd 2345 wxyz ';
    input.dispatchEvent(new Event('input'));
    (page.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    harness.detectChanges();

    expect(verifyCertificate).toHaveBeenCalledWith({ code: 'abcd 2345 wxyz' }, { authMode: 'apiKey' });
    // The route with a code is a page of its own.
    expect((harness.routeNativeElement as HTMLElement).querySelector('.holder')?.textContent).toBe('Ada Lovelace');
  });

  it('should ask for a code instead of checking when the field is empty', async () => {
    const { verifyCertificate } = setUp(() => Promise.resolve({ data: valid }));
    const { page, harness } = await open('/certificates/verify');

    (page.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    harness.detectChanges();

    expect(verifyCertificate).not.toHaveBeenCalled();
    expect(page.querySelector('mat-error')?.textContent).toContain('Enter the code from the certificate.');
  });
});
