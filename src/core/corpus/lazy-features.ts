/**
 * Sentence features computed when first read. A restarted builder indexes every source sentence of
 * the corpus (30,000 for a reader with 1,000 articles) but compares and recomputes only the few
 * claims an added article touches: it needs every sentence's terms (for the term weights) at once,
 * and the rest (names, figures, clauses, attributions) only for those claims.
 */

import { contentTerms } from '../text';
import { framesOf, placeOf, sentenceFeatures, type SentenceFeatures } from './features';

/**
 * Terms an event frame is built on (./frames: leaving, withdrawing, capturing, entering), or
 * "whereabouts". A sentence with none of them has no frame, so its frames need no full reading.
 */
const FRAME_TERMS = ['depart', 'withdraw', 'capture', 'enter'];
const WHEREABOUTS = /\bwhereabouts\b/i;
/** Every denial ./attributions finds holds one of these words; a sentence without one denies nothing. */
const DENIAL_WORDS = /\b(?:denied|dismissed|rejected|denials?)\b/i;

const NONE: never[] = [];

/**
 * The same features as `sentenceFeatures`, with terms read now and everything else on first use.
 * A class, so the 30,000 sentences of a large corpus share their getters instead of each holding
 * its own closures.
 */
class LazySentenceFeatures implements SentenceFeatures {
  readonly terms: string[];
  readonly termSet: Set<string>;
  #full: SentenceFeatures | undefined;
  #frames: string[] | undefined;
  #place: string | null | undefined;

  constructor(
    readonly id: string,
    readonly article: string,
    readonly articleIndex: number,
    readonly index: number,
    readonly text: string,
  ) {
    this.terms = contentTerms(text);
    this.termSet = new Set(this.terms);
  }

  #all(): SentenceFeatures {
    return (this.#full ??= sentenceFeatures(this.id, this.article, this.articleIndex, this.index, this.text));
  }

  get clauses() { return this.#all().clauses; }
  get names() { return this.#all().names; }
  get numbers() { return this.#all().numbers; }
  get attributions() { return this.#all().attributions; }
  get checkable() { return this.#all().checkable; }
  get denials() { return DENIAL_WORDS.test(this.text) ? this.#all().denials : NONE; }

  get frames(): string[] {
    if (this.#frames === undefined) {
      const mayFrame = FRAME_TERMS.some((t) => this.termSet.has(t)) || WHEREABOUTS.test(this.text);
      this.#frames = this.#full?.frames ?? (mayFrame ? framesOf(this.text) : NONE);
    }
    return this.#frames;
  }

  get place(): string | null {
    if (this.#place === undefined) this.#place = this.#full?.place ?? placeOf(this.text);
    return this.#place;
  }
}

export function lazySentenceFeatures(id: string, article: string, articleIndex: number, index: number, text: string): SentenceFeatures {
  return new LazySentenceFeatures(id, article, articleIndex, index, text);
}
