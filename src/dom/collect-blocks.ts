/**
 * The one pass over the page: a walk of the root's subtree that never enters skipped elements,
 * reads each text node's data once and groups it into paragraph-level blocks.
 *
 * It walks firstChild/nextSibling rather than a TreeWalker: a walker only skips a subtree through
 * a filter callback, which linkedom (the command line's DOM) ignores, and the walk gives the
 * enter/leave events that say where a block or a link ends without looking up ancestors.
 */
import { isInlineTag, isSkipped } from './element-rules';
import type { TextBlock } from './types';

/** A block plus what root choice needs to know about it. */
export interface CollectedBlock extends TextBlock {
  /** Characters of `text` that sit inside links; for link density. */
  linkChars: number;
}

const WHITESPACE = /\s+/g;
const NON_SPACE = /\S/;

/**
 * The walk pauses (yields) every 512 nodes: checking the signal or the clock per node would cost
 * more than the walk, and 512 nodes take well under 1 ms.
 */
const STEP_NODES = 512;

interface OpenBlock {
  owner: Element;
  shown: boolean;
  parts: string[];
  nodes: Text[];
  starts: number[];
  length: number;
  linkChars: number;
}

/**
 * Blocks of `root` in document order, or null when `signal` aborted the walk. A block ends at the
 * end of its paragraph-level element, at any other non-inline element and at a <br>; a
 * paragraph's text split by a nested block (`<div>intro <p>..</p> tail</div>`) gives two blocks
 * with the same element.
 */
export function collectBlocks(
  root: Element,
  isVisible: (el: Element) => boolean,
  signal?: AbortSignal,
): CollectedBlock[] | null {
  const steps = walkBlocks(root, isVisible, signal);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The walk as a generator that yields every `STEP_NODES` nodes, so a caller can spread a huge
 * page over several tasks (see `extractArticleInSlices`). Returns null when aborted, or when the
 * page removed the node the walk stood on while it was paused (the caller's next pass, prompted
 * by that mutation, starts afresh).
 */
export function* walkBlocks(
  root: Element,
  isVisible: (el: Element) => boolean,
  signal?: AbortSignal,
): Generator<void, CollectedBlock[] | null, void> {
  const blocks: CollectedBlock[] = [];
  const owners: Element[] = [root];
  const shownCache = new Map<Element, boolean>();
  let linkDepth = 0;
  let open: OpenBlock | null = null;
  let spaceBefore = true;

  const close = (): void => {
    if (open === null) return;
    const block = open;
    open = null;
    if (!block.shown || block.length === 0) return;
    let text = block.parts.join('');
    if (text.endsWith(' ')) text = text.slice(0, -1);
    // A node that only gave the trailing space has nothing left to map.
    while (block.starts.length > 0 && block.starts[block.starts.length - 1]! >= text.length) {
      block.starts.pop();
      block.nodes.pop();
    }
    if (text.length === 0) return;
    blocks.push({ element: block.owner, text, nodes: block.nodes, starts: block.starts, linkChars: block.linkChars });
  };

  const addText = (node: Text): void => {
    const owner = owners[owners.length - 1]!;
    if (open === null || open.owner !== owner) {
      if (!NON_SPACE.test(node.data)) return;
      close();
      let shown = shownCache.get(owner);
      if (shown === undefined) {
        shown = isVisible(owner);
        shownCache.set(owner, shown);
      }
      open = { owner, shown, parts: [], nodes: [], starts: [], length: 0, linkChars: 0 };
      spaceBefore = true;
    }
    if (!open.shown) return;
    let chunk = node.data.replace(WHITESPACE, ' ');
    if (spaceBefore && chunk.startsWith(' ')) chunk = chunk.slice(1);
    if (chunk.length === 0) return;
    open.nodes.push(node);
    open.starts.push(open.length);
    open.parts.push(chunk);
    open.length += chunk.length;
    if (linkDepth > 0) open.linkChars += chunk.length;
    spaceBefore = chunk.endsWith(' ');
  };

  /** Returns true when the walk should enter the node (and later leave it). */
  const enter = (node: Node): boolean => {
    if (node.nodeType === 3) {
      addText(node as Text);
      return false;
    }
    if (node.nodeType !== 1) return false;
    const el = node as Element;
    const tag = el.localName;
    if (isSkipped(el, tag)) return false;
    if (tag === 'br') {
      close();
      return false;
    }
    if (isInlineTag(tag)) {
      if (tag === 'a') linkDepth++;
      return true;
    }
    close();
    owners.push(el);
    return true;
  };

  const leave = (el: Element): void => {
    const tag = el.localName;
    if (isInlineTag(tag)) {
      if (tag === 'a') linkDepth--;
      return;
    }
    close();
    owners.pop();
  };

  let visited = 0;
  let node: Node | null = root.firstChild;
  while (node !== null) {
    if (++visited % STEP_NODES === 0) {
      if (signal?.aborted) return null;
      yield;
      if (signal?.aborted || !node.isConnected) return null;
    }
    const entered = enter(node);
    if (entered && node.firstChild !== null) {
      node = node.firstChild;
      continue;
    }
    if (entered) leave(node as Element);
    while (node !== null && node !== root && node.nextSibling === null) {
      node = node.parentNode;
      if (node !== null && node !== root) leave(node as Element);
    }
    node = node === null || node === root ? null : node.nextSibling;
  }
  close();
  if (signal?.aborted) return null;
  return blocks;
}
