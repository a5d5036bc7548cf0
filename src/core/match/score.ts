/**
 * Scoring one page sentence against one source sentence: IDF-weighted term overlap in both
 * directions, with names, numbers and words the corpus has never seen weighed apart, because
 * each misleads in its own way.
 */

import { POLARITY_TERMS, SCORING, type ScoringWeights } from './constants';
import type { TextProfile } from './profile';

/** The measured overlap between a page sentence and a source sentence. */
export interface Overlap {
  shared: string[];
  /** IDF mass of shared terms that the page does not use as names or numbers: the "what happened" words. */
  sharedContentMass: number;
  /** Share of the page sentence's mass found in the source (how much of the page is explained). */
  pageCoverage: number;
  /** Share of the source's mass found in the page sentence. */
  sourceCoverage: number;
}

/** A profile with the corpus statistics of each term of its `list`, read once per corpus state. */
export interface WeighedProfile {
  profile: TextProfile;
  idf: Float64Array;
  /** 1 when some claim contains the term. */
  seen: Uint8Array;
}

/** Weighs a profile's terms with the corpus's statistics. */
export function weigh(profile: TextProfile, idf: (term: string) => number, seen: (term: string) => boolean): WeighedProfile {
  const n = profile.list.length;
  const w = new Float64Array(n);
  const s = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = profile.list[i]!;
    w[i] = idf(t);
    s[i] = seen(t) ? 1 : 0;
  }
  return { profile, idf: w, seen: s };
}

/**
 * Weights, and why:
 * - A figure missing from the other side is left out of both masses when that side gives figures
 *   too: a differing figure is a conflict to report, not evidence that the sentence is about
 *   something else. When the source gives none, the page's figure ("in September 2024") is
 *   a detail the source does not have, weighed like any word the corpus has never seen.
 * - Stems sharing their first `NEAR_PREFIX` letters count as one word: the stemmer leaves
 *   "suddenly" / "sudden" and "administer" / "administration" apart.
 * - A page word no claim contains weighs `unseenWeight` times its IDF: "floodwaters", "Lagos",
 *   "climate finance" are what make a sentence that borrows the corpus's wording another story.
 * - A page name the source does not have weighs `foreignNameWeight` times more: a different
 *   city or person is a different event ("gunfire in Khartoum").
 * - Shared names earn `sharedNameCredit` of their weight: names alone ("Assad", "Damascus")
 *   are shared by half the corpus and by many stories it does not contain.
 */
export function measureOverlap(page: WeighedProfile, source: WeighedProfile, w: ScoringWeights = SCORING): Overlap {
  const shared: string[] = [];
  return { shared, ...measureInto(page, source, w, shared) };
}

/**
 * The score of a page sentence against a source sentence without building the `Overlap` (the
 * hot loop of matching: several sources of several claims per sentence).
 */
export function scoreOverlap(page: WeighedProfile, source: WeighedProfile, w: ScoringWeights = SCORING): number {
  return combineScore(measureInto(page, source, w, null), w);
}

function measureInto(
  page: WeighedProfile,
  source: WeighedProfile,
  w: ScoringWeights,
  shared: string[] | null,
): Omit<Overlap, 'shared'> {
  const p = page.profile;
  const s = source.profile;
  let sharedPage = 0;
  let sharedSource = 0;
  let sharedContentMass = 0;
  let pageMass = 0;
  for (let i = 0; i < p.list.length; i++) {
    const t = p.list[i]!;
    const numeric = p.numeric[i]!;
    let inSource = s.terms.has(t);
    if (!inSource && numeric && s.hasFigures) continue;
    const head = p.headOf[i]!;
    if (!inSource && head !== null && s.heads.has(head)) inSource = true;
    const weight = page.idf[i]!;
    const isName = p.nameTerms.has(t);
    if (!inSource) {
      let extra = page.seen[i] && !numeric ? 1 : w.unseenWeight;
      if (isName) extra *= w.foreignNameWeight;
      if (POLARITY_TERMS.has(t)) extra *= w.polarityWeight;
      pageMass += weight * extra;
      continue;
    }
    pageMass += weight;
    shared?.push(t);
    const credit = isName || s.nameTerms.has(t) ? w.sharedNameCredit : 1;
    sharedPage += weight * credit;
    sharedSource += weight * credit;
    if (!numeric && !isName) sharedContentMass += weight;
  }
  let sourceMass = 0;
  for (let j = 0; j < s.list.length; j++) {
    const t = s.list[j]!;
    let extra = 1;
    if (!p.terms.has(t)) {
      if (s.numeric[j]) continue;
      const head = s.headOf[j]!;
      if (head !== null && p.heads.has(head)) continue;
      if (s.nameTerms.has(t)) extra *= w.missingNameWeight;
      if (POLARITY_TERMS.has(t)) extra *= w.polarityWeight;
    }
    sourceMass += source.idf[j]! * extra;
  }
  return {
    sharedContentMass,
    pageCoverage: pageMass > 0 ? sharedPage / pageMass : 0,
    sourceCoverage: sourceMass > 0 ? sharedSource / sourceMass : 0,
  };
}

/** From overlap to one score in 0..1: F-beta of page coverage and source coverage, gated. */
export function combineScore(o: Omit<Overlap, 'shared'>, w: ScoringWeights = SCORING): number {
  if (o.sharedContentMass < w.minContentMass) return 0;
  return fBeta(o.pageCoverage, o.sourceCoverage, w.beta);
}

function fBeta(p: number, r: number, beta: number): number {
  if (p === 0 || r === 0) return 0;
  const b2 = beta * beta;
  return ((1 + b2) * p * r) / (b2 * p + r);
}

/**
 * The highest score any source can reach when at most `pageCoverage` of the page is explained:
 * F-beta grows with both coverages, so it is the score at a source coverage of 1.
 */
export function scoreBound(pageCoverage: number, w: ScoringWeights = SCORING): number {
  return fBeta(Math.min(1, pageCoverage), 1, w.beta);
}
