import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { of } from 'rxjs';
import { DataClientService } from '../../../core/data/data-client';
import { type FakeAdminData, fakeAdminData, settle } from '../testing/fake-admin-data.spec';
import { CourseSales } from './course-sales.component';

const report = {
  courseId: 'c1',
  currency: 'usd',
  revenueCents: 14_700,
  paidOrders: 3,
  byMonth: [
    { month: '2026-01', revenueCents: 9_800, orders: 2 },
    { month: '2026-02', revenueCents: 4_900, orders: 1 },
  ],
  students: [
    { userId: 'u1', email: 'student@example.com', source: 'PURCHASE', enrolledAt: '2026-01-05T10:00:00Z', grantReason: null },
    { userId: 'u2', email: 'friend@example.com', source: 'ADMIN_GRANT', enrolledAt: '2026-02-01T10:00:00Z', grantReason: 'Scholarship' },
  ],
};

describe('CourseSales', () => {
  let fake: FakeAdminData;
  let revokeReason: string | undefined;
  let fixture: ComponentFixture<CourseSales>;
  let element: HTMLElement;

  async function render(): Promise<void> {
    fixture = TestBed.createComponent(CourseSales);
    fixture.componentRef.setInput('courseId', 'c1');
    await settle(fixture);
    element = fixture.nativeElement as HTMLElement;
  }

  const rows = (selector: string) =>
    [...element.querySelectorAll(`${selector} tbody tr`)].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()),
    );

  async function submitGrant(email: string, reason: string): Promise<void> {
    const set = (name: string, value: string) => {
      const input = element.querySelector<HTMLInputElement>(`input[formControlName="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    set('email', email);
    set('reason', reason);
    element.querySelector<HTMLFormElement>('form.grant')!.dispatchEvent(new Event('submit'));
    await settle(fixture);
  }

  beforeEach(() => {
    fake = fakeAdminData();
    revokeReason = 'Refunded';
    fake.queries['adminCourseSales'].and.resolveTo({ data: report });
    TestBed.configureTestingModule({
      providers: [
        { provide: DataClientService, useValue: fake.service },
        { provide: MatDialog, useValue: { open: () => ({ afterClosed: () => of(revokeReason) }) } },
      ],
    });
  });

  it('should show the revenue total in the course currency and the paid orders', async () => {
    await render();
    expect(element.querySelector('.revenue')?.textContent?.trim()).toBe('$147.00');
    expect(element.querySelector('.orders')?.textContent?.trim()).toBe('3');
  });

  it('should show revenue by month in a table', async () => {
    await render();
    expect(rows('table.months')).toEqual([
      ['January 2026', '2', '$98.00', '100% of the best month'],
      ['February 2026', '1', '$49.00', '50% of the best month'],
    ]);
  });

  it('should list students newest first with source, date and grant reason', async () => {
    await render();
    expect(rows('table.students').map((cells) => cells.slice(0, 4))).toEqual([
      ['friend@example.com', 'Admin grant', 'Feb 1, 2026', 'Scholarship'],
      ['student@example.com', 'Purchase', 'Jan 5, 2026', '—'],
    ]);
  });

  it('should say so when nobody is enrolled', async () => {
    fake.queries['adminCourseSales'].and.resolveTo({ data: { ...report, students: [], byMonth: [], paidOrders: 0, revenueCents: 0 } });
    await render();
    expect(element.textContent).toContain('No students yet.');
    expect(element.textContent).toContain('No paid orders yet.');
  });

  it('should grant access with the trimmed email and reason, then refresh', async () => {
    fake.mutations['adminGrantAccess'].and.resolveTo({ data: report.students[1] });
    await render();
    await submitGrant(' newbie@example.com ', ' Scholarship ');
    expect(fake.mutations['adminGrantAccess']).toHaveBeenCalledWith({ courseId: 'c1', email: 'newbie@example.com', reason: 'Scholarship' });
    expect(fake.queries['adminCourseSales']).toHaveBeenCalledTimes(2);
  });

  it('should not call the server when the email is not an address', async () => {
    await render();
    await submitGrant('newbie', 'Scholarship');
    expect(fake.mutations['adminGrantAccess']).not.toHaveBeenCalled();
    expect(element.querySelector('mat-error')?.textContent).toContain('Enter an email address like name@example.com.');
  });

  it("should show the server's reason when the grant is refused", async () => {
    fake.mutations['adminGrantAccess'].and.resolveTo({
      data: null,
      errors: [{ message: 'Conflict: friend@example.com is already enrolled in this course' }],
    });
    await render();
    await submitGrant('friend@example.com', 'Scholarship');
    expect(element.querySelector('.grant + .error')?.textContent).toContain('is already enrolled in this course.');
  });

  it('should revoke with the reason given in the dialog, then refresh', async () => {
    fake.mutations['adminRevokeAccess'].and.resolveTo({ data: 'u1' });
    await render();
    element.querySelector<HTMLButtonElement>('button[aria-label="Revoke access for student@example.com"]')!.click();
    await settle(fixture);
    expect(fake.mutations['adminRevokeAccess']).toHaveBeenCalledWith({ courseId: 'c1', userId: 'u1', reason: 'Refunded' });
    expect(fake.queries['adminCourseSales']).toHaveBeenCalledTimes(2);
  });

  it('should not revoke when the dialog is cancelled', async () => {
    revokeReason = undefined;
    await render();
    element.querySelector<HTMLButtonElement>('button[aria-label="Revoke access for student@example.com"]')!.click();
    await settle(fixture);
    expect(fake.mutations['adminRevokeAccess']).not.toHaveBeenCalled();
  });
});
