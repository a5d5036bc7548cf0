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
  order: readonly number[];
  ids: readonly number[];
  idf: readonly number[];
  /** Bit flags per term: SEEN, NUMERIC, NAME, POLARITY. */
  flags: readonly number[];
  /** Id of each term's head (first `NEAR_PREFIX` letters), or -1 for a shorter term. */
  head: readonly number[];
}

const SEEN = 1;
const NUMERIC = 2;
const NAME = 4;
const POLARITY = 8;

/**
 * Weighs a profile's terms with the corpus's statistics. `termId` and `headId` give terms and
 * heads integer ids from the dictionaries shared by every profile compared with each other; -1
 * stands for a term or head no source has (a page word the corpus never saw), which matches
 * nothing.
 */
export function weigh(
  profile: TextProfile,
  idf: (term: string) => number,
  seen: (term: string) => boolean,
  termId: (term: string) => number,
  headId: (head: string) => number,
): WeighedProfile {
  const { list, headOf } = profile;
  const n = list.length;
  const ids = new Int32Array(n);
  const heads = new Int32Array(n);
  const idfs = new Float64Array(n);
  const seenFlags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = list[i]!;
    const h = headOf[i];
    ids[i] = termId(t);
    heads[i] = h === null || h === undefined ? -1 : headId(h);
    idfs[i] = idf(t);
    seenFlags[i] = seen(t) ? 1 : 0;
  }
  return weighResolved(profile, ids, heads, idfs, seenFlags);
}

/**
 * `weigh` from ids, head ids, weights and seen flags already looked up, in `profile.list` order
 * (the matcher reads them once per page sentence for the index and the scorer alike).
 */
export function weighResolved(
  profile: TextProfile,
  termIds: ArrayLike<number>,
  headIds: ArrayLike<number>,
  idfs: ArrayLike<number>,
  seen: ArrayLike<number>,
): WeighedProfile {
  const { list, numeric } = profile;
  const n = list.length;
  // Plain arrays, not typed ones: a profile is a few dozen numbers, and a typed array of more
  // than 64 bytes gets its own buffer outside the heap, which costs more to make and to collect.
  const ids: number[] = [];
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    ids.push(0);
    order.push(0);
  }
  for (let i = 0; i < n; i++) {
    const id = termIds[i]!;
    // Insertion sort by id: a sentence has a few dozen terms at most.
    let k = i;
    while (k > 0 && ids[k - 1]! > id) {
      ids[k] = ids[k - 1]!;
      order[k] = order[k - 1]!;
      k--;
    }
    ids[k] = id;
    order[k] = i;
  }
  const idf: number[] = [];
  const flags: number[] = [];
  const head: number[] = [];
  const terms: string[] = [];
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const t = list[i]!;
    terms.push(t);
    idf.push(idfs[i]!);
    flags.push((seen[i] ? SEEN : 0) | (numeric[i] ? NUMERIC : 0) | (profile.nameTerms.has(t) ? NAME : 0) | (POLARITY_TERMS.has(t) ? POLARITY : 0));
    head.push(headIds[i]!);
  }
  return { profile, terms, order, ids, idf, flags, head };
}

/**
 * The same profile with names read: names only set flags, so the ids, weights and order of the
 * profile without them are kept.
 */
export function withNames(bare: WeighedProfile, profile: TextProfile): WeighedProfile {
  const flags = bare.flags.slice();
  for (let k = 0; k < flags.length; k++) if (profile.nameTerms.has(bare.terms[k]!)) flags[k]! |= NAME;
  return { ...bare, profile, flags };
}

/**
 * Scores many source sentences against one page sentence (the hot loop of matching) in time
 * linear in the two sentences, with no merge and no search: the page's term and head ids are
 * marked in tables indexed by id, and each source's in turn. Gives exactly what `scoreOverlap`
 * gives (same rules, same order of additions), which a unit test checks on every labelled
 * sentence against every source.
 */
export class PageScorer {
  #page: WeighedProfile | undefined;
  #clock = 0;
  #pageStamp = 0;
  /** By term id: the stamp of the page that has the term, and its position there. */
  #termMark = new Int32Array(0);
  #termPos = new Int32Array(0);
  /** By head id: the stamp of the page that has the head, and of the source that has it. */
  #headMark = new Int32Array(0);
  #sourceHeadMark = new Int32Array(0);
  /** By page position: the stamp of the source that has the same term, and whether it is a name there. */
  #exactMark = new Int32Array(0);
  #exactName = new Uint8Array(0);

  /**
   * Swaps in the same page with other flags (`withNames`): its ids are the loaded page's, so its
   * marks stand.
   */
  reflag(page: WeighedProfile): void {
    if (page.ids !== this.#page?.ids) throw new Error('PageScorer.reflag: not the loaded page');
    this.#page = page;
  }

  /** Marks `page` for scoring; `termIds` and `headIds` bound every id it and the sources hold. */
  load(page: WeighedProfile, termIds: number, headIds: number): void {
    if (this.#clock > 0x3fff0000) this.#clear();
    if (this.#termMark.length < termIds) {
      this.#termMark = grow(this.#termMark, termIds);
      this.#termPos = grow(this.#termPos, termIds);
    }
    if (this.#headMark.length < headIds) {
      this.#headMark = grow(this.#headMark, headIds);
      this.#sourceHeadMark = grow(this.#sourceHeadMark, headIds);
    }
    const n = page.ids.length;
    if (this.#exactMark.length < n) {
      this.#exactMark = new Int32Array(n * 2);
      this.#exactName = new Uint8Array(n * 2);
    }
    const stamp = ++this.#clock;
    this.#pageStamp = stamp;
    for (let i = 0; i < n; i++) {
      const id = page.ids[i]!;
      if (id >= 0) {
        this.#termMark[id] = stamp;
        this.#termPos[id] = i;
      }
      const h = page.head[i]!;
      if (h >= 0) this.#headMark[h] = stamp;
    }
    this.#page = page;
  }

  /** `scoreOverlap(page, source, w)` for the loaded page. */
  score(source: WeighedProfile, w: ScoringWeights = SCORING): number {
    this.#tally(source, w, null);
    return combineScore(this.#sharedContentMass, this.#pageCoverage, this.#sourceCoverage, w);
  }

  /** `measureOverlap(page, source, w)` for the loaded page. */
  overlap(source: WeighedProfile, w: ScoringWeights = SCORING): Overlap {
    const page = this.#page!;
    const shared: number[] = [];
    this.#tally(source, w, shared);
    // In reading order: mark each shared term's place in the sentence, then read the places in order.
    const n = page.ids.length;
    const at = this.#sharedAt.length >= n ? this.#sharedAt : (this.#sharedAt = new Int32Array(n * 2));
    const mark = ++this.#clock;
    for (const k of shared) at[page.order[k]!] = mark;
    const inOrder: string[] = [];
    for (let i = 0; i < n; i++) if (at[i] === mark) inOrder.push(page.profile.list[i]!);
    return {
      shared: inOrder,
      sharedContentMass: this.#sharedContentMass,
      pageCoverage: this.#pageCoverage,
      sourceCoverage: this.#sourceCoverage,
    };
  }

  /** By place in the page sentence: the clock of the last `overlap` that found the term there shared. */
  #sharedAt = new Int32Array(0);

  /** The last tally's figures (see `Overlap`), kept in fields so the hot loop allocates nothing. */
  #sharedContentMass = 0;
  #pageCoverage = 0;
  #sourceCoverage = 0;

  /** Measures the loaded page against `source`; pushes the page positions it shares to `shared`. */
  #tally(source: WeighedProfile, w: ScoringWeights, shared: number[] | null): void {
    const page = this.#page!;
    const call = ++this.#clock;
    const pageStamp = this.#pageStamp;
    const termMark = this.#termMark;
    const headMark = this.#headMark;
    const sourceHeadMark = this.#sourceHeadMark;
    const exactMark = this.#exactMark;
    const exactName = this.#exactName;
    const sn = source.ids.length;
    // One pass over the source: mark what the page shares with it, and weigh the source's side.
    // Ids given after the page was loaded are past the tables' ends: no page term has them.
    let sourceMass = 0;
    let anyShared = false;
    for (let k = 0; k < sn; k++) {
      const id = source.ids[k]!;
      const h = source.head[k]!;
      if (h >= 0 && h < sourceHeadMark.length) sourceHeadMark[h] = call;
      let extra = 1;
      if (termMark[id] === pageStamp) {
        const i = this.#termPos[id]!;
        exactMark[i] = call;
        exactName[i] = source.flags[k]! & NAME;
        anyShared = true;
      } else {
        const flags = source.flags[k]!;
        if (flags & NUMERIC) continue;
        if (h >= 0 && headMark[h] === pageStamp) {
          anyShared = true;
          continue;
        }
        if (flags & NAME) extra *= w.missingNameWeight;
        if (flags & POLARITY) extra *= w.polarityWeight;
      }
      sourceMass += source.idf[k]! * extra;
    }
    if (!anyShared) {
      this.#sharedContentMass = this.#pageCoverage = this.#sourceCoverage = 0;
      return;
    }
    const sourceHasFigures = source.profile.hasFigures;
    let sharedPage = 0;
    let sharedSource = 0;
    let sharedContentMass = 0;
    let pageMass = 0;
    const pn = page.ids.length;
    for (let i = 0; i < pn; i++) {
      const exact = exactMark[i] === call;
      const flags = page.flags[i]!;
      const numeric = (flags & NUMERIC) !== 0;
      if (!exact && numeric && sourceHasFigures) continue;
      const head = page.head[i]!;
      const inSource = exact || (head >= 0 && sourceHeadMark[head] === call);
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
      const credit = isName || (exact && exactName[i] !== 0) ? w.sharedNameCredit : 1;
      sharedPage += weight * credit;
      sharedSource += weight * credit;
      if (!numeric && !isName) sharedContentMass += weight;
    }
    this.#sharedContentMass = sharedContentMass;
    this.#pageCoverage = pageMass > 0 ? sharedPage / pageMass : 0;
    this.#sourceCoverage = sourceMass > 0 ? sharedSource / sourceMass : 0;
  }

  /** The loaded page, if it is `page`. */
  holds(page: WeighedProfile): boolean {
    return this.#page === page;
  }

  #clear(): void {
    this.#clock = 0;
    for (const t of [this.#termMark, this.#headMark, this.#sourceHeadMark, this.#exactMark, this.#sharedAt]) t.fill(0);
  }
}

function grow(xs: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(Math.max(size, xs.length * 2));
  out.set(xs);
  return out;
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
  return scorerFor(page).overlap(source, w);
}

/**
 * The score of a page sentence against a source sentence without building the `Overlap` (the
 * hot loop of matching holds its own `PageScorer`, loaded once per sentence).
 */
export function scoreOverlap(page: WeighedProfile, source: WeighedProfile, w: ScoringWeights = SCORING): number {
  return scorerFor(page).score(source, w);
}

/** One scorer for the functions above, loaded with the page they were last called with. */
const sharedScorer = new PageScorer();

function scorerFor(page: WeighedProfile): PageScorer {
  if (!sharedScorer.holds(page)) {
    // The tables need to reach the page's ids only: a source id past them is on no page.
    let termIds = 0;
    let headIds = 0;
    for (let k = 0; k < page.ids.length; k++) {
      termIds = Math.max(termIds, page.ids[k]! + 1);
      headIds = Math.max(headIds, page.head[k]! + 1);
    }
    sharedScorer.load(page, termIds, headIds);
  }
  return sharedScorer;
}

/** From overlap to one score in 0..1: F-beta of page coverage and source coverage, gated. */
function combineScore(sharedContentMass: number, pageCoverage: number, sourceCoverage: number, w: ScoringWeights): number {
  if (sharedContentMass < w.minContentMass) return 0;
  return fBeta(pageCoverage, sourceCoverage, w.beta);
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
