/**
 * Grouping sentences from different articles that state the same fact. Average-linkage
 * agglomerative clustering over sentence similarity, with one rule: two sentences of the same
 * article never merge (an outlet states a fact once; two sentences of one article are two facts).
 * A second pass lets a sentence that states two facts join a second group by clause coverage.
 */

import type { SentenceFeatures } from './features';
import { clauseCoverage, similarity, type Weights } from './similarity';

/**
 * Merge threshold for average-linkage similarity. Chosen on the five bundled articles and the
 * hand-labelled pairs (tests/unit/corpus-pairs.test.ts): see docs/corpus.md for the sweep.
 */
export const MERGE_THRESHOLD = 0.28;
/** Clause coverage above which a sentence also joins another group (same sweep). */
export const JOIN_COVERAGE = 0.6;
/** Reverse coverage needed to join a lone sentence (same sweep). */
export const LONE_BACK_COVERAGE = 0.4;

export function clusterSentences(sentences: SentenceFeatures[], w: Weights): SentenceFeatures[][] {
  const sim: number[][] = sentences.map((a) => sentences.map((b) => (a === b ? 1 : similarity(a.termSet, b.termSet, w))));
  let clusters: number[][] = sentences.map((_, i) => [i]);
  for (;;) {
    let best = -1;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const ci = clusters[i]!;
        const cj = clusters[j]!;
        const articlesI = new Set(ci.map((k) => sentences[k]!.article));
        if (cj.some((k) => articlesI.has(sentences[k]!.article))) continue;
        let total = 0;
        for (const a of ci) for (const b of cj) total += sim[a]![b]!;
        const avg = total / (ci.length * cj.length);
        if (avg > best) {
          best = avg;
          bi = i;
          bj = j;
        }
      }
    }
    if (best < MERGE_THRESHOLD || bi < 0) break;
    const merged = [...clusters[bi]!, ...clusters[bj]!].sort((a, b) => a - b);
    clusters = clusters.filter((_, k) => k !== bi && k !== bj);
    clusters.push(merged);
  }
  // Second pass: sentences stating two facts join a second multi-article group.
  const groups = clusters.map((c) => c.map((k) => sentences[k]!));
  const multi = groups.filter((g) => new Set(g.map((s) => s.article)).size >= 2);
  const singles = groups.filter((g) => g.length === 1);
  for (const s of sentences) {
    for (const g of [...multi, ...singles]) {
      if (g.includes(s)) continue;
      const others = g.filter((m) => m.article !== s.article);
      // A sentence joins a lone sentence only when, besides covering one of its clauses, a clause
      // of its own is largely covered back (two facts shared, not one phrase).
      const covered =
        g.length === 1
          ? others.some((m) => clauseCoverage(m, s.termSet, w) >= JOIN_COVERAGE && clauseCoverage(s, m.termSet, w) >= LONE_BACK_COVERAGE)
          : others.some((m) => clauseCoverage(s, m.termSet, w) >= JOIN_COVERAGE);
      // One article may give a fact in two adjacent sentences ("hundreds ... A second source put the figure at 2,000").
      const sameArticle = g.filter((m) => m.article === s.article);
      const adjacentOnly = sameArticle.every((m) => Math.abs(m.index - s.index) === 1);
      if (covered && adjacentOnly) g.push(s);
    }
  }
  // "A second source put the figure at 2,000": the sentence before holds the first figure.
  const byPosition = new Map(sentences.map((s) => [`${s.article}:${s.index}`, s]));
  for (const g of multi) {
    for (const s of [...g]) {
      if (!REFERS_BACK.test(s.text)) continue;
      const prev = byPosition.get(`${s.article}:${s.index - 1}`);
      if (prev && !g.includes(prev)) g.push(prev);
    }
  }
  return groups;
}

/** Openings that continue the previous sentence's fact with another figure or source. */
const REFERS_BACK = /^(?:A second source|Another source|A third source)\b|\bput the (?:figure|number|toll) at\b/i;
