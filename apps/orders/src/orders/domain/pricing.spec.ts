import { totals } from './pricing';

describe('pricing', () => {
  it('adds line totals, delivery fee and tip in minor units', () => {
    expect(
      totals(
        [
          { unitPriceMinor: 950, quantity: 2 },
          { unitPriceMinor: 399, quantity: 3 },
        ],
        299,
        150,
      ),
    ).toEqual({ subtotalMinor: 3097, deliveryFeeMinor: 299, tipMinor: 150, totalMinor: 3546 });
  });
});
