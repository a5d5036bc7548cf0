/**
 * Scoring one page sentence against one source sentence: IDF-weighted term overlap in both
 * directions, with names, numbers and words the corpus has never seen weighed apart, because
 * each misleads in its own way.
 */

import { SCORING, type ScoringWeights } from './constants';
import { isNumberTerm, type TextProfile } from './profile';

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

/** Characters two stems must share at the start to count as one word ("sudden" / "suddenli"). */
const NEAR_PREFIX = 5;

/**
 * Whether a stem the other side lacks is a variant of one it has: the stemmer leaves
 * "suddenly" / "sudden" and "administer" / "administration" apart.
 */
function nearTerm(t: string, terms: ReadonlySet<string>): boolean {
  if (t.length < NEAR_PREFIX) return false;
  const head = t.slice(0, NEAR_PREFIX);
  for (const u of terms) if (u.length >= NEAR_PREFIX && u.startsWith(head)) return true;
  return false;
}

/**
 * Weights, and why:
 * - A figure missing from the other side is left out of both masses when that side gives figures
 *   too: a differing figure is a conflict to report, not evidence that the sentence is about
 *   something else. When the source gives none, the page's figure ("in September 2024") is
 *   a detail the source does not have, weighed like any word the corpus has never seen.
 * - A page word no claim contains weighs `unseenWeight` times its IDF: "floodwaters", "Lagos",
 *   "climate finance" are what make a sentence that borrows the corpus's wording another story.
 * - A page name the source does not have weighs `foreignNameWeight` times more: a different
 *   city or person is a different event ("gunfire in Khartoum").
 * - Shared names earn `sharedNameCredit` of their weight: names alone ("Assad", "Damascus")
 *   are shared by half the corpus and by many stories it does not contain.
 */
export function measureOverlap(
  page: TextProfile,
  source: TextProfile,
  idf: (term: string) => number,
  seen: (term: string) => boolean,
  w: ScoringWeights = SCORING,
): Overlap {
  const sourceHasFigures = [...source.terms].some(isNumberTerm);
  const shared: string[] = [];
  let sharedPage = 0;
  let sharedSource = 0;
  let sharedContentMass = 0;
  let pageMass = 0;
  for (const t of page.terms) {
    let inSource = source.terms.has(t);
    if (!inSource && isNumberTerm(t) && sourceHasFigures) continue;
    if (!inSource && nearTerm(t, source.terms)) inSource = true;
    const weight = idf(t);
    const isName = page.nameTerms.has(t);
    if (!inSource) {
      let extra = seen(t) && !isNumberTerm(t) ? 1 : w.unseenWeight;
      if (isName) extra *= w.foreignNameWeight;
      pageMass += weight * extra;
      continue;
    }
    pageMass += weight;
    shared.push(t);
    const credit = isName || source.nameTerms.has(t) ? w.sharedNameCredit : 1;
    sharedPage += weight * credit;
    sharedSource += weight * credit;
    if (!isNumberTerm(t) && !isName) sharedContentMass += weight;
  }
  let sourceMass = 0;
  for (const t of source.terms) {
    if (!page.terms.has(t) && isNumberTerm(t)) continue;
    if (!page.terms.has(t) && nearTerm(t, page.terms)) continue;
    sourceMass += idf(t);
  }
  return {
    shared,
    sharedContentMass,
    pageCoverage: pageMass > 0 ? sharedPage / pageMass : 0,
    sourceCoverage: sourceMass > 0 ? sharedSource / sourceMass : 0,
  };
}

/** From overlap to one score in 0..1: F-beta of page coverage and source coverage, gated. */
export function combineScore(o: Overlap, w: ScoringWeights = SCORING): number {
  if (o.sharedContentMass < w.minContentMass) return 0;
  const p = o.pageCoverage;
  const r = o.sourceCoverage;
  if (p === 0 || r === 0) return 0;
  const b2 = w.beta * w.beta;
  return ((1 + b2) * p * r) / (b2 * p + r);
}
