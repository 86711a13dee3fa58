import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { of } from 'rxjs';
import { DataClientService } from '../../../core/data/data-client';
import { type FakeAdminData, fakeAdminData, page } from '../testing/fake-admin-data.spec';
import OrdersPage, { REFUND_RECHECK_DELAYS_MS, REFUND_REQUESTED_MESSAGE } from './orders.page';
import { RefundOrderDialog } from './refund-order-dialog.component';
import { orderFixture } from './testing/order-fixture.spec';

describe('OrdersPage', () => {
  let fake: FakeAdminData;
  let harness: RouterTestingHarness;
  let dialogAnswer: boolean | undefined;
  let dialog: jasmine.SpyObj<MatDialog>;

  const paid = orderFixture({ id: 'cs_paid', paidAt: '2026-11-20T10:00:00Z', description: 'Blues Lead Guitar', userId: 'user-a' });
  const refunded = orderFixture({
    id: 'cs_refunded',
    status: 'REFUNDED',
    paidAt: '2026-11-10T10:00:00Z',
    description: 'Piano Basics',
    receiptUrl: null,
    amountCents: 3920,
    discountCents: 980,
    promotionCode: 'LEARN20',
  });
  const membership = orderFixture({
    id: 'cs_member',
    product: 'MEMBERSHIP',
    courseId: null,
    paidAt: '2026-11-25T10:00:00Z',
    description: 'Play-Along membership',
    amountCents: 1500,
  });

  async function open(): Promise<HTMLElement> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin/orders', OrdersPage);
    await settle();
    return harness.routeNativeElement!;
  }

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  const ids = (element: HTMLElement) => [...element.querySelectorAll('tbody .order-id')].map((cell) => cell.textContent?.trim());
  const refundButton = (element: HTMLElement, id: string) =>
    element.querySelector<HTMLButtonElement>(`button[aria-label="Refund order ${id}"]`);

  async function type(element: HTMLElement, text: string): Promise<void> {
    const input = element.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await settle();
  }

  beforeEach(() => {
    fake = fakeAdminData();
    fake.models['Order']['list'].and.returnValues(
      Promise.resolve(page([refunded, paid], 'next')),
      Promise.resolve(page([membership])),
    );
    dialogAnswer = true;
    dialog = jasmine.createSpyObj<MatDialog>('MatDialog', ['open']);
    dialog.open.and.callFake(() => ({ afterClosed: () => of(dialogAnswer) }) as never);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'admin/orders', component: OrdersPage }]),
        { provide: DataClientService, useValue: fake.service },
        { provide: MatDialog, useValue: dialog },
        { provide: REFUND_RECHECK_DELAYS_MS, useValue: [0, 0, 0] },
      ],
    });
  });

  it('should list the orders of every page newest first', async () => {
    const element = await open();
    expect(ids(element)).toEqual(['cs_member', 'cs_paid', 'cs_refunded']);
  });

  it('should show what, who, how much with the promotion code, the status and the receipt', async () => {
    const element = await open();
    const row = [...element.querySelectorAll('tbody tr')][2]!;
    expect([
      row.querySelector('.what')?.textContent,
      row.querySelector('.user')?.textContent,
      row.querySelector('.amount')?.textContent,
      row.querySelector('.status')?.textContent,
    ]).toEqual(['Piano Basics', 'user-1', '$39.20 (−$9.80 with LEARN20)', 'Refunded']);
  });

  it('should link the receipt when the order has one', async () => {
    const element = await open();
    expect(element.querySelector('a[aria-label="Receipt for order cs_paid"]')?.getAttribute('href')).toBe(
      'https://pay.example/receipts/1',
    );
  });

  it('should offer a refund only for paid orders', async () => {
    const element = await open();
    expect([refundButton(element, 'cs_paid') !== null, refundButton(element, 'cs_refunded')]).toEqual([true, null]);
  });

  it('should keep only the chosen status when filtered by status', async () => {
    const element = await open();
    const select = await TestbedHarnessEnvironment.loader(harness.fixture).getHarness(MatSelectHarness);
    await select.open();
    await select.clickOptions({ text: 'Refunded' });
    await settle();
    expect(ids(element)).toEqual(['cs_refunded']);
  });

  it('should find an order by course title, order id or user id when searched', async () => {
    const element = await open();
    const found: (string | undefined)[][] = [];
    for (const text of ['piano', 'cs_member', 'user-a']) {
      await type(element, text);
      found.push(ids(element));
    }
    expect(found).toEqual([['cs_refunded'], ['cs_member'], ['cs_paid']]);
  });

  it('should say nothing matches and offer to clear the filters when the search finds nothing', async () => {
    const element = await open();
    await type(element, 'nothing like this');
    const clear = [...element.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Clear filters');
    expect([element.querySelector('.message h2')?.textContent, clear !== undefined]).toEqual(['No matching orders', true]);
  });

  it('should say there are no orders yet when there are none', async () => {
    fake.models['Order']['list'].and.resolveTo(page([]));
    const element = await open();
    expect(element.querySelector('.message h2')?.textContent).toBe('No orders yet');
  });

  it('should show the error with a working Retry when loading fails', async () => {
    fake.models['Order']['list'].and.rejectWith(new TypeError('Failed to fetch'));
    const element = await open();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Cannot reach the server');

    fake.models['Order']['list'].and.resolveTo(page([paid]));
    element.querySelector<HTMLButtonElement>('[role="alert"] button')?.click();
    await settle();
    expect(ids(element)).toEqual(['cs_paid']);
  });

  describe('refunding', () => {
    it('should open the refund dialog for the order when Refund is clicked', async () => {
      fake.models['Order']['get'].and.resolveTo({ data: { ...paid, status: 'REFUNDED' } });
      const element = await open();
      refundButton(element, 'cs_paid')!.click();
      await settle();
      expect(dialog.open).toHaveBeenCalledWith(RefundOrderDialog, { data: { order: paid } });
    });

    it('should re-read the order until it shows REFUNDED when the refund was requested', async () => {
      fake.models['Order']['get'].and.returnValues(
        Promise.resolve({ data: paid }),
        Promise.resolve({ data: { ...paid, status: 'REFUNDED' } }),
      );
      const element = await open();
      refundButton(element, 'cs_paid')!.click();
      await settle();
      const row = [...element.querySelectorAll('tbody tr')].find((tr) => tr.textContent?.includes('cs_paid'))!;
      expect([fake.models['Order']['get'].calls.count(), row.querySelector('.status')?.textContent, refundButton(element, 'cs_paid')]).toEqual([
        2,
        'Refunded',
        null,
      ]);
    });

    it('should announce that the refund was requested while Stripe has not confirmed it', async () => {
      fake.models['Order']['get'].and.returnValue(new Promise(() => undefined));
      const element = await open();
      refundButton(element, 'cs_paid')!.click();
      await new Promise((resolve) => setTimeout(resolve));
      harness.detectChanges();
      expect(element.querySelector('[role="status"]')?.textContent?.trim()).toBe(REFUND_REQUESTED_MESSAGE);
    });

    it('should stop re-reading and say so when Stripe has not confirmed after the last try', async () => {
      fake.models['Order']['get'].and.resolveTo({ data: paid });
      const element = await open();
      refundButton(element, 'cs_paid')!.click();
      await settle();
      expect([fake.models['Order']['get'].calls.count(), element.querySelector('[role="status"]')?.textContent]).toEqual([
        3,
        jasmine.stringContaining('Stripe has not confirmed the refund of order cs_paid yet'),
      ]);
    });

    it('should change nothing when the dialog is cancelled', async () => {
      dialogAnswer = undefined;
      const element = await open();
      refundButton(element, 'cs_paid')!.click();
      await settle();
      expect([fake.models['Order']['get'].calls.count(), element.querySelector('[role="status"]')?.textContent?.trim()]).toEqual([0, '']);
    });
  });
});
