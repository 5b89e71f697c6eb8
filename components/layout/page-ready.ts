/**
 * Whether the page's main content is on screen. What improves a page but is not needed to read it
 * (Enhancements: previews, deep links, the scroll-spy, the service worker's install, which downloads the
 * site's shell again) waits for it, so that it does not take network and CPU from the content. A page is
 * ready when it has hydrated, unless it holds readiness until its content is drawn: the search page
 * does, until its first results are.
 *
 * The wait ends after the frame that draws the content has been painted, so that the content is painted
 * first. A hold that is never released gives way after `maxMs`, so that a page whose content never comes
 * (an index that does not load) still gets its enhancements.
 */
let holds = 0;
/** Whether the last hold has been released and the frame after it is still to come. */
let painting = false;
let waiting: (() => void)[] = [];

/** Delays readiness until the returned function is called (or `maxMs` have passed); calling it again does nothing. */
export function holdPageReady(maxMs = 5000): () => void {
  holds++;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    clearTimeout(timer);
    if (--holds > 0) return;
    painting = true;
    afterNextPaint(() => {
      painting = false;
      if (holds > 0) return;
      const callbacks = waiting;
      waiting = [];
      for (const callback of callbacks) callback();
    });
  };
  const timer = setTimeout(release, maxMs);
  return release;
}

/** Runs `callback` once the frame being prepared has been painted (a task after the next animation frame). */
function afterNextPaint(callback: () => void): void {
  if (typeof requestAnimationFrame === "undefined") setTimeout(callback, 0);
  else requestAnimationFrame(() => setTimeout(callback, 0));
}

/** Resolves once no hold is left: at once on most pages. */
export function whenPageReady(): Promise<void> {
  return holds === 0 && !painting ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
}
