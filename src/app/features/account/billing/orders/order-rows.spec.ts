import { MEMBERSHIP_DESCRIPTION } from '../../../../shared/order-display';
import { orderFixture } from '../testing/fake-billing-data.spec';
import { invoiceStatus, orderRows } from './order-rows';

describe('orderRows', () => {
  it('should name a membership order without a description', () => {
    const [row] = orderRows([orderFixture({ id: 'cs_1', product: 'MEMBERSHIP', courseId: null, description: null })], new Map());
    expect(row.what).toBe(MEMBERSHIP_DESCRIPTION);
  });

  it('should label a failed payment', () => {
    const [row] = orderRows([orderFixture({ id: 'cs_1', status: 'FAILED', paidAt: null })], new Map());
    expect(row.status).toBe('Payment failed');
  });

  it('should date an unpaid order by its creation', () => {
    const [row] = orderRows([orderFixture({ id: 'cs_1', status: 'FAILED', paidAt: null, createdAt: '2026-11-01T12:00:00.000Z' })], new Map());
    expect(row.date).toBe('2026-11-01T12:00:00.000Z');
  });
});

describe('invoiceStatus', () => {
  it('should say an open invoice is due', () => {
    expect(invoiceStatus({ status: 'open' })).toBe('Due');
  });

  it('should capitalise a status it does not know', () => {
    expect(invoiceStatus({ status: 'refunded' })).toBe('Refunded');
  });
});
