import { estimate, EstimateRules } from './estimates';
import { ingredientNeeds, prepareLines } from './order-lines';
import { checkSchedule, isOpenAt } from './schedule';
import { planReservation } from './stock-reservation';
import { warehouseTransfers } from './work-requests';

const rules: EstimateRules = {
  minutesPerQueuedOrder: 6,
  kitchenStations: 2,
  handoverMinutes: 5,
  courierSpeedKmh: 18,
  fallbackDistanceKm: 3,
};
const now = new Date('2030-01-01T12:00:00Z');
const minutesAfter = (d: Date) => (d.getTime() - now.getTime()) / 60_000;

describe('estimates', () => {
  it('adds the slowest preparation, extra portions and travel', () => {
    const e = estimate(
      {
        now,
        lines: [
          { preparationMinutes: 12, quantity: 2 },
          { preparationMinutes: 3, quantity: 1 },
        ],
        queuedOrders: 0,
        restockMinutes: 0,
        distanceKm: 3,
        deliverAt: null,
      },
      rules,
    );
    expect(minutesAfter(e.readyAt)).toBe(14); // 12 + 2 extra portions
    expect(e.travelMinutes).toBe(15); // 5 handover + 3 km at 18 km/h
    expect(minutesAfter(e.deliveryAt)).toBe(29);
  });

  it('waits for the kitchen queue or a restock, whichever is longer', () => {
    const base = {
      now,
      lines: [{ preparationMinutes: 10, quantity: 1 }],
      distanceKm: 0,
      deliverAt: null,
    };
    expect(
      minutesAfter(estimate({ ...base, queuedOrders: 5, restockMinutes: 0 }, rules).startCookingAt),
    ).toBe(18);
    expect(
      minutesAfter(
        estimate({ ...base, queuedOrders: 5, restockMinutes: 45 }, rules).startCookingAt,
      ),
    ).toBe(45);
  });

  it('times a scheduled order for its slot, never earlier than possible', () => {
    const base = {
      now,
      lines: [{ preparationMinutes: 10, quantity: 1 }],
      queuedOrders: 0,
      restockMinutes: 0,
      distanceKm: 0,
    };
    const slot = new Date(now.getTime() + 120 * 60_000);
    const e = estimate({ ...base, deliverAt: slot }, rules);
    expect(e.deliveryAt).toEqual(slot);
    expect(minutesAfter(e.readyAt)).toBe(115);
    const tooSoon = estimate({ ...base, deliverAt: new Date(now.getTime() + 60_000) }, rules);
    expect(minutesAfter(tooSoon.deliveryAt)).toBe(15);
  });
});

describe('reservation', () => {
  const stock = new Map([
    ['lemons', { warehouseQuantity: 3, storeQuantity: 4, restockMinutes: 40 }],
    ['mint', { warehouseQuantity: 100, storeQuantity: 0, restockMinutes: 10 }],
  ]);

  it('takes from the warehouse first', () => {
    expect(
      planReservation(
        new Map([
          ['lemons', 2],
          ['mint', 5],
        ]),
        stock,
      ),
    ).toEqual({
      ok: true,
      allocations: [
        { ingredientId: 'lemons', fromWarehouse: 2, fromStore: 0 },
        { ingredientId: 'mint', fromWarehouse: 5, fromStore: 0 },
      ],
      restockMinutes: 0,
      shortInWarehouse: false,
    });
  });

  it('tops up from central storage with its restock delay', () => {
    expect(planReservation(new Map([['lemons', 6]]), stock)).toMatchObject({
      ok: true,
      allocations: [{ ingredientId: 'lemons', fromWarehouse: 3, fromStore: 3 }],
      restockMinutes: 40,
      shortInWarehouse: true,
    });
  });

  it('reserves nothing when any ingredient is short or unknown', () => {
    expect(
      planReservation(
        new Map([
          ['lemons', 8],
          ['mint', 1],
        ]),
        stock,
      ),
    ).toEqual({ ok: false, shortIngredients: ['lemons'] });
    expect(planReservation(new Map([['saffron', 1]]), stock)).toEqual({
      ok: false,
      shortIngredients: ['saffron'],
    });
  });

  it('asks the warehouse for a store_to_wh transfer before wh_to_kitchen', () => {
    const times = {
      startCookingAt: now,
      readyAt: now,
      deliveryAt: now,
      preparationMinutes: 0,
      travelMinutes: 0,
    };
    const facts = { orderId: 'o', restaurantId: 'r', specialRequests: null, paymentPending: false };
    const transfers = warehouseTransfers(
      facts,
      [{ ingredientId: 'lemons', fromWarehouse: 3, fromStore: 3 }],
      times,
      now,
    );
    expect(transfers.map((t) => [t.kind, t.items])).toEqual([
      ['store_to_wh', [{ ingredientId: 'lemons', quantity: 3 }]],
      ['wh_to_kitchen', [{ ingredientId: 'lemons', quantity: 6 }]],
    ]);
  });

  it('adds up ingredients over lines, quantities and options', () => {
    const menu = new Map([
      [
        'a',
        {
          id: 'a',
          name: 'A',
          description: '',
          category: '',
          priceMinor: 100,
          dietaryTags: [],
          allergens: [],
          preparationMinutes: 1,
          optionGroups: [],
          recipe: [{ ingredientId: 'x', quantity: 2 }],
        },
      ],
    ]);
    const prepared = prepareLines(
      [
        { menuItemId: 'a', quantity: 3 },
        { menuItemId: 'a', quantity: 1 },
      ],
      menu,
    );
    if (!prepared.ok) throw new Error('expected ok');
    expect(ingredientNeeds(prepared.lines)).toEqual(new Map([['x', 8]]));
    expect(prepared.lines.map((l) => l.lineTotalMinor)).toEqual([300, 100]);
  });
});

describe('schedule', () => {
  const late = { timeZone: 'Europe/Berlin', opens: '17:00', closes: '04:00' };

  it('handles opening hours past midnight in the restaurant time zone', () => {
    expect(isOpenAt(late, new Date('2030-01-01T22:00:00Z'))).toBe(true); // 23:00 Berlin
    expect(isOpenAt(late, new Date('2030-01-01T02:00:00Z'))).toBe(true); // 03:00
    expect(isOpenAt(late, new Date('2030-01-01T11:00:00Z'))).toBe(false); // 12:00
  });

  it('wants a future slot within the horizon while open', () => {
    const hours = { timeZone: 'UTC', opens: '10:00', closes: '22:00' };
    expect(checkSchedule(hours, now, null, 7)).toEqual({ ok: true });
    expect(checkSchedule(hours, now, new Date('2030-01-01T11:00:00Z'), 7).ok).toBe(false);
    expect(checkSchedule(hours, now, new Date('2030-01-01T22:00:00Z'), 7)).toEqual({ ok: true });
    expect(checkSchedule(hours, now, new Date('2030-01-01T23:00:00Z'), 7).ok).toBe(false);
    expect(checkSchedule(hours, now, new Date('2030-01-20T12:00:00Z'), 7).ok).toBe(false);
    expect(checkSchedule(hours, new Date('2030-01-01T23:00:00Z'), null, 7)).toMatchObject({
      code: 'restaurant_closed',
    });
  });
});
