/**
 * One MutationObserver for the whole page, batched: a burst of mutations (a live blog adding
 * items, a framework re-rendering the article) becomes one call, at most `QUIET_MS` after the
 * last change and never later than `MAX_WAIT_MS` after the first, which keeps new content
 * annotated within about a second without rescanning on every keystroke of a busy page.
 */
export const QUIET_MS = 250;
export const MAX_WAIT_MS = 1_000;

export function watchMutations(
  target: Node,
  onBatch: () => void,
  options: { signal: AbortSignal; ignore?: (node: Node) => boolean },
): void {
  const win = (target.ownerDocument ?? (target as Document)).defaultView!;
  let quietTimer: number | undefined;
  let firstAt = 0;

  const fire = () => {
    win.clearTimeout(quietTimer);
    quietTimer = undefined;
    firstAt = 0;
    if (!options.signal.aborted) onBatch();
  };

  const relevant = (records: MutationRecord[]) =>
    records.some((r) => {
      if (options.ignore?.(r.target)) return false;
      if (r.type === 'characterData') return true;
      const changed = [...r.addedNodes, ...r.removedNodes];
      return changed.some((n) => !options.ignore?.(n) && (n.nodeType === 1 || n.nodeType === 3));
    });

  const observer = new win.MutationObserver((records) => {
    if (!relevant(records)) return;
    const now = win.performance.now();
    if (!firstAt) firstAt = now;
    win.clearTimeout(quietTimer);
    const wait = Math.min(QUIET_MS, Math.max(0, MAX_WAIT_MS - (now - firstAt)));
    quietTimer = win.setTimeout(fire, wait);
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  options.signal.addEventListener('abort', () => {
    observer.disconnect();
    win.clearTimeout(quietTimer);
  });
}
