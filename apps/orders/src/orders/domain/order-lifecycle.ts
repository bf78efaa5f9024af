import { OrderStatus } from '@app/contracts';

/** Something that happened to an order, whoever reported it. */
export type Milestone =
  'placed' | 'paid' | 'cooking_started' | 'ready' | 'picked_up' | 'delivered' | 'cancelled';

export interface Transition {
  /** The status after the milestone; equal to the current one for marks like `ready`. */
  to: OrderStatus;
}

/**
 * The allowed transitions, and nothing else. A milestone that is not listed for the current
 * status is impossible or stale (out of order, repeated, after cancellation) and never moves an
 * order, least of all backwards. Skipping ahead is allowed where a platform event can be lost
 * or late: a courier may pick up an order whose `cooking_started` never arrived.
 */
const TRANSITIONS: Record<OrderStatus, Partial<Record<Milestone, Transition>>> = {
  pending_payment: {
    paid: { to: 'processing' },
    cancelled: { to: 'cancelled' },
  },
  processing: {
    cooking_started: { to: 'cooking' },
    ready: { to: 'cooking' },
    picked_up: { to: 'in_delivery' },
    cancelled: { to: 'cancelled' },
  },
  cooking: {
    ready: { to: 'cooking' },
    picked_up: { to: 'in_delivery' },
  },
  in_delivery: {
    delivered: { to: 'delivered' },
  },
  delivered: {},
  cancelled: {},
};

export type TransitionResult =
  { ok: true; to: OrderStatus; changed: boolean } | { ok: false; reason: string };

export function transition(
  from: OrderStatus,
  milestone: Milestone,
  reached: ReadonlySet<Milestone>,
): TransitionResult {
  if (reached.has(milestone)) return { ok: false, reason: `${milestone} already recorded` };
  const next = TRANSITIONS[from][milestone];
  if (!next) return { ok: false, reason: `${milestone} is not possible while ${from}` };
  return { ok: true, to: next.to, changed: next.to !== from };
}

export const isCancellable = (status: OrderStatus): boolean =>
  TRANSITIONS[status].cancelled !== undefined;
