export interface EstimateRules {
  /** Minutes each order already queued in the kitchen adds, per parallel station. */
  minutesPerQueuedOrder: number;
  kitchenStations: number;
  /** Handing over to a courier and parking at the door. */
  handoverMinutes: number;
  courierSpeedKmh: number;
  /** When the address has no coordinates. */
  fallbackDistanceKm: number;
}

export interface EstimateInput {
  now: Date;
  /** Preparation minutes of each line's item, and the number of portions. */
  lines: { preparationMinutes: number; quantity: number }[];
  /** Orders of this restaurant accepted and not yet picked up. */
  queuedOrders: number;
  /** Longest restock among ingredients fetched from central storage; 0 when none. */
  restockMinutes: number;
  distanceKm: number | null;
  deliverAt: Date | null;
}

export interface Estimates {
  startCookingAt: Date;
  readyAt: Date;
  deliveryAt: Date;
  /** Cooking time of the whole order, kept so progress reports can revise the estimates. */
  preparationMinutes: number;
  travelMinutes: number;
}

const minutes = (at: Date, m: number) => new Date(at.getTime() + Math.ceil(m) * 60_000);

/**
 * Cooking starts when the kitchen's queue has cleared and any restock has arrived, whichever is
 * later. Lines cook in parallel, so the slowest item sets the time, plus a minute for every
 * extra portion to plate. A scheduled order is ready just in time for its slot, or as soon as
 * possible when the slot is earlier than that.
 */
export function estimate(input: EstimateInput, rules: EstimateRules): Estimates {
  const slowest = Math.max(0, ...input.lines.map((l) => l.preparationMinutes));
  const portions = input.lines.reduce((sum, l) => sum + l.quantity, 0);
  const prepMinutes = slowest + Math.max(0, portions - 1);
  const queueMinutes =
    Math.ceil(input.queuedOrders / Math.max(1, rules.kitchenStations)) *
    rules.minutesPerQueuedOrder;
  const waitMinutes = Math.max(queueMinutes, input.restockMinutes);
  const distance = input.distanceKm ?? rules.fallbackDistanceKm;
  const travelMinutes = Math.ceil(
    rules.handoverMinutes + (distance / Math.max(1, rules.courierSpeedKmh)) * 60,
  );

  let startCookingAt = minutes(input.now, waitMinutes);
  let readyAt = minutes(startCookingAt, prepMinutes);
  let deliveryAt = minutes(readyAt, travelMinutes);
  if (input.deliverAt && input.deliverAt > deliveryAt) {
    deliveryAt = input.deliverAt;
    readyAt = minutes(deliveryAt, -travelMinutes);
    startCookingAt = minutes(readyAt, -prepMinutes);
  }
  return { startCookingAt, readyAt, deliveryAt, preparationMinutes: prepMinutes, travelMinutes };
}

/** Great-circle distance in kilometres. */
export function distanceKm(
  a: { lat: number; lng: number },
  b: { lat: number; lng: number },
): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
