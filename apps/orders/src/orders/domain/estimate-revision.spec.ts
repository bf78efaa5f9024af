import { PlannedTimes, reviseEstimates } from './estimate-revision';

const at = (hhmm: string) => new Date(`2026-12-03T${hhmm}:00.000Z`);

describe('estimate revision', () => {
  // Placed at 12:00 behind a queue: cooking expected 12:20-12:35, then a 15-minute ride.
  const planned: PlannedTimes = {
    readyAt: at('12:35'),
    deliveryAt: at('12:50'),
    preparationMinutes: 15,
    travelMinutes: 15,
    deliverAt: null,
  };

  it('moves both times when the kitchen starts earlier than the queue suggested', () => {
    expect(reviseEstimates(planned, 'cooking_started', at('12:05'))).toEqual({
      reason: 'cooking_started',
      readyAt: at('12:20'),
      deliveryAt: at('12:35'),
    });
  });

  it('moves them later when the kitchen starts late', () => {
    expect(reviseEstimates(planned, 'cooking_started', at('12:30'))).toEqual({
      reason: 'cooking_started',
      readyAt: at('12:45'),
      deliveryAt: at('13:00'),
    });
  });

  it('takes the real ready time and adds the ride', () => {
    expect(reviseEstimates(planned, 'ready', at('12:41'))).toEqual({
      reason: 'ready',
      readyAt: at('12:41'),
      deliveryAt: at('12:56'),
    });
  });

  it('counts the ride from the pickup, and the order as ready by then', () => {
    expect(reviseEstimates(planned, 'picked_up', at('12:31'))).toEqual({
      reason: 'picked_up',
      readyAt: at('12:31'),
      deliveryAt: at('12:46'),
    });
    expect(reviseEstimates(planned, 'picked_up', at('12:40'))).toEqual({
      reason: 'picked_up',
      readyAt: at('12:35'),
      deliveryAt: at('12:55'),
    });
  });

  it('never promises a scheduled order before its slot', () => {
    const scheduled = {
      ...planned,
      deliveryAt: at('14:00'),
      readyAt: at('13:45'),
      deliverAt: at('14:00'),
    };
    expect(reviseEstimates(scheduled, 'ready', at('13:30'))).toEqual({
      reason: 'ready',
      readyAt: at('13:30'),
      deliveryAt: at('14:00'),
    });
  });

  it('stays quiet when the times move by less than a minute or the milestone says nothing', () => {
    expect(
      reviseEstimates(planned, 'cooking_started', new Date(at('12:20').getTime() + 30_000)),
    ).toBeNull();
    expect(reviseEstimates(planned, 'delivered', at('12:50'))).toBeNull();
    expect(reviseEstimates(planned, 'paid', at('12:01'))).toBeNull();
  });
});
