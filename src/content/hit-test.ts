/**
 * Maps a pointer position to a text position. Firefox and Chrome 128+ have the standard
 * `caretPositionFromPoint`; older Chrome only `caretRangeFromPoint`. Both are handled here so
 * nothing else needs to know the difference.
 */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const standard = (doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  }).caretPositionFromPoint;
  if (typeof standard === 'function') {
    const pos = standard.call(doc, x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null })
    .caretRangeFromPoint;
  if (typeof legacy === 'function') {
    const range = legacy.call(doc, x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/**
 * The index of the range under the point, or -1. A caret position alone is not enough: clicking
 * in the empty space right of a line puts the caret at the line's end, so the point must also lie
 * inside one of the range's client rects.
 */
export function rangeAtPoint(
  doc: Document,
  ranges: readonly Range[],
  x: number,
  y: number,
): number {
  const caret = caretAt(doc, x, y);
  if (!caret) return -1;
  for (let i = 0; i < ranges.length; i++) {
    const range = ranges[i]!;
    let inside = false;
    try {
      inside = range.isPointInRange(caret.node, caret.offset);
    } catch {
      inside = false; // the caret is in another document or a detached node
    }
    if (!inside) continue;
    for (const rect of range.getClientRects()) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return i;
    }
  }
  return -1;
}
