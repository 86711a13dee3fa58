import { orderAmount, orderDate, orderStatusLabel } from './order-display';

describe('orderAmount', () => {
  it('should be the amount charged when there was no discount', () => {
    expect(orderAmount({ amountCents: 4900, currency: 'usd', discountCents: null, promotionCode: null }, 'en-US')).toBe('$49.00');
  });

  it('should name the promotion code next to the discount when one was used', () => {
    expect(orderAmount({ amountCents: 3920, currency: 'usd', discountCents: 980, promotionCode: 'LEARN20' }, 'en-US')).toBe(
      '$39.20 (−$9.80 with LEARN20)',
    );
  });

  it('should call it a discount when the code is unknown', () => {
    expect(orderAmount({ amountCents: 3920, currency: 'usd', discountCents: 980, promotionCode: null }, 'en-US')).toBe('$39.20 (−$9.80 discount)');
  });
});

describe('orderDate', () => {
  it('should be the creation date when the order was never paid', () => {
    expect(orderDate({ paidAt: null, createdAt: '2026-11-01T12:00:00.000Z' })).toBe('2026-11-01T12:00:00.000Z');
  });
});

describe('orderStatusLabel', () => {
  it('should say the payment failed when the status is FAILED', () => {
    expect(orderStatusLabel('FAILED')).toBe('Payment failed');
  });
});
