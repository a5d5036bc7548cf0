/**
 * From offsets in a block's collapsed text back to DOM positions. The mapping is replayed on
 * demand (only matched sentences are ever drawn) instead of being stored per character for every
 * sentence of the page.
 */
import type { ExtractedArticle, TextBlock } from './types';

const SPACE = /\s/;

interface DomPoint {
  node: Text;
  offset: number;
}

/**
 * Raw offset in `data` after `count` collapsed characters, replaying the collapse of
 * collect-blocks.ts: whitespace runs count as one space, and a run right after a space (or at the
 * block start) counts as nothing. An end stays right after its character; a start moves past
 * dropped whitespace onto the next character. Null when the node's data is shorter than that.
 */
function rawOffset(data: string, spaceBefore: boolean, count: number, asEnd: boolean): number | null {
  let seen = 0;
  let prevSpace = spaceBefore;
  let i = 0;
  while (seen < count) {
    if (i >= data.length) return null;
    const space = SPACE.test(data[i]!);
    if (!space || !prevSpace) seen++;
    prevSpace = space;
    i++;
  }
  if (asEnd) return i;
  while (i < data.length && prevSpace && SPACE.test(data[i]!)) i++;
  return i;
}

/** `asEnd` picks the node a boundary ends (rather than starts) when it falls between two nodes. */
function domPoint(block: TextBlock, offset: number, asEnd: boolean): DomPoint | null {
  const { nodes, starts, text } = block;
  for (let i = 0; i < nodes.length; i++) {
    const start = starts[i]!;
    const end = starts[i + 1] ?? text.length;
    const inside = asEnd ? offset > start && offset <= end : offset >= start && offset < end;
    if (!inside) continue;
    const node = nodes[i]!;
    const spaceBefore = start === 0 || text[start - 1] === ' ';
    const raw = rawOffset(node.data, spaceBefore, offset - start, asEnd);
    return raw === null ? null : { node, offset: raw };
  }
  return null;
}

/**
 * The page Range of sentence `index`, or null when it cannot be drawn: the index is out of range,
 * the page replaced or detached its text nodes since extraction (frameworks re-render), or the DOM
 * has no usable Range (linkedom). A null asks the caller to extract again, it is not an error.
 */
export function sentenceRange(article: ExtractedArticle, index: number, doc: Document): Range | null {
  const sentence = article.sentences[index];
  if (sentence === undefined) return null;
  const block = article.blocks[sentence.block];
  if (block === undefined) return null;
  const start = domPoint(block, sentence.start, false);
  const end = domPoint(block, sentence.end, true);
  if (start === null || end === null) return null;
  if (!start.node.isConnected || !end.node.isConnected) return null;
  try {
    const range = doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range;
  } catch {
    return null;
  }
}
