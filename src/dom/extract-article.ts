/**
 * Page to article sentences. Nothing is cloned and nothing is rewritten: the page is walked once
 * (a little more when a declared root turns out to be a stub), and sentences keep offsets into
 * their block so that only the few that match a claim are ever turned into Ranges.
 */
import { segmentSentences } from '../core/text';
import { blocksOfBestContainer, declaredRoots, isProse } from './article-root';
import { walkBlocks, type CollectedBlock } from './collect-blocks';
import { MIN_ROOT_CHARS } from './thresholds';
import type { ExtractedArticle, ExtractOptions, PageSentence, TextBlock } from './types';
import { defaultIsVisible } from './visibility';

const EMPTY: ExtractedArticle = Object.freeze({ blocks: [], sentences: [] }) as ExtractedArticle;

function totalChars(blocks: CollectedBlock[]): number {
  let total = 0;
  for (const block of blocks) total += block.text.length;
  return total;
}

/** The prose blocks of a document: a declared root if it holds a story, else the best container. */
interface WalkOptions {
  isVisible: (el: Element) => boolean;
  signal?: AbortSignal | undefined;
}

function* documentBlocks(doc: Document, options: WalkOptions): Generator<void, CollectedBlock[] | null, void> {
  for (const roots of declaredRoots(doc)) {
    const blocks: CollectedBlock[] = [];
    for (const root of roots) {
      const found = yield* walkBlocks(root, options.isVisible, options.signal);
      if (found === null) return null;
      for (const block of found) if (isProse(block)) blocks.push(block);
    }
    if (totalChars(blocks) >= MIN_ROOT_CHARS) return blocks;
  }
  const body = doc.body ?? doc.documentElement;
  if (body === null) return [];
  const all = yield* walkBlocks(body, options.isVisible, options.signal);
  return all === null ? null : blocksOfBestContainer(all.filter(isProse));
}

function toTextBlock({ element, text, nodes, starts }: CollectedBlock): TextBlock {
  return { element, text, nodes, starts };
}

/** Blocks between which sentence splitting pauses; 64 paragraphs take about 1 ms to split. */
const SEGMENT_STEP_BLOCKS = 64;

/** The whole extraction as a generator that yields at regular points of the work. */
function* extractSteps(root: Document | Element, options: ExtractOptions): Generator<void, ExtractedArticle, void> {
  const isVisible = options.isVisible ?? defaultIsVisible;
  let collected: CollectedBlock[] | null;
  if (root.nodeType === 9) {
    collected = yield* documentBlocks(root as Document, { isVisible, signal: options.signal });
  } else {
    const found = yield* walkBlocks(root as Element, isVisible, options.signal);
    collected = found === null ? null : found.filter(isProse);
  }
  if (collected === null) return EMPTY;
  const blocks = collected.map(toTextBlock);
  const sentences: PageSentence[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (i > 0 && i % SEGMENT_STEP_BLOCKS === 0) {
      yield;
      if (options.signal?.aborted) return EMPTY;
    }
    for (const span of segmentSentences(blocks[i]!.text)) {
      sentences.push({ text: span.text, block: i, start: span.start, end: span.end });
    }
  }
  return { blocks, sentences };
}

/**
 * The article's blocks and sentences. Given a Document, it finds the story itself; given an
 * Element, it takes that element as the story (a caller that already knows the root, or a test).
 * Headings inside the story are blocks: a headline is not a claim, but it often states one in a
 * few words, and a reader expects it to be marked when it does. An aborted signal gives an empty
 * article.
 */
export function extractArticle(root: Document | Element, options: ExtractOptions = {}): ExtractedArticle {
  const steps = extractSteps(root, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same extraction spread over tasks: after `sliceMs` of work it waits for `pause()` (a
 * macrotask) before going on, so a 20,000-word page never blocks the page's main thread for
 * long. If the page changes the walked nodes during a pause, the result is empty and the
 * caller's next pass (prompted by that change) starts afresh.
 */
export async function extractArticleInSlices(
  root: Document | Element,
  options: ExtractOptions & { sliceMs: number; pause: () => Promise<void>; now: () => number },
): Promise<ExtractedArticle> {
  const steps = extractSteps(root, options);
  let sliceStart = options.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (options.now() - sliceStart >= options.sliceMs) {
      await options.pause();
      sliceStart = options.now();
    }
  }
}
