/**
 * Runs background work (prefetching chunks) once the page has settled, so it never
 * competes with the first render or the runner's first tap. Returns a cancel function.
 */
export function whenIdle(fn: () => void, afterMs = 6000): () => void {
  let idleId: number | undefined;
  const t = window.setTimeout(() => {
    if ("requestIdleCallback" in window) idleId = window.requestIdleCallback(fn, { timeout: 4000 });
    else fn();
  }, afterMs);
  return () => {
    window.clearTimeout(t);
    if (idleId !== undefined && "cancelIdleCallback" in window) window.cancelIdleCallback(idleId);
  };
}
