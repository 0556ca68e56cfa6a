import { nice, ticks } from "d3-array";

/** A linear map from values to x positions, with the nice domain it spans. */
export interface LinearScale {
  /** The value range, `[min, max]`, always holding zero. */
  domain: [number, number];
  /** The x position of a value (clamped to the domain). */
  x: (value: number) => number;
}

/** The axis range: the author's domain, or zero to a nice round bound on each side that has values. */
export function valueDomain(values: readonly number[], given: [number, number] | undefined, tickCount: number): [number, number] {
  if (given) return given;
  let lo = Math.min(0, ...values);
  let hi = Math.max(0, ...values);
  if (lo === hi) hi = 1;
  [lo, hi] = nice(lo, hi, tickCount);
  return [lo, hi];
}

/** A linear scale from `domain` onto `[from, to]` px. */
export function linearScale(domain: [number, number], from: number, to: number): LinearScale {
  const [d0, d1] = domain;
  const k = (to - from) / (d1 - d0);
  return { domain, x: (value) => from + (Math.min(d1, Math.max(d0, value)) - d0) * k };
}

/** About `count` round tick values inside the domain (d3's 1, 2, 5 × 10ⁿ steps), zero among them when it is inside. */
export function tickValues(domain: [number, number], count: number): number[] {
  return ticks(domain[0], domain[1], Math.max(1, count));
}
