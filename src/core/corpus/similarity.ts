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
  return {
    weight(term: string): number {
      const idf = Math.log(1 + n / (df.get(term) ?? 1));
      return /^\d+$/.test(term) ? idf * NUMBER_BOOST : idf;
    },
  };
}

function mass(terms: Set<string>, w: Weights): number {
  let m = 0;
  for (const t of terms) m += w.weight(t) ** 2;
  return Math.sqrt(m);
}

/** Cosine similarity of the IDF-weighted term sets, 0..1. */
export function similarity(a: Set<string>, b: Set<string>, w: Weights): number {
  let dot = 0;
  for (const t of a) if (b.has(t)) dot += w.weight(t) ** 2;
  const denom = mass(a, w) * mass(b, w);
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
