import { listAllPages } from '../../../../core/data/backend-call';
import type { DataClientService } from '../../../../core/data/data-client';
import { fetchCatalog } from '../../../../shared/catalog-api';
import type { OrderRecord } from '../billing-types';
import { needsCourseTitles } from './order-rows';

export interface MyOrders {
  readonly orders: OrderRecord[];
  /** Titles of published courses, by id; read only when an order needs one. */
  readonly courseTitles: ReadonlyMap<string, string>;
}

/** Every order of the signed-in user (all pages of the ordersByUser index). */
export async function fetchMyOrders(data: DataClientService, userId: string): Promise<MyOrders> {
  const orders = await listAllPages((nextToken) => data.client.models.Order.ordersByUser({ userId }, { nextToken }));
  if (!needsCourseTitles(orders)) return { orders, courseTitles: new Map() };
  // Without the catalog such an order is still listed, as "Course".
  const catalog = await fetchCatalog(data).catch(() => []);
  return { orders, courseTitles: new Map(catalog.map((course) => [course.id, course.title])) };
}
