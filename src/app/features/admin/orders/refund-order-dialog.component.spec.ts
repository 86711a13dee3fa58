import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { DataClientService } from '../../../core/data/data-client';
import { type FakeAdminData, fakeAdminData } from '../testing/fake-admin-data.spec';
import { RefundOrderDialog } from './refund-order-dialog.component';
import { orderFixture } from './testing/order-fixture.spec';

describe('RefundOrderDialog', () => {
  let close: jasmine.Spy;
  let fake: FakeAdminData;

  function setUp(order = orderFixture()): void {
    close = jasmine.createSpy('close');
    fake = fakeAdminData();
    TestBed.configureTestingModule({
      providers: [
        { provide: MAT_DIALOG_DATA, useValue: { order } },
        { provide: MatDialogRef, useValue: { close } },
        { provide: DataClientService, useValue: fake.service },
      ],
    });
  }

  async function render(): Promise<{ element: HTMLElement; submit(reason: string): Promise<void> }> {
    const fixture = TestBed.createComponent(RefundOrderDialog);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return {
      element,
      async submit(reason: string) {
        const textarea = element.querySelector('textarea')!;
        textarea.value = reason;
        textarea.dispatchEvent(new Event('input'));
        element.querySelector('form')!.dispatchEvent(new Event('submit'));
        await fixture.whenStable();
      },
    };
  }

  it('should ask the backend to refund the order with the trimmed reason when confirmed', async () => {
    setUp();
    fake.mutations['adminRefundOrder'].and.resolveTo({ data: orderFixture() });
    const dialog = await render();
    await dialog.submit('  Bought by mistake ');
    expect(fake.mutations['adminRefundOrder']).toHaveBeenCalledOnceWith({ orderId: 'cs_1', reason: 'Bought by mistake' });
  });

  it('should close with true when the refund was requested', async () => {
    setUp();
    fake.mutations['adminRefundOrder'].and.resolveTo({ data: orderFixture() });
    const dialog = await render();
    await dialog.submit('Bought by mistake');
    expect(close).toHaveBeenCalledOnceWith(true);
  });

  it('should stay open and ask for a reason when it is blank', async () => {
    setUp();
    const dialog = await render();
    await dialog.submit('   ');
    expect([fake.mutations['adminRefundOrder'].calls.count(), dialog.element.querySelector('mat-error')?.textContent]).toEqual([
      0,
      'Enter a reason.',
    ]);
  });

  it('should show the backend refusal and stay open when the refund is refused', async () => {
    setUp();
    fake.mutations['adminRefundOrder'].and.resolveTo({
      data: null,
      errors: [{ message: 'Conflict: only a paid order can be refunded', errorType: 'Lambda:Unhandled' }],
    });
    const dialog = await render();
    await dialog.submit('Bought by mistake');
    expect([dialog.element.querySelector('[role="alert"]')?.textContent?.trim(), close.calls.count()]).toEqual([
      'Only a paid order can be refunded.',
      0,
    ]);
  });

  it('should say the student loses access when the order bought a course', async () => {
    setUp();
    const { element } = await render();
    expect(element.querySelector('.consequence')?.textContent).toContain('loses access to the course');
  });

  it('should say the membership stays when the order is a membership payment', async () => {
    setUp(orderFixture({ product: 'MEMBERSHIP', courseId: null, description: 'Play-Along membership' }));
    const { element } = await render();
    expect(element.querySelector('.consequence')?.textContent).toContain('The membership is not cancelled');
  });

  it('should name the amount in its title', async () => {
    setUp();
    const { element } = await render();
    expect(element.querySelector('h2')?.textContent).toBe('Refund $49.00?');
  });
});
