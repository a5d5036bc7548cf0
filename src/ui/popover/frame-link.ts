/**
 * The popover's only channel to the page that frames it. The page can read everything posted
 * here, so only two things ever go through it: the content's height and a request to close.
 * Never note text, never the claim.
 */
export interface FrameLink {
  reportHeight(height: number): void;
  requestClose(): void;
}

/**
 * Posts to the framing window. The target origin is '*' because the parent is whatever news
 * site the reader is on; the content script checks that a message comes from its own frame.
 */
export function parentFrameLink(win: Window): FrameLink {
  return {
    reportHeight: (height) => win.parent.postMessage({ crosscheck: 'popover-size', height }, '*'),
    requestClose: () => win.parent.postMessage({ crosscheck: 'popover-close' }, '*'),
  };
}

/** Reports the document height now and whenever the body resizes, until `signal` aborts. */
export function watchHeight(doc: Document, link: FrameLink, signal: AbortSignal): void {
  const report = () => link.reportHeight(doc.documentElement.scrollHeight);
  report();
  const View = doc.defaultView?.ResizeObserver;
  if (!View) return;
  const observer = new View(report);
  observer.observe(doc.body);
  signal.addEventListener('abort', () => observer.disconnect());
}
