/**
 * How much two sentences say the same thing: IDF-weighted overlap of their content terms. Terms
 * that every sentence shares ("assad", "syria") weigh little; a figure ("370000") or a rare name
 * ("sednaya") weighs a lot.
 */

import type { SentenceFeatures } from './features';

/** Figures are the most specific evidence that two sentences state one fact. */
const NUMBER_BOOST = 1.5;

/** A clause joins another group only on three or more shared terms; two joined unrelated facts. */
const MIN_SHARED = 3;

export interface Weights {
  weight(term: string): number;
  /** Length of a term set's weight vector: memoised per set, as a set is compared many times under one set of weights. */
  mass(terms: Set<string>): number;
}

/** Inverse document frequency over the checkable sentences of the corpus. */
export function idfWeights(sentences: SentenceFeatures[]): Weights {
  const df = new Map<string, number>();
  for (const s of sentences) for (const t of s.termSet) df.set(t, (df.get(t) ?? 0) + 1);
  return weightsFromCounts(df, sentences.length);
}

/**
 * The same weights from kept counts (term -> sentences holding it, and the number of sentences),
 * so an incremental update weighs terms exactly as a full build of the same sentences would.
 */
export function weightsFromCounts(df: ReadonlyMap<string, number>, n: number): Weights {
  // Memoised: an added sentence is compared with up to 64 claims x 16 sources, the same terms
  // weighed again and again. The counts must not change while these weights are in use (an update
  // makes new weights after registering its sentences).
  const weights = new Map<string, number>();
  const masses = new WeakMap<Set<string>, number>();
  const weight = (term: string): number => {
    let x = weights.get(term);
    if (x === undefined) {
      const idf = Math.log(1 + n / (df.get(term) ?? 1));
      x = /^\d+$/.test(term) ? idf * NUMBER_BOOST : idf;
      weights.set(term, x);
    }
    return x;
  };
  return {
    weight,
    mass(terms: Set<string>): number {
      let m = masses.get(terms);
      if (m === undefined) {
        m = 0;
        for (const t of terms) m += weight(t) ** 2;
        m = Math.sqrt(m);
        masses.set(terms, m);
      }
      return m;
    },
  };
}

/** Cosine similarity of the IDF-weighted term sets, 0..1. */
export function similarity(a: Set<string>, b: Set<string>, w: Weights): number {
  let dot = 0;
  for (const t of a) if (b.has(t)) dot += w.weight(t) ** 2;
  const denom = w.mass(a) * w.mass(b);
  return denom === 0 ? 0 : dot / denom;
}

/**
 * The best share of one clause of `a` that `b` covers, 0..1, counting only clauses that share at
 * least two terms with `b`. Why: a sentence stating two facts ("826 killed ... and has displaced
 * 370,000") is similar to each single-fact sentence in one clause, not as a whole.
 */
export function clauseCoverage(a: SentenceFeatures, b: Set<string>, w: Weights): number {
  let best = 0;
  for (const clause of a.clauses) {
    let shared = 0;
    let sharedCount = 0;
    let total = 0;
    for (const t of clause) {
      const x = w.weight(t);
      total += x;
      if (b.has(t)) {
        shared += x;
        sharedCount++;
      }
    }
    if (sharedCount >= MIN_SHARED && total > 0) best = Math.max(best, shared / total);
  }
  return best;
}
