import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { DataClientService } from '../../core/data/data-client';
import { CertificateButtonComponent } from './certificate-button.component';
import { PdfDownload } from './pdf-download';

@Component({ imports: [CertificateButtonComponent], template: '<app-certificate-button courseId="c1" />' })
class Host {}

const issued = {
  code: 'ABCD-2345-WXYZ', courseId: 'c1', name: 'Ada', courseTitle: 'Blues', issuedAt: '2026-12-03T10:00:00.000Z',
  verificationUrl: 'http://localhost:4200/certificates/verify/ABCD-2345-WXYZ', fileName: 'certificate-c1.pdf', pdfBase64: 'JVBERi0=',
};

function setUp(answer: Promise<unknown>) {
  const issueCertificate = jasmine.createSpy('issueCertificate').and.returnValue(answer);
  const download = jasmine.createSpyObj<PdfDownload>('PdfDownload', ['save']);
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: DataClientService, useValue: { client: { mutations: { issueCertificate } } } },
      { provide: PdfDownload, useValue: download },
    ],
  });
  const fixture = TestBed.createComponent(Host);
  fixture.detectChanges();
  const element = fixture.nativeElement as HTMLElement;
  const button = () => element.querySelector('button') as HTMLButtonElement;
  return { fixture, element, button, issueCertificate, download };
}

describe('CertificateButtonComponent', () => {
  it('should ask the backend for the course’s certificate and download its PDF when clicked', async () => {
    const { fixture, element, button, issueCertificate, download } = setUp(Promise.resolve({ data: issued }));

    button().click();
    await fixture.whenStable();
    fixture.detectChanges();

    expect(issueCertificate).toHaveBeenCalledWith({ courseId: 'c1' });
    expect(download.save).toHaveBeenCalledWith('certificate-c1.pdf', 'JVBERi0=');
    expect(element.querySelector('.code')?.textContent).toBe('ABCD-2345-WXYZ');
    expect(element.querySelector('.issued a')?.getAttribute('href')).toBe('/certificates/verify/ABCD-2345-WXYZ');
  });

  it('should disable the button and say it is preparing while the backend works', () => {
    const { fixture, button } = setUp(new Promise(() => undefined));

    button().click();
    fixture.detectChanges();

    expect(button().disabled).toBeTrue();
    expect(button().textContent?.trim()).toBe('Preparing your certificate…');
  });

  it('should show the backend’s refusal in an alert and download nothing', async () => {
    const refusal = { data: null, errors: [{ message: 'Conflict: complete every lesson first: 1 of 3 lessons still to complete' }] };
    const { fixture, element, button, download } = setUp(Promise.resolve(refusal));

    button().click();
    await fixture.whenStable();
    fixture.detectChanges();

    expect(element.querySelector('[role="alert"]')?.textContent?.trim()).toBe('Complete every lesson first: 1 of 3 lessons still to complete.');
    expect(download.save).not.toHaveBeenCalled();
    expect(button().disabled).toBeFalse();
  });
});
