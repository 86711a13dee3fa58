import { EnvironmentInjector, createEnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { DataClientService } from '../data/data-client';
import { CHECKOUT_CONFIRMATION_TIMEOUT_MS, CheckoutConfirmation, type ConfirmationState } from './checkout-confirmation.service';

interface OrderUpdate {
  readonly id: string;
  readonly status: string;
  readonly fulfilledAt: string | null;
}

const pending: OrderUpdate = { id: 'cs_1', status: 'PENDING', fulfilledAt: null };
const paid: OrderUpdate = { id: 'cs_1', status: 'PAID', fulfilledAt: null };
const fulfilled: OrderUpdate = { id: 'cs_1', status: 'PAID', fulfilledAt: '2026-12-02T10:00:00.000Z' };

class FakeOrders {
  updates = new Subject<OrderUpdate>();
  readonly unsubscribed = jasmine.createSpy('unsubscribe');
  readonly get = jasmine.createSpy('Order.get').and.resolveTo({ data: pending });
  readonly onUpdate = jasmine.createSpy('Order.onUpdate').and.callFake(() => ({
    subscribe: (observer: { next(order: OrderUpdate): void; error(e: unknown): void }) => {
      const inner = this.updates.subscribe(observer);
      return { unsubscribe: () => (this.unsubscribed(), inner.unsubscribe()) };
    },
  }));

  asService(): DataClientService {
    return { client: { models: { Order: { get: this.get, onUpdate: this.onUpdate } } } } as unknown as DataClientService;
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve));

describe('CheckoutConfirmation', () => {
  let orders: FakeOrders;
  let injector: EnvironmentInjector;
  let confirmation: CheckoutConfirmation;

  function setUp(timeoutMs = 60_000): void {
    orders = new FakeOrders();
    TestBed.configureTestingModule({
      providers: [
        { provide: DataClientService, useValue: orders.asService() },
        { provide: CHECKOUT_CONFIRMATION_TIMEOUT_MS, useValue: timeoutMs },
      ],
    });
    injector = createEnvironmentInjector([CheckoutConfirmation], TestBed.inject(EnvironmentInjector));
    confirmation = injector.get(CheckoutConfirmation);
  }

  it('should subscribe to updates of the order whose id is the session id', () => {
    setUp();
    void confirmation.confirm('cs_1');
    expect(orders.onUpdate).toHaveBeenCalledWith({ filter: { id: { eq: 'cs_1' } }, authMode: 'userPool' });
  });

  it('should be confirmed without waiting when the order is already fulfilled', async () => {
    setUp();
    orders.get.and.resolveTo({ data: fulfilled });
    expect(await confirmation.confirm('cs_1')).toBe('confirmed');
  });

  it('should be confirming while the order is paid but not yet fulfilled', async () => {
    setUp();
    orders.get.and.resolveTo({ data: paid });
    void confirmation.confirm('cs_1');
    await tick();
    expect(confirmation.state()).toBe('confirming');
  });

  it('should be confirmed when the subscription delivers the fulfilled order', async () => {
    setUp();
    const outcome = confirmation.confirm('cs_1');
    await tick();
    orders.updates.next(paid);
    orders.updates.next(fulfilled);
    expect([await outcome, confirmation.state()]).toEqual(['confirmed', 'confirmed']);
  });

  it('should fail when the order expires', async () => {
    setUp();
    const outcome = confirmation.confirm('cs_1');
    orders.updates.next({ id: 'cs_1', status: 'EXPIRED', fulfilledAt: null });
    expect(await outcome).toBe('failed');
  });

  it('should stop listening when the outcome is known', async () => {
    setUp();
    orders.get.and.resolveTo({ data: fulfilled });
    await confirmation.confirm('cs_1');
    expect(orders.unsubscribed).toHaveBeenCalled();
  });

  it('should be unconfirmed when nothing arrives before the timeout', async () => {
    setUp(5);
    expect(await confirmation.confirm('cs_1')).toBe('unconfirmed');
  });

  it('should read the order once more at the timeout when the subscription failed', async () => {
    setUp(5);
    orders.get.and.returnValues(Promise.resolve({ data: paid }), Promise.resolve({ data: fulfilled }));
    const outcome = confirmation.confirm('cs_1');
    orders.updates.error(new Error('socket closed'));
    expect(await outcome).toBe('confirmed');
  });

  it('should keep waiting when the first read fails', async () => {
    setUp();
    orders.get.and.rejectWith(new Error('offline'));
    const outcome = confirmation.confirm('cs_1');
    await tick();
    orders.updates.next(fulfilled);
    expect(await outcome).toBe('confirmed');
  });

  it('should unsubscribe when its host is destroyed', async () => {
    setUp();
    const outcome = confirmation.confirm('cs_1');
    injector.destroy();
    expect([await outcome, orders.unsubscribed.calls.count()]).toEqual(['idle' as ConfirmationState, 1]);
  });
});
