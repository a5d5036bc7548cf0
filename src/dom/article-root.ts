/**
 * Where the story is. Cheapest first: the roots a page declares ([itemprop=articleBody],
 * <article>, <main>), each accepted only if it holds enough text; otherwise the whole body is
 * walked once and its blocks vote for the container that holds most prose (the core of
 * Readability's scoring, without its DOM rewriting).
 */
import type { CollectedBlock } from './collect-blocks';
import { MAX_LINK_DENSITY, MIN_SCORING_BLOCK_CHARS } from './thresholds';

/** Drops the elements nested in another element of the list (a root inside a root). */
function outermost(elements: Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

/**
 * The declared roots of `doc`, most specific first. Several articleBody elements (sites that
 * split the body around ads) are one candidate. Of several <article>s, the one with most <p>
 * wins: the others are teaser cards for related stories.
 */
export function declaredRoots(doc: Document): Element[][] {
  const candidates: Element[][] = [];
  const bodies = outermost([...doc.querySelectorAll('[itemprop~="articleBody"]')]);
  if (bodies.length > 0) candidates.push(bodies);
  let best: Element | null = null;
  let bestParagraphs = 0;
  for (const article of doc.querySelectorAll('article')) {
    const paragraphs = article.getElementsByTagName('p').length;
    if (paragraphs > bestParagraphs) {
      best = article;
      bestParagraphs = paragraphs;
    }
  }
  if (best !== null) candidates.push([best]);
  const main = doc.querySelector('main, [role="main"]');
  if (main !== null) candidates.push([main]);
  return candidates;
}

export function isProse(block: CollectedBlock): boolean {
  return block.linkChars <= block.text.length * MAX_LINK_DENSITY;
}

function addScore(scores: Map<Element, number>, el: Element | null, score: number): void {
  if (el !== null) scores.set(el, (scores.get(el) ?? 0) + score);
}

/** Elements whose own text lines are paragraphs (old sites separate them with <br>). */
const TEXT_CONTAINERS = new Set(['div', 'section', 'article', 'main', 'td', 'body']);

/**
 * The blocks of the container that holds most prose: each block of real length gives its length
 * to its parent and half to its grandparent, so the element around the story's paragraphs wins
 * over the page and over any one paragraph.
 */
export function blocksOfBestContainer(blocks: CollectedBlock[]): CollectedBlock[] {
  const scores = new Map<Element, number>();
  for (const block of blocks) {
    const length = block.text.length;
    if (length < MIN_SCORING_BLOCK_CHARS) continue;
    const el = block.element;
    if (TEXT_CONTAINERS.has(el.localName)) addScore(scores, el, length);
    const parent = el.parentElement;
    addScore(scores, parent, length);
    addScore(scores, parent?.parentElement ?? null, length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (best === null) return blocks;
  const container = best;
  return blocks.filter((block) => container.contains(block.element));
}
