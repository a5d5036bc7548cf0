/**
 * Phase marks for the content-script benchmark (scripts/bench-content.ts). They exist only in a
 * build made with `wxt build --mode perf` (output in .output/chrome-mv3-perf): in every other
 * build `ENABLED` is the constant `false` and the bundler drops the calls. Shipping them would
 * let any page see that Crosscheck is installed, because Chromium's content scripts write to the
 * page's own performance timeline (one timeline for the page and all its isolated worlds; the
 * benchmark reads our measures from the page).
 */
const ENABLED = import.meta.env.MODE === 'perf';

/** Every entry we write starts with this, so a reader of the timeline can pick ours out. */
export const PERF_PREFIX = 'crosscheck:';

/** Marks the start of a phase (extract, match, ranges, paint, pass). */
export function markStart(name: string): void {
  if (ENABLED) performance.mark(`${PERF_PREFIX}${name}:start`);
}

/**
 * Ends a phase as a `measure` entry named `crosscheck:<name>`. The start mark is cleared so a
 * page whose article re-renders for hours does not pile up marks; measures are left for the
 * benchmark to read.
 */
export function markEnd(name: string): void {
  if (!ENABLED) return;
  const start = `${PERF_PREFIX}${name}:start`;
  if (performance.getEntriesByName(start, 'mark').length === 0) return;
  performance.measure(`${PERF_PREFIX}${name}`, start);
  performance.clearMarks(start);
}
