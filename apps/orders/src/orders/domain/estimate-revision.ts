import { EstimateRevisionReason } from '@app/contracts';
import { Milestone } from './order-lifecycle';

/** What an order was promised, and the durations the promise was built from. */
export interface PlannedTimes {
  readyAt: Date;
  deliveryAt: Date;
  /** Cooking time of the whole order (slowest item plus plating), fixed at placement. */
  preparationMinutes: number;
  /** Handover plus the ride from the restaurant to the address, fixed at placement. */
  travelMinutes: number;
  /** The customer's slot of a scheduled order: never promised earlier than that. */
  deliverAt: Date | null;
}

export interface RevisedTimes {
  readyAt: Date;
  deliveryAt: Date;
  reason: EstimateRevisionReason;
}

/** Differences under a minute are rounding, not news worth telling a customer. */
const NOTICEABLE_MS = 60_000;

const plus = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000);
const notBefore = (at: Date, slot: Date | null) => (slot && slot > at ? slot : at);

/**
 * The estimates once the kitchen or the courier has reported real progress: the placement's
 * guesses about the queue and restocking are replaced by what actually happened. Returns null
 * when the milestone tells nothing new about the times or they moved by less than a minute.
 */
export function reviseEstimates(
  planned: PlannedTimes,
  milestone: Milestone,
  at: Date,
): RevisedTimes | null {
  let revised: RevisedTimes;
  switch (milestone) {
    case 'cooking_started': {
      const readyAt = plus(at, planned.preparationMinutes);
      revised = {
        reason: milestone,
        readyAt,
        deliveryAt: notBefore(plus(readyAt, planned.travelMinutes), planned.deliverAt),
      };
      break;
    }
    case 'ready':
      revised = {
        reason: milestone,
        readyAt: at,
        deliveryAt: notBefore(plus(at, planned.travelMinutes), planned.deliverAt),
      };
      break;
    case 'picked_up':
      // Ready no later than it left the kitchen, whether or not `ready` was reported.
      revised = {
        reason: milestone,
        readyAt: planned.readyAt < at ? planned.readyAt : at,
        deliveryAt: notBefore(plus(at, planned.travelMinutes), planned.deliverAt),
      };
      break;
    default:
      return null;
  }
  const moved =
    Math.abs(revised.readyAt.getTime() - planned.readyAt.getTime()) >= NOTICEABLE_MS ||
    Math.abs(revised.deliveryAt.getTime() - planned.deliveryAt.getTime()) >= NOTICEABLE_MS;
  return moved ? revised : null;
}
