/**
 * The candidate step: an inverted index from content terms to claims, so that matching a page
 * costs in proportion to the page (a few short posting lists per sentence), not page x corpus.
 * Claims can be added and removed one at a time, so a user's own articles can join the bundled
 * corpus without a rebuild.
 */

import { CANDIDATE_DF_FLOOR, CANDIDATE_DF_FRACTION, NEAR_PREFIX } from './constants';

/** What the index keeps about a claim: its id and its content terms (from `Claim.terms`). */
export interface IndexedClaim {
  id: string;
  terms: readonly string[];
}

/** A claim that shares rare terms with a sentence, with the IDF mass they share. */
export interface Candidate {
  slot: number;
  id: string;
  weight: number;
}

/**
 * The claims a sentence can share terms with, each with a bound on the IDF mass it can share:
 * exact terms, and for terms of `NEAR_PREFIX` letters or more any term with the same head (the
 * scorer counts those as one word). `slack` is the mass of terms not looked up (too common),
 * which any claim, touched or not, may share as well.
 */
export interface Reach {
  claims: Array<{ slot: number; bound: number }>;
  slack: number;
}

/** The index as plain JSON, for storage and for measuring its size. */
export interface SerializedTermIndex {
  version: 1;
  /** Claim ids by slot; null where a claim was removed. */
  ids: Array<string | null>;
  /** Term -> slots of the claims that contain it. */
  postings: Record<string, number[]>;
}

export class TermIndex {
  #ids: Array<string | null> = [];
  #slotOf = new Map<string, number>();
  #termsOf: Array<readonly string[] | null> = [];
  #postings = new Map<string, number[]>();
  /** Head (first `NEAR_PREFIX` letters) -> slots of the claims with a term of that head. */
  #heads = new Map<string, number[]>();
  #size = 0;
  /** Bumped on every change, so callers can cache figures derived from the statistics. */
  #version = 0;
  /** Scratch accumulator reused across queries; grows with the slot count. */
  #acc = new Float64Array(0);

  /** Number of claims in the index. */
  get size(): number {
    return this.#size;
  }

  /** Changes with every add or remove. */
  get version(): number {
    return this.#version;
  }

  #addHeads(slot: number, terms: readonly string[]): void {
    for (const h of headsOf(terms)) {
      const list = this.#heads.get(h);
      if (list) list.push(slot);
      else this.#heads.set(h, [slot]);
    }
  }

  /** Adds a claim (replacing one with the same id); returns its slot. */
  add(claim: IndexedClaim): number {
    if (this.#slotOf.has(claim.id)) this.remove(claim.id);
    const slot = this.#ids.length;
    const terms = [...new Set(claim.terms)];
    this.#ids.push(claim.id);
    this.#termsOf.push(terms);
    this.#slotOf.set(claim.id, slot);
    for (const t of terms) {
      const list = this.#postings.get(t);
      if (list) list.push(slot);
      else this.#postings.set(t, [slot]);
    }
    this.#addHeads(slot, terms);
    this.#size++;
    this.#version++;
    return slot;
  }

  /** Removes a claim by id; false when it was not indexed (a miss, not an error). */
  remove(id: string): boolean {
    const slot = this.#slotOf.get(id);
    if (slot === undefined) return false;
    for (const t of this.#termsOf[slot] ?? []) {
      const list = this.#postings.get(t);
      if (!list) continue;
      const kept = list.filter((s) => s !== slot);
      if (kept.length === 0) this.#postings.delete(t);
      else this.#postings.set(t, kept);
    }
    for (const h of headsOf(this.#termsOf[slot] ?? [])) {
      const kept = (this.#heads.get(h) ?? []).filter((s) => s !== slot);
      if (kept.length === 0) this.#heads.delete(h);
      else this.#heads.set(h, kept);
    }
    this.#version++;
    this.#ids[slot] = null;
    this.#termsOf[slot] = null;
    this.#slotOf.delete(id);
    this.#size--;
    return true;
  }

  slotOf(id: string): number | undefined {
    return this.#slotOf.get(id);
  }

  idAt(slot: number): string | null {
    return this.#ids[slot] ?? null;
  }

  /** Number of claims that contain a term. */
  df(term: string): number {
    return this.#postings.get(term)?.length ?? 0;
  }

  /**
   * Inverse document frequency, smoothed so a term no claim contains weighs most: a page word
   * the corpus has never seen is strong evidence that the sentence is about something else.
   */
  idf(term: string): number {
    return Math.log((this.#size + 1) / (this.df(term) + 1)) + 1;
  }

  /** A term held by more claims than this is not looked up (see `CANDIDATE_DF_FRACTION`). */
  #maxDf(): number {
    return Math.max(CANDIDATE_DF_FLOOR, this.#size * CANDIDATE_DF_FRACTION);
  }

  #accumulate(lists: Iterable<readonly [readonly number[], number]>, minBound = 0): Array<{ slot: number; bound: number }> {
    if (this.#acc.length < this.#ids.length) this.#acc = new Float64Array(this.#ids.length * 2);
    const acc = this.#acc;
    const touched: number[] = [];
    for (const [list, w] of lists) {
      for (const slot of list) {
        if (acc[slot] === 0) touched.push(slot);
        acc[slot]! += w;
      }
    }
    // Only claims that can reach `minBound` are sorted: in a large corpus a sentence touches
    // thousands of claims through its commoner terms, and sorting them all cost more than scoring.
    const out: Array<{ slot: number; bound: number }> = [];
    for (const slot of touched) {
      const bound = acc[slot]!;
      acc[slot] = 0;
      if (bound >= minBound) out.push({ slot, bound });
    }
    return out.sort((a, b) => b.bound - a.bound);
  }

  /**
   * Claims sharing the sentence's terms, best first, with the IDF mass they share. Terms in more
   * than `CANDIDATE_DF_FRACTION` of claims are skipped in a large corpus: their posting lists
   * are long and they cannot tell claims apart.
   */
  candidates(terms: readonly string[], limit: number): Candidate[] {
    const maxDf = this.#maxDf();
    const lists: Array<readonly [number[], number]> = [];
    for (const t of new Set(terms)) {
      const list = this.#postings.get(t);
      if (list && list.length <= maxDf) lists.push([list, this.idf(t)]);
    }
    return this.#accumulate(lists)
      .slice(0, limit)
      .map(({ slot, bound }) => ({ slot, id: this.#ids[slot]!, weight: bound }));
  }

  /**
   * Every claim a sentence can share terms with (exactly or by head), best bound first; see
   * `Reach`. `idf` gives each term's weight, as the scorer weighs it; claims whose bound plus the
   * slack stays under `minMass` are left out.
   */
  reach(terms: readonly string[], idf: (term: string) => number, minMass = 0): Reach {
    const maxDf = this.#maxDf();
    const lists: Array<readonly [number[], number]> = [];
    let slack = 0;
    for (const t of terms) {
      const list = t.length >= NEAR_PREFIX ? this.#heads.get(t.slice(0, NEAR_PREFIX)) : this.#postings.get(t);
      if (!list) continue;
      if (list.length > maxDf) slack += idf(t);
      else lists.push([list, idf(t)]);
    }
    return { claims: this.#accumulate(lists, minMass - slack), slack };
  }

  toJSON(): SerializedTermIndex {
    return { version: 1, ids: [...this.#ids], postings: Object.fromEntries(this.#postings) };
  }

  /** Rebuilds an index from its JSON form without recomputing any terms. */
  static fromJSON(data: SerializedTermIndex): TermIndex {
    const index = new TermIndex();
    index.#ids = [...data.ids];
    index.#termsOf = data.ids.map(() => []);
    for (const [term, slots] of Object.entries(data.postings)) {
      index.#postings.set(term, [...slots]);
      for (const s of slots) (index.#termsOf[s] as string[]).push(term);
    }
    index.#termsOf.forEach((terms, slot) => {
      if (terms) index.#addHeads(slot, terms);
    });
    data.ids.forEach((id, slot) => {
      if (id !== null) {
        index.#slotOf.set(id, slot);
        index.#size++;
      } else index.#termsOf[slot] = null;
    });
    return index;
  }
}

/** The distinct heads of a claim's terms of `NEAR_PREFIX` letters or more. */
function headsOf(terms: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of terms) if (t.length >= NEAR_PREFIX) out.add(t.slice(0, NEAR_PREFIX));
  return out;
}

/** Bytes of the index serialised as JSON (UTF-8), the figure that matters for storage. */
export function measureIndexBytes(index: TermIndex): number {
  return new TextEncoder().encode(JSON.stringify(index.toJSON())).length;
}

/** Builds an index over claims in one pass. */
export function buildTermIndex(claims: Iterable<IndexedClaim>): TermIndex {
  const index = new TermIndex();
  for (const c of claims) index.add(c);
  return index;
}
