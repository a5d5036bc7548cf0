import { defaultIsVisible, extractArticleInSlices, sentenceRange, type ExtractedArticle } from '../dom';
import type { WireMatch } from '../messaging/protocol';
import type { Highlighter } from './highlighter';
import { markEnd, markStart } from './perf';

/**
 * Longest stretch of extraction work before giving the page's main thread back. 8 ms keeps every
 * task of ours far under the 50 ms long-task mark even with the page's own work in the same
 * frame; on a 20,000-word page it costs a few extra task hops (docs/performance.md).
 */
const SLICE_MS = 8;

const everyBlock = () => true;

/** One page sentence that states a known claim, with where it is on the page. */
export interface FoundClaim {
  range: Range;
  sentence: string;
  match: WireMatch;
}

export interface AnnotatorDeps {
  doc: Document;
  highlighter: Highlighter;
  /** Asks the matcher (in the background) about sentences it has not seen yet. */
  match(sentences: string[]): Promise<WireMatch[]>;
  /** Told after every pass, with the claims in page order. */
  onFound(found: readonly FoundClaim[]): void;
  signal: AbortSignal;
}

/**
 * Extracts the article, asks about new sentences only, and paints. Answers are cached by
 * sentence text, so a page that re-renders its article (new nodes, same text) is repainted from
 * the cache without another round trip, and ranges always point into the live nodes: every pass
 * rebuilds them from a fresh extraction, which is how ranges into removed content are dropped.
 */
export class Annotator {
  #found: FoundClaim[] = [];
  #cache = new Map<string, WireMatch | null>();
  #running: Promise<void> | null = null;
  #again = false;

  constructor(private readonly deps: AnnotatorDeps) {}

  get found(): readonly FoundClaim[] {
    return this.#found;
  }

  /** Runs a pass; a pass requested while one runs is folded into one more pass after it. */
  refresh(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = (async () => {
      try {
        do {
          this.#again = false;
          await this.#pass();
        } while (this.#again && !this.deps.signal.aborted);
      } finally {
        this.#running = null;
      }
    })();
    return this.#running;
  }

  /** Forgets every answer and matches again (the corpus changed: an article was added or removed). */
  rematch(): Promise<void> {
    this.#cache.clear();
    return this.refresh();
  }

  /** Drops everything painted (used when the user turns Crosscheck off for the site). */
  clear(): void {
    this.#found = [];
    this.deps.highlighter.clear();
    this.deps.onFound(this.#found);
  }

  async #pass(): Promise<void> {
    const { doc, signal } = this.deps;
    if (signal.aborted || !doc.body) return;
    markStart('pass');
    markStart('extract');
    const win = doc.defaultView!;
    const article = await extractArticleInSlices(doc, {
      signal,
      // Visibility is asked only of the few blocks that state a claim (see #paint), not of every
      // block: each `checkVisibility()` after a style change forces a style recalculation, which
      // cost seconds on a 200,000-element page (docs/hardening.md).
      isVisible: everyBlock,
      sliceMs: SLICE_MS,
      now: () => win.performance.now(),
      pause: () => new Promise((resolve) => win.setTimeout(resolve, 0)),
    });
    markEnd('extract');
    if (signal.aborted) return;

    const unknown = [...new Set(article.sentences.map((s) => s.text))].filter((t) => !this.#cache.has(t));
    if (unknown.length > 0) {
      markStart('match');
      const matches = await this.deps.match(unknown);
      markEnd('match');
      if (signal.aborted) return;
      for (const text of unknown) this.#cache.set(text, null);
      for (const m of matches) {
        const text = unknown[m.index];
        if (text !== undefined) this.#cache.set(text, { ...m, index: -1 });
      }
    }
    this.#paint(article);
    markEnd('pass');
  }

  #paint(article: ExtractedArticle): void {
    markStart('ranges');
    const found: FoundClaim[] = [];
    const shown = new Map<Element, boolean>();
    article.sentences.forEach((sentence, i) => {
      const match = this.#cache.get(sentence.text);
      if (!match) return;
      const element = article.blocks[sentence.block]!.element;
      let visible = shown.get(element);
      if (visible === undefined) shown.set(element, (visible = defaultIsVisible(element)));
      if (!visible) return; // hidden text is not the article the reader sees
      const range = sentenceRange(article, i, this.deps.doc);
      if (range) found.push({ range, sentence: sentence.text, match: { ...match, index: found.length } });
    });
    markEnd('ranges');
    this.#found = found;
    markStart('paint');
    this.deps.highlighter.paint(found.map((f) => ({ range: f.range, conflict: f.match.conflicts.length > 0 })));
    markEnd('paint');
    markStart('ui');
    this.deps.onFound(found);
    markEnd('ui');
  }
}
