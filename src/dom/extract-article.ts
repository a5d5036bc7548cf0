/**
 * Page to article sentences. Nothing is cloned and nothing is rewritten: the page is walked once
 * (a little more when a declared root turns out to be a stub), and sentences keep offsets into
 * their block so that only the few that match a claim are ever turned into Ranges.
 */
import { segmentSentences } from '../core/text';
import { blocksOfBestContainer, declaredRoots, isProse } from './article-root';
import { collectBlocks, type CollectedBlock } from './collect-blocks';
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

function documentBlocks(doc: Document, options: WalkOptions): CollectedBlock[] | null {
  for (const roots of declaredRoots(doc)) {
    const blocks: CollectedBlock[] = [];
    for (const root of roots) {
      const found = collectBlocks(root, options.isVisible, options.signal);
      if (found === null) return null;
      for (const block of found) if (isProse(block)) blocks.push(block);
    }
    if (totalChars(blocks) >= MIN_ROOT_CHARS) return blocks;
  }
  const body = doc.body ?? doc.documentElement;
  if (body === null) return [];
  const all = collectBlocks(body, options.isVisible, options.signal);
  return all === null ? null : blocksOfBestContainer(all.filter(isProse));
}

function toTextBlock({ element, text, nodes, starts }: CollectedBlock): TextBlock {
  return { element, text, nodes, starts };
}

/**
 * The article's blocks and sentences. Given a Document, it finds the story itself; given an
 * Element, it takes that element as the story (a caller that already knows the root, or a test).
 * Headings inside the story are blocks: a headline is not a claim, but it often states one in a
 * few words, and a reader expects it to be marked when it does. An aborted signal gives an empty
 * article.
 */
export function extractArticle(root: Document | Element, options: ExtractOptions = {}): ExtractedArticle {
  const isVisible = options.isVisible ?? defaultIsVisible;
  let collected: CollectedBlock[] | null;
  if (root.nodeType === 9) {
    collected = documentBlocks(root as Document, { isVisible, signal: options.signal });
  } else {
    const found = collectBlocks(root as Element, isVisible, options.signal);
    collected = found === null ? null : found.filter(isProse);
  }
  if (collected === null) return EMPTY;
  const blocks = collected.map(toTextBlock);
  const sentences: PageSentence[] = [];
  for (let i = 0; i < blocks.length; i++) {
    for (const span of segmentSentences(blocks[i]!.text)) {
      sentences.push({ text: span.text, block: i, start: span.start, end: span.end });
    }
  }
  return { blocks, sentences };
}
