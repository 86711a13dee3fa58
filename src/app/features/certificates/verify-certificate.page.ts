import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, resource } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { AuthService } from '../../core/auth/auth.service';
import { toBackendError } from '../../core/data/backend-call';
import { DataClientService } from '../../core/data/data-client';
import { verificationPath, verifyCertificate } from './certificate-api';

/** Public: anyone checks a certificate's code (/certificates/verify/:code) and sees who completed which course, and when. */
@Component({
  selector: 'app-verify-certificate-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule],
  templateUrl: './verify-certificate.page.html',
  styleUrl: './verify-certificate.page.scss',
})
export default class VerifyCertificatePage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly data = inject(DataClientService);
  private readonly auth = inject(AuthService);

  private readonly paramMap = toSignal(this.route.paramMap, { requireSync: true });
  protected readonly code = computed(() => this.paramMap().get('code')?.trim() ?? '');
  protected readonly codeInput = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(32)] });
  protected readonly form = new FormGroup({ code: this.codeInput });

  protected readonly result = resource({
    params: () => (this.auth.ready() && this.code() ? { code: this.code(), authMode: this.data.authMode() } : undefined),
    loader: ({ params }) => verifyCertificate(this.data, params.code),
  });

  protected readonly checking = computed(() => this.result.isLoading());
  protected readonly certificate = computed(() => (this.result.hasValue() ? this.result.value() : null));
  protected readonly failure = computed(() => {
    const error = this.result.error();
    return error ? toBackendError(error) : null;
  });
  /** The answer is about this code (not found, or not a code at all), not a failure to ask. */
  protected readonly refused = computed(() => this.failure()?.kind === 'not-found' || this.failure()?.kind === 'invalid');

  constructor() {
    effect(() => this.codeInput.setValue(this.code()));
  }

  protected check(): void {
    const code = this.codeInput.value.trim();
    if (this.codeInput.invalid || !code) {
      this.codeInput.markAsTouched();
      return;
    }
    if (code === this.code()) this.result.reload();
    else void this.router.navigate(verificationPath(code));
  }

  protected retry(): void {
    this.result.reload();
  }
}
