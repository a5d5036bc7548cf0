/**
 * Paints matched sentences with the CSS Custom Highlight API. It never touches the page's DOM:
 * wrapping text in elements is what breaks framework-rendered news sites (React hydration
 * mismatches) and costs seconds on long pages. The `::highlight()` rules live in a constructed
 * stylesheet adopted by the document, so not a single element is added for them either.
 *
 * Only drawing lives here; which ranges to draw is the annotator's business.
 */

export const HIGHLIGHT_CLAIM = 'crosscheck-claim';
export const HIGHLIGHT_CONFLICT = 'crosscheck-conflict';
export const HIGHLIGHT_HOVER = 'crosscheck-hover';

export type HighlightStyle = 'tint' | 'underline';

/**
 * Semi-transparent tints read on white and on near-black pages alike; `color` is never changed,
 * so the page's own text colour (and its contrast) is kept. A highlight cannot set `cursor`, which
 * is why hover is shown with a stronger tint.
 */
const STYLES: Record<HighlightStyle, string> = {
  tint: `
::highlight(${HIGHLIGHT_CLAIM}) { background-color: rgba(64, 140, 255, 0.16); text-decoration: underline rgba(64, 140, 255, 0.55) 1px; text-underline-offset: 3px; }
::highlight(${HIGHLIGHT_CONFLICT}) { background-color: rgba(255, 120, 40, 0.18); text-decoration: underline wavy rgba(230, 90, 20, 0.8) 1px; text-underline-offset: 3px; }
::highlight(${HIGHLIGHT_HOVER}) { background-color: rgba(64, 140, 255, 0.30); }`,
  underline: `
::highlight(${HIGHLIGHT_CLAIM}) { text-decoration: underline rgba(64, 140, 255, 0.9) 2px; text-underline-offset: 3px; }
::highlight(${HIGHLIGHT_CONFLICT}) { text-decoration: underline wavy rgba(230, 90, 20, 0.9) 2px; text-underline-offset: 3px; }
::highlight(${HIGHLIGHT_HOVER}) { background-color: rgba(64, 140, 255, 0.14); }`,
};

export interface PaintedRange {
  range: Range;
  conflict: boolean;
}

export interface Highlighter {
  paint(ranges: readonly PaintedRange[]): void;
  hover(range: Range | null): void;
  setStyle(style: HighlightStyle): void;
  clear(): void;
}

/** True when this browser can paint highlights without touching the DOM. */
export function supportsHighlights(win: Window & typeof globalThis): boolean {
  return typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
}

export function createHighlighter(
  doc: Document,
  style: HighlightStyle,
  signal: AbortSignal,
): Highlighter {
  const win = doc.defaultView as Window & typeof globalThis;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(STYLES[style]);
  const claim = new win.Highlight();
  const conflict = new win.Highlight();
  const hovered = new win.Highlight();
  // Above the page's own highlights, if it has any; hover above both of ours.
  claim.priority = 1;
  conflict.priority = 1;
  hovered.priority = 2;

  // The stylesheet and the highlight names are registered on the first paint that has something
  // to show, never before: adopting a stylesheet invalidates the page's styles, and the next
  // style read (our visibility checks) would pay for a full recalculation, 45-90 ms on a large
  // page (docs/performance.md). Pages without claims never see either.
  let installed = false;
  const install = () => {
    if (installed) return;
    installed = true;
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    win.CSS.highlights.set(HIGHLIGHT_CLAIM, claim);
    win.CSS.highlights.set(HIGHLIGHT_CONFLICT, conflict);
    win.CSS.highlights.set(HIGHLIGHT_HOVER, hovered);
  };

  const clear = () => {
    claim.clear();
    conflict.clear();
    hovered.clear();
  };

  signal.addEventListener('abort', () => {
    clear();
    if (!installed) return;
    for (const name of [HIGHLIGHT_CLAIM, HIGHLIGHT_CONFLICT, HIGHLIGHT_HOVER]) win.CSS.highlights.delete(name);
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  });

  return {
    paint(ranges) {
      if (ranges.length > 0) install();
      claim.clear();
      conflict.clear();
      for (const { range, conflict: isConflict } of ranges) (isConflict ? conflict : claim).add(range);
    },
    hover(range) {
      hovered.clear();
      if (range) hovered.add(range);
    },
    setStyle(next) {
      sheet.replaceSync(STYLES[next]);
    },
    clear,
  };
}
