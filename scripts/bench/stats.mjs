// Small statistics and formatting helpers shared by the floor benchmark's parts.

/** The value at quantile `q` (0..1) of `values`, by the nearest rank. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** The median of `values`. */
export const median = (values) => quantile(values, 0.5);

/** "PASS" when `ok`, else "MISS", followed by what the target is. */
export const verdict = (ok, target) => `${ok ? "PASS" : "MISS"} (${target})`;

/** Milliseconds with a sensible number of decimals. */
export const ms = (value) => `${value < 1 ? value.toFixed(3) : value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;

/** A ratio such as "3.4x". */
export const times = (value) => `${value.toFixed(1)}x`;

/** Kilobytes (1,000 bytes) with one decimal. */
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * Milliseconds of CPU time this process has used: unlike wall-clock time, it does not count the time other work on
 * a shared machine holds the CPU (which can be most of it).
 */
export function cpuNow() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU milliseconds `task` takes, median of `runs` calls after a few calls that are not counted. */
export function timeMedian(task, runs = 200) {
  for (let i = 0; i < 10; i++) task();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = cpuNow();
    task();
    samples.push(cpuNow() - start);
  }
  return median(samples);
}
