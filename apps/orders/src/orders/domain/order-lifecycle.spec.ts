import { transition } from './order-lifecycle';

describe('order lifecycle', () => {
  const none = new Set<never>();

  it('moves a paid-on-delivery order through the kitchen and the courier', () => {
    expect(transition('processing', 'cooking_started', none)).toEqual({
      ok: true,
      to: 'cooking',
      changed: true,
    });
    expect(transition('cooking', 'ready', new Set(['cooking_started']))).toEqual({
      ok: true,
      to: 'cooking',
      changed: false,
    });
    expect(transition('cooking', 'picked_up', none)).toEqual({
      ok: true,
      to: 'in_delivery',
      changed: true,
    });
    expect(transition('in_delivery', 'delivered', none)).toEqual({
      ok: true,
      to: 'delivered',
      changed: true,
    });
  });

  it('never moves an order backwards', () => {
    expect(transition('in_delivery', 'cooking_started', none).ok).toBe(false);
    expect(transition('delivered', 'picked_up', none).ok).toBe(false);
  });

  it('refuses a milestone recorded already', () => {
    expect(transition('cooking', 'ready', new Set(['ready'])).ok).toBe(false);
  });

  it('refuses every platform event after cancellation', () => {
    for (const m of ['cooking_started', 'ready', 'picked_up', 'delivered'] as const) {
      expect(transition('cancelled', m, none).ok).toBe(false);
    }
  });

  it('lets a courier pick up an order whose cooking_started was lost', () => {
    expect(transition('processing', 'picked_up', none)).toMatchObject({
      ok: true,
      to: 'in_delivery',
    });
  });
});
