/**
 * Focus on the heading of a screen once it is in the page: screens that load on demand show
 * "Loading…" first, so the heading may arrive a moment after the route changes.
 */

/**
 * Focuses `#main h1` now or as soon as it appears (for up to `waitMs`); returns a cancel
 * function for effect cleanup.
 *
 * @example
 * useEffect(() => focusHeadingWhenShown(), [route]);
 */
export function focusHeadingWhenShown(waitMs = 3000): () => void {
  const main = document.getElementById("main");
  const tryFocus = (): boolean => {
    // While a screen loads, React keeps the previous one in the page, hidden: its heading
    // must not take the focus.
    const h = [...(main?.querySelectorAll<HTMLElement>("h1") ?? [])].find(
      (e) => e.getClientRects().length > 0,
    );
    if (!h) return false;
    h.focus({ preventScroll: true });
    return true;
  };
  if (tryFocus() || !main) return () => {};
  const obs = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = window.setTimeout(() => stop(), waitMs);
  function stop() {
    obs.disconnect();
    window.clearTimeout(timer);
  }
  obs.observe(main, { childList: true, subtree: true, attributes: true });
  return stop;
}
