/** Server-side pricing: client prices are never trusted. Integer minor units only. */
export interface PricedLine {
  unitPriceMinor: number;
  quantity: number;
}

export interface Totals {
  subtotalMinor: number;
  deliveryFeeMinor: number;
  tipMinor: number;
  totalMinor: number;
}

export const lineTotal = (line: PricedLine): number => line.unitPriceMinor * line.quantity;

export function totals(lines: PricedLine[], deliveryFeeMinor: number, tipMinor: number): Totals {
  const subtotalMinor = lines.reduce((sum, line) => sum + lineTotal(line), 0);
  return {
    subtotalMinor,
    deliveryFeeMinor,
    tipMinor,
    totalMinor: subtotalMinor + deliveryFeeMinor + tipMinor,
  };
}
