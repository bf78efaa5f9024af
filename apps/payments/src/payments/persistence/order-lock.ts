import { EntityManager } from 'typeorm';

/**
 * Serialises the transactions about one order's payment until they commit. `order.placed` and
 * the courier's collection arrive on different topics and may be handled at the same moment:
 * without this each could miss the other's uncommitted row and the collection would be stranded.
 */
export async function lockOrderPayment(manager: EntityManager, orderId: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [orderId]);
}
