import { backendCall, listAllPages } from '../../../core/data/backend-call';
import type { DataClientService } from '../../../core/data/data-client';
import { type AdminOrder, newestFirst } from './admin-order';

/** Every order (admins may read them all), newest first. */
export async function fetchAllOrders(data: DataClientService): Promise<AdminOrder[]> {
  return newestFirst(await listAllPages((nextToken) => data.client.models.Order.list({ nextToken })));
}

export function fetchOrder(data: DataClientService, orderId: string): Promise<AdminOrder | null> {
  return backendCall(data.client.models.Order.get({ id: orderId }));
}

/** Asks Stripe for a full refund (audited); the order becomes REFUNDED when Stripe's charge.refunded event arrives. */
export async function refundOrder(data: DataClientService, orderId: string, reason: string): Promise<AdminOrder | null> {
  return (await backendCall(data.client.mutations.adminRefundOrder({ orderId, reason }))) ?? null;
}
