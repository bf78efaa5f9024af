import { OrderStatus } from '@app/contracts';
import { isCancellable } from './order-lifecycle';

/**
 * A customer may cancel until the kitchen or the warehouse has started on the order: the
 * lifecycle table allows it only in `pending_payment` and `processing`, and the warehouse's
 * `transfer_started` mark ends it even while the order still shows `processing`.
 */
export const canCancel = (status: OrderStatus, warehouseStartedAt: Date | null): boolean =>
  isCancellable(status) && warehouseStartedAt === null;
