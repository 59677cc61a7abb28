/** Small statistics for benchmark figures. Pure. */

/** The median of some numbers (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A measured figure at a corpus size. */
export interface SizedValue {
  size: number;
  value: number;
}

/** The cost of one more unit between consecutive sizes. */
export interface Slope {
  from: number;
  to: number;
  /** (value at `to` − value at `from`) / (to − from). */
  perUnit: number;
}

/**
 * Slopes between consecutive sizes, in size order: how much each added edition costs.
 *
 * @example slopes([{ size: 100, value: 10 }, { size: 1000, value: 40 }]) // [{ from: 100, to: 1000, perUnit: 1/30 }]
 */
export function slopes(points: readonly SizedValue[]): Slope[] {
  const sorted = [...points].sort((a, b) => a.size - b.size);
  return sorted.slice(1).flatMap((p, i) => {
    const q = sorted[i]!;
    return p.size === q.size ? [] : [{ from: q.size, to: p.size, perUnit: (p.value - q.value) / (p.size - q.size) }];
  });
}
