import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { toBackendError } from '../../core/data/backend-call';
import { DataClientService } from '../../core/data/data-client';
import { issueCertificate, verificationPath, type IssuedCertificate } from './certificate-api';
import { PdfDownload } from './pdf-download';

/** "Get certificate" for a completed course: asks the backend for the certificate and downloads its PDF. */
@Component({
  selector: 'app-certificate-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink],
  templateUrl: './certificate-button.component.html',
  styleUrl: './certificate-button.component.scss',
})
export class CertificateButtonComponent {
  private readonly data = inject(DataClientService);
  private readonly download = inject(PdfDownload);

  readonly courseId = input.required<string>();

  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly issued = signal<IssuedCertificate | null>(null);
  protected readonly verificationPath = verificationPath;

  protected async getCertificate(): Promise<void> {
    this.pending.set(true);
    this.error.set(null);
    try {
      const certificate = await issueCertificate(this.data, this.courseId());
      this.download.save(certificate.fileName, certificate.pdfBase64);
      this.issued.set(certificate);
    } catch (thrown) {
      this.error.set(toBackendError(thrown).message);
    } finally {
      this.pending.set(false);
    }
  }
}
