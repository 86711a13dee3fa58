import { type AdminOrder, filterOrders, newestFirst, orderDescription } from './admin-order';
import { orderFixture } from './testing/order-fixture.spec';

describe('admin orders', () => {
  const orders: AdminOrder[] = [
    orderFixture({ id: 'cs_old', paidAt: '2026-10-01T10:00:00Z', description: 'Blues Lead Guitar', userId: 'user-a' }),
    orderFixture({ id: 'cs_pending', status: 'PENDING', paidAt: null, createdAt: '2026-11-05T10:00:00Z', description: 'Piano Basics' }),
    orderFixture({ id: 'cs_new', paidAt: '2026-11-20T10:00:00Z', product: 'MEMBERSHIP', courseId: null, description: null }),
  ];

  it('should sort by payment date, or creation date when unpaid, newest first', () => {
    expect(newestFirst(orders).map((order) => order.id)).toEqual(['cs_new', 'cs_pending', 'cs_old']);
  });

  it('should keep only orders of the chosen status when a status is chosen', () => {
    expect(filterOrders(orders, { status: 'PENDING', query: '' }).map((order) => order.id)).toEqual(['cs_pending']);
  });

  it('should match the search against the course title ignoring case', () => {
    expect(filterOrders(orders, { status: null, query: ' blues ' }).map((order) => order.id)).toEqual(['cs_old']);
  });

  it('should match the search against the order id and the user id', () => {
    expect([
      filterOrders(orders, { status: null, query: 'cs_new' }).map((order) => order.id),
      filterOrders(orders, { status: null, query: 'USER-A' }).map((order) => order.id),
    ]).toEqual([['cs_new'], ['cs_old']]);
  });

  it('should name a membership payment when the order has no description', () => {
    expect(orderDescription(orders[2]!)).toBe('Play-Along membership');
  });
});
