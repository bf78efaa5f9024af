import { OrderStatus } from '@app/contracts';

/** What the customer reads for each status an order reaches. */
const STATUS_TEXTS: Record<OrderStatus, { title: string; body: string }> = {
  pending_payment: {
    title: 'Waiting for payment',
    body: 'Complete the payment to send your order to the kitchen.',
  },
  processing: { title: 'Order accepted', body: 'The restaurant has your order.' },
  cooking: { title: 'Cooking', body: 'The kitchen has started on your order.' },
  in_delivery: { title: 'On its way', body: 'A courier has picked up your order.' },
  delivered: { title: 'Delivered', body: 'Enjoy your meal! Tell us how it was: rate your order.' },
  cancelled: { title: 'Order cancelled', body: 'Your order was cancelled.' },
};

export const statusText = (status: OrderStatus) => STATUS_TEXTS[status];
