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

/**
 * A profile ready for scoring: its terms as integer ids in ascending order, with each term's
 * corpus statistics and flags in the same order, so comparing two sentences is a merge of two
 * sorted integer arrays instead of string hash lookups (scoring was most of matching time).
 */
export interface WeighedProfile {
  profile: TextProfile;
  /** The terms of `profile.list`, in ascending id order. */
  terms: readonly string[];
  /** Position of each term in `profile.list`, to report shared terms in reading order. */
  order: Int32Array;
  ids: Int32Array;
  idf: Float64Array;
  /** Bit flags per term: SEEN, NUMERIC, NAME, POLARITY. */
  flags: Uint8Array;
  /** Id of each term's head (first `NEAR_PREFIX` letters), or -1 for a shorter term. */
  head: Int32Array;
  /** The distinct head ids, ascending. */
  heads: Int32Array;
}

const SEEN = 1;
const NUMERIC = 2;
const NAME = 4;
const POLARITY = 8;

/**
 * Weighs a profile's terms with the corpus's statistics. `idOf` gives terms and heads integer
 * ids from one dictionary shared by every profile compared with each other.
 */
export function weigh(
  profile: TextProfile,
  idf: (term: string) => number,
  seen: (term: string) => boolean,
  idOf: (term: string) => number,
): WeighedProfile {
  const n = profile.list.length;
  const raw = profile.list.map((t, i) => ({ t, i, id: idOf(t) })).sort((x, y) => x.id - y.id);
  const out: WeighedProfile = {
    profile,
    terms: raw.map((r) => r.t),
    order: new Int32Array(n),
    ids: new Int32Array(n),
    idf: new Float64Array(n),
    flags: new Uint8Array(n),
    head: new Int32Array(n),
    heads: new Int32Array(0),
  };
  const heads = new Set<number>();
  raw.forEach(({ t, i, id }, k) => {
    out.order[k] = i;
    out.ids[k] = id;
    out.idf[k] = idf(t);
    out.flags[k] =
      (seen(t) ? SEEN : 0) | (profile.numeric[i] ? NUMERIC : 0) | (profile.nameTerms.has(t) ? NAME : 0) | (POLARITY_TERMS.has(t) ? POLARITY : 0);
    const h = profile.headOf[i];
    out.head[k] = h === null || h === undefined ? -1 : idOf(h);
    if (out.head[k]! >= 0) heads.add(out.head[k]!);
  });
  out.heads = Int32Array.from(heads).sort();
  return out;
}

function hasSorted(xs: Int32Array, x: number): boolean {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = xs[mid]!;
    if (v === x) return true;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
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
  const shared: number[] = [];
  const o = measureInto(page, source, w, shared);
  shared.sort((x, y) => page.order[x]! - page.order[y]!);
  return { shared: shared.map((k) => page.terms[k]!), ...o };
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
  shared: number[] | null,
): Omit<Overlap, 'shared'> {
  const sourceHasFigures = source.profile.hasFigures;
  const pn = page.ids.length;
  const sn = source.ids.length;
  let sharedPage = 0;
  let sharedSource = 0;
  let sharedContentMass = 0;
  let pageMass = 0;
  let j = 0;
  for (let i = 0; i < pn; i++) {
    const id = page.ids[i]!;
    while (j < sn && source.ids[j]! < id) j++;
    const exact = j < sn && source.ids[j] === id;
    const flags = page.flags[i]!;
    const numeric = (flags & NUMERIC) !== 0;
    if (!exact && numeric && sourceHasFigures) continue;
    const head = page.head[i]!;
    const inSource = exact || (head >= 0 && hasSorted(source.heads, head));
    const weight = page.idf[i]!;
    const isName = (flags & NAME) !== 0;
    if (!inSource) {
      let extra = flags & SEEN && !numeric ? 1 : w.unseenWeight;
      if (isName) extra *= w.foreignNameWeight;
      if (flags & POLARITY) extra *= w.polarityWeight;
      pageMass += weight * extra;
      continue;
    }
    pageMass += weight;
    shared?.push(i);
    const credit = isName || (exact && (source.flags[j]! & NAME) !== 0) ? w.sharedNameCredit : 1;
    sharedPage += weight * credit;
    sharedSource += weight * credit;
    if (!numeric && !isName) sharedContentMass += weight;
  }
  let sourceMass = 0;
  let i = 0;
  for (let k = 0; k < sn; k++) {
    const id = source.ids[k]!;
    while (i < pn && page.ids[i]! < id) i++;
    let extra = 1;
    if (!(i < pn && page.ids[i] === id)) {
      const flags = source.flags[k]!;
      if (flags & NUMERIC) continue;
      const head = source.head[k]!;
      if (head >= 0 && hasSorted(page.heads, head)) continue;
      if (flags & NAME) extra *= w.missingNameWeight;
      if (flags & POLARITY) extra *= w.polarityWeight;
    }
    sourceMass += source.idf[k]! * extra;
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

/** The page coverage a source needs to reach `score` at all: the inverse of `scoreBound`. */
export function coverageFor(score: number, w: ScoringWeights = SCORING): number {
  const b2 = w.beta * w.beta;
  return score / (1 + b2 - b2 * score);
}
