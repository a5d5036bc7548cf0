/**
 * Grouping sentences from different articles that state the same fact, in three passes:
 * 1. average-linkage agglomerative clustering over sentence similarity, where two sentences of the
 *    same article never merge (an outlet states a fact once, so two of its sentences are usually
 *    two facts) and two sentences that place their event in different places never merge;
 * 2. joins: a sentence stating two facts joins a second group by clause coverage, and a sentence
 *    restating a group's fact in an article the group already has joins it the same way;
 * 3. event frames: the sentences of three or more articles that tell one actor's departure or one
 *    place's capture ("assad~depart", "capture>homs") become one claim with the groups made of them.
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
/**
 * A frame makes a claim when this many articles tell it: the main events of a story are told by
 * most outlets; two outlets sharing an actor and a verb are as often two different facts.
 */
export const FRAME_MIN_ARTICLES = 3;

/** Two sentences that put their event in different places ("from the Homs area" / "around the capital") state different facts. */
export function placesConflict(a: SentenceFeatures, b: SentenceFeatures): boolean {
  return a.place !== null && b.place !== null && a.place !== b.place && !a.names.some((n) => n.key === b.place) && !b.names.some((n) => n.key === a.place);
}

function articlesOf(g: SentenceFeatures[]): Set<string> {
  return new Set(g.map((s) => s.article));
}

function agglomerate(sentences: SentenceFeatures[], w: Weights): SentenceFeatures[][] {
  const sim: number[][] = sentences.map((a) => sentences.map((b) => (a === b ? 1 : placesConflict(a, b) ? -1 : similarity(a.termSet, b.termSet, w))));
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
        let vetoed = false;
        for (const a of ci) for (const b of cj) {
          const x = sim[a]![b]!;
          if (x < 0) vetoed = true;
          total += x;
        }
        if (vetoed) continue;
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
  return clusters.map((c) => c.map((k) => sentences[k]!));
}

/**
 * A sentence restates what another sentence of its article said when they name the same thing and
 * are this similar: "HTS forces announced they had captured Damascus' Sednaya Prison" and "the
 * gates of Sednaya Prison had been opened" score 0.13; two sentences of one article on different
 * facts that reach a group through one clause ("370,000 displaced" / "111 civilians") score 0.08.
 */
export const RESTATEMENT_SIMILARITY = 0.1;

function restates(s: SentenceFeatures, m: SentenceFeatures, w: Weights): boolean {
  if (Math.abs(s.index - m.index) === 1) return true;
  const keys = new Set(m.names.map((n) => n.key));
  return s.names.some((n) => keys.has(n.key)) && similarity(s.termSet, m.termSet, w) >= RESTATEMENT_SIMILARITY;
}

/** Whether `s` states the fact of group `g` (as one of its clauses, or restating it). */
export function joins(s: SentenceFeatures, g: SentenceFeatures[], w: Weights): boolean {
  if (g.includes(s) || g.some((m) => placesConflict(m, s))) return false;
  const others = g.filter((m) => m.article !== s.article);
  if (others.length === 0) return false;
  const sameArticle = g.some((m) => m.article === s.article);
  if (!g.every((m) => m.article !== s.article || restates(s, m, w))) return false;
  // A sentence joins a lone sentence only when, besides covering one of its clauses, a clause
  // of its own is largely covered back (two facts shared, not one phrase).
  if (g.length === 1) {
    return others.some((m) => clauseCoverage(m, s.termSet, w) >= JOIN_COVERAGE && clauseCoverage(s, m.termSet, w) >= LONE_BACK_COVERAGE);
  }
  return others.some((m) => clauseCoverage(s, m.termSet, w) >= JOIN_COVERAGE) || (sameArticle && others.some((m) => similarity(s.termSet, m.termSet, w) >= MERGE_THRESHOLD));
}

function frameGroups(sentences: SentenceFeatures[], groups: SentenceFeatures[][]): SentenceFeatures[][] {
  const carriers = new Map<string, SentenceFeatures[]>();
  for (const s of sentences) for (const f of s.frames) carriers.set(f, [...(carriers.get(f) ?? []), s]);
  const frames = [...carriers]
    .map(([f, list]) => ({ f, list, articles: articlesOf(list).size }))
    .filter((x) => x.articles >= FRAME_MIN_ARTICLES)
    .sort((a, b) => b.articles - a.articles || (a.f < b.f ? -1 : 1));
  let out = groups;
  for (const { list } of frames) {
    // Sentences that put the event somewhere else than most carriers do tell another event.
    const places = new Map<string, number>();
    for (const s of list) if (s.place) places.set(s.place, (places.get(s.place) ?? 0) + 1);
    const main = [...places].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
    const members = list.filter((s) => !s.place || !main || s.place === main || s.names.some((n) => n.key === main));
    const inFrame = new Set(members);
    const absorbed = out.filter((g) => g.filter((s) => inFrame.has(s)).length * 2 > g.length);
    const merged = [...new Set([...absorbed.flat(), ...members])];
    out = [...out.filter((g) => !absorbed.includes(g)), merged];
  }
  return out;
}

export function clusterSentences(sentences: SentenceFeatures[], w: Weights): SentenceFeatures[][] {
  const groups = agglomerate(sentences, w);
  // Second pass: sentences stating two facts join a second group; restatements join theirs.
  const multi = groups.filter((g) => articlesOf(g).size >= 2);
  const singles = groups.filter((g) => g.length === 1);
  for (const s of sentences) {
    for (const g of [...multi, ...singles]) if (joins(s, g, w)) g.push(s);
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
  return frameGroups(sentences, groups);
}

/** Openings that continue the previous sentence's fact with another figure or source. */
const REFERS_BACK = /^(?:A second source|Another source|A third source)\b|\bput the (?:figure|number|toll) at\b/i;
