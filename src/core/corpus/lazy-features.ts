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

/** The same features as `sentenceFeatures`, with terms read now and everything else on first use. */
export function lazySentenceFeatures(id: string, article: string, articleIndex: number, index: number, text: string): SentenceFeatures {
  const terms = contentTerms(text);
  const termSet = new Set(terms);
  let full: SentenceFeatures | undefined;
  const all = (): SentenceFeatures => (full ??= sentenceFeatures(id, article, articleIndex, index, text));
  const mayFrame = FRAME_TERMS.some((t) => termSet.has(t)) || WHEREABOUTS.test(text);
  const mayDeny = DENIAL_WORDS.test(text);
  const none: never[] = [];
  let frames: string[] | undefined;
  let place: string | null | undefined;
  return {
    id, article, articleIndex, index, text, terms, termSet,
    get clauses() { return all().clauses; },
    get names() { return all().names; },
    get numbers() { return all().numbers; },
    get attributions() { return all().attributions; },
    get denials() { return mayDeny ? all().denials : none; },
    get checkable() { return all().checkable; },
    get frames() { return (frames ??= full?.frames ?? (mayFrame ? framesOf(text) : none)); },
    get place() { return place === undefined ? (place = full?.place ?? placeOf(text)) : place; },
  };
}
