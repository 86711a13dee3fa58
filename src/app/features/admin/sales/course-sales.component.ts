import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, input, resource, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { firstValueFrom } from 'rxjs';
import { backendCall, toBackendError } from '../../../core/data/backend-call';
import { DataClientService } from '../../../core/data/data-client';
import { createGrantForm, fieldError } from './grant-form';
import { RevokeAccessDialog, type RevokeAccessData } from './revoke-access-dialog.component';
import { type CourseStudent, SOURCE_LABELS, formatRevenue, monthRows, sortStudents } from './sales-view';

/** The studio's Students & sales tab: revenue from paid orders, the enrolled students, grant and revoke access. */
@Component({
  selector: 'app-course-sales',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, DatePipe, MatButton, MatFormField, MatLabel, MatError, MatInput, MatProgressBar],
  templateUrl: './course-sales.component.html',
  styleUrl: './course-sales.component.scss',
})
export class CourseSales {
  private readonly data = inject(DataClientService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly locale = inject(LOCALE_ID);

  readonly courseId = input.required<string>();

  protected readonly sources = SOURCE_LABELS;
  protected readonly revokeLabel = (student: string) => $localize`:@@admin.students.revokeLabel:Revoke access for ${student}:student:`;

  protected readonly sales = resource({
    params: () => ({ courseId: this.courseId() }),
    loader: ({ params }) => backendCall(this.data.client.queries.adminCourseSales({ courseId: params.courseId })),
  });

  protected readonly report = computed(() => (this.sales.hasValue() ? this.sales.value() : null));
  protected readonly revenue = computed(() => {
    const report = this.report();
    return report ? formatRevenue(report.revenueCents, report.currency, this.locale) : '';
  });
  protected readonly months = computed(() => {
    const report = this.report();
    return report ? monthRows(report.byMonth, report.currency, this.locale) : [];
  });
  protected readonly students = computed(() => sortStudents(this.report()?.students ?? []));
  protected readonly loadError = computed(() => {
    const error = this.sales.error();
    return error ? toBackendError(error).message : null;
  });

  protected readonly grantForm = createGrantForm();
  protected readonly granting = signal(false);
  protected readonly grantError = signal<string | null>(null);
  protected readonly revokingId = signal<string | null>(null);
  protected readonly revokeError = signal<string | null>(null);

  protected error(field: 'email' | 'reason'): string {
    return fieldError(this.grantForm.controls[field], field) ?? '';
  }

  protected reload(): void {
    this.sales.reload();
  }

  protected async grant(): Promise<void> {
    this.grantForm.markAllAsTouched();
    if (this.grantForm.invalid || this.granting()) return;
    const email = this.grantForm.controls.email.value.trim();
    const reason = this.grantForm.controls.reason.value.trim();
    this.granting.set(true);
    this.grantError.set(null);
    try {
      await backendCall(this.data.client.mutations.adminGrantAccess({ courseId: this.courseId(), email, reason }));
      this.grantForm.reset();
      this.snackBar.open($localize`:@@admin.sales.granted:Access granted to ${email}:email:`, $localize`:@@admin.snackbar.ok:OK`, { duration: 5000 });
      this.sales.reload();
    } catch (error) {
      this.grantError.set(toBackendError(error).message);
    } finally {
      this.granting.set(false);
    }
  }

  protected async revoke(student: CourseStudent): Promise<void> {
    const name = student.email ?? student.userId;
    const reason = await firstValueFrom(
      this.dialog.open<RevokeAccessDialog, RevokeAccessData, string>(RevokeAccessDialog, { data: { student: name } }).afterClosed(),
    );
    if (!reason) return;
    this.revokingId.set(student.userId);
    this.revokeError.set(null);
    try {
      await backendCall(this.data.client.mutations.adminRevokeAccess({ courseId: this.courseId(), userId: student.userId, reason }));
      this.snackBar.open($localize`:@@admin.sales.revoked:Access revoked for ${name}:name:`, $localize`:@@admin.snackbar.ok:OK`, { duration: 5000 });
      this.sales.reload();
    } catch (error) {
      this.revokeError.set($localize`:@@admin.sales.error.revoke:Access for ${name}:name: was not revoked: ${toBackendError(error).message}:reason:`);
    } finally {
      this.revokingId.set(null);
    }
  }
}
