import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthService } from '../../../../core/auth/auth.service';
import { DataClientService } from '../../../../core/data/data-client';
import { FakeAuth, courseFixture } from '../../../../shared/testing/student-fakes.spec';
import { FakeBillingData, invoiceFixture, orderFixture, settle } from '../testing/fake-billing-data.spec';
import OrdersPage from './orders.page';

describe('OrdersPage', () => {
  let fake: FakeBillingData;
  let fixture: ComponentFixture<OrdersPage>;
  let page: HTMLElement;

  beforeEach(() => {
    fake = new FakeBillingData();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: AuthService, useValue: new FakeAuth().signIn().asService() },
        { provide: DataClientService, useValue: fake.asService() },
      ],
    });
  });

  async function render(): Promise<void> {
    fixture = TestBed.createComponent(OrdersPage);
    await settle(fixture);
    await settle(fixture);
    page = fixture.nativeElement as HTMLElement;
  }

  const rows = (table: string) =>
    [...page.querySelectorAll(`table.${table} tbody tr`)].map((row) =>
      [...row.querySelectorAll('th, td')].slice(0, 4).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );
  const link = (name: string) => [...page.querySelectorAll('a')].find((anchor) => anchor.textContent?.trim().startsWith(name));

  describe('orders', () => {
    it('should list paid, refunded and disputed orders newest first with what, date, amount and status', async () => {
      fake.givenOrders([
        orderFixture({ id: 'cs_1', description: 'Blues Lead Guitar', paidAt: '2026-10-05T12:00:00.000Z' }),
        orderFixture({ id: 'cs_2', description: 'Jazz Piano', status: 'REFUNDED', paidAt: '2026-11-05T12:00:00.000Z' }),
        orderFixture({ id: 'cs_3', description: 'Rock Drums', status: 'DISPUTED', paidAt: '2026-09-05T12:00:00.000Z' }),
      ]);
      await render();
      expect(rows('orders')).toEqual([
        ['Jazz Piano', 'Nov 5, 2026', '$49.00', 'Refunded'],
        ['Blues Lead Guitar', 'Oct 5, 2026', '$49.00', 'Paid'],
        ['Rock Drums', 'Sep 5, 2026', '$49.00', 'Disputed'],
      ]);
    });

    it('should leave out checkouts that were never completed', async () => {
      fake.givenOrders([
        orderFixture({ id: 'cs_1' }),
        orderFixture({ id: 'cs_2', status: 'PENDING', paidAt: null }),
        orderFixture({ id: 'cs_3', status: 'EXPIRED', paidAt: null }),
      ]);
      await render();
      expect(rows('orders').length).toBe(1);
    });

    it('should show the discount and its promotion code next to the amount charged', async () => {
      fake.givenOrders([orderFixture({ id: 'cs_1', amountCents: 3920, discountCents: 980, promotionCode: 'LEARN20' })]);
      await render();
      expect(rows('orders')[0][2]).toBe('$39.20 (−$9.80 with LEARN20)');
    });

    it('should link each receipt in a new tab without giving it the opener', async () => {
      fake.givenOrders([orderFixture({ id: 'cs_1' })]);
      await render();
      const receipt = link('Receipt');
      expect([receipt?.getAttribute('href'), receipt?.target, receipt?.rel]).toEqual(['https://pay.test/receipts/cs_1', '_blank', 'noopener']);
    });

    it('should read every page of the orders', async () => {
      fake.models.Order.ordersByUser.and.returnValues(
        Promise.resolve({ data: [orderFixture({ id: 'cs_1' })], nextToken: 'next' }),
        Promise.resolve({ data: [orderFixture({ id: 'cs_2' })], nextToken: null }),
      );
      await render();
      expect([fake.models.Order.ordersByUser.calls.argsFor(1), rows('orders').length]).toEqual([[{ userId: 'user-1' }, { nextToken: 'next' }], 2]);
    });

    it('should name a course order without a description by the course title', async () => {
      fake.queries.listCatalog.and.resolveTo({ data: [courseFixture({ id: 'c9', title: 'Slide Guitar' })] });
      fake.givenOrders([orderFixture({ id: 'cs_1', courseId: 'c9', description: null })]);
      await render();
      expect(rows('orders')[0][0]).toBe('Slide Guitar');
    });

    it('should offer the catalog when there are no orders', async () => {
      await render();
      expect([page.textContent?.includes('No orders yet'), link('Browse courses')?.getAttribute('href')]).toEqual([true, '/']);
    });

    it('should offer a retry that reloads when the orders cannot be loaded', async () => {
      fake.models.Order.ordersByUser.and.rejectWith(new Error('offline'));
      await render();
      fake.givenOrders([orderFixture({ id: 'cs_1' })]);
      [...page.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Retry')?.click();
      await settle(fixture);
      await settle(fixture);
      expect(rows('orders').length).toBe(1);
    });
  });

  describe('membership invoices', () => {
    it('should list the invoices with number, period, amount and status', async () => {
      fake.queries.listMyInvoices.and.resolveTo({ data: [invoiceFixture({ id: 'in_1' })] });
      await render();
      expect(rows('invoices')).toEqual([['PA-0001', 'Nov 2, 2026 – Dec 2, 2026', '$15.00', 'Paid']]);
    });

    it('should link the hosted invoice page in a new tab', async () => {
      fake.queries.listMyInvoices.and.resolveTo({ data: [invoiceFixture({ id: 'in_1' })] });
      await render();
      const invoice = link('View invoice');
      expect([invoice?.getAttribute('href'), invoice?.target, invoice?.rel]).toEqual(['https://pay.test/invoices/in_1', '_blank', 'noopener']);
    });

    it('should say there are none when the user has no membership invoices', async () => {
      await render();
      expect(page.textContent).toContain('No membership invoices.');
    });

    it('should show the invoices error on its own when only the invoices fail', async () => {
      fake.queries.listMyInvoices.and.rejectWith(new Error('offline'));
      fake.givenOrders([orderFixture({ id: 'cs_1' })]);
      await render();
      expect([page.querySelector('[role="alert"]')?.textContent, rows('orders').length]).toEqual([
        jasmine.stringContaining("We couldn't load your membership invoices."),
        1,
      ]);
    });
  });
});
