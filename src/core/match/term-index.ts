/**
 * The candidate step: an inverted index from content terms to claims, so that matching a page
 * costs in proportion to the page (a few short posting lists per sentence), not page x corpus.
 * Claims can be added and removed one at a time, so a user's own articles can join the bundled
 * corpus without a rebuild.
 */

import { CANDIDATE_DF_FLOOR, CANDIDATE_DF_FRACTION, MAX_QUERY_TERMS } from './constants';

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
  #size = 0;
  /** Scratch accumulator reused across queries; grows with the slot count. */
  #acc = new Float64Array(0);

  /** Number of claims in the index. */
  get size(): number {
    return this.#size;
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
    this.#size++;
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

  /**
   * Claims sharing the sentence's rarest terms, best first. Only the `MAX_QUERY_TERMS` rarest
   * known terms are looked up, and terms in more than `CANDIDATE_DF_FRACTION` of claims are
   * skipped in a large corpus: their posting lists are long and they cannot tell claims apart.
   */
  candidates(terms: readonly string[], limit: number): Candidate[] {
    const known = [...new Set(terms)]
      .map((t) => ({ t, df: this.df(t) }))
      .filter((x) => x.df > 0)
      .sort((a, b) => a.df - b.df);
    const maxDf = Math.max(CANDIDATE_DF_FLOOR, this.#size * CANDIDATE_DF_FRACTION);
    const query = known.filter((x) => x.df <= maxDf).slice(0, MAX_QUERY_TERMS);
    if (query.length === 0) return [];
    if (this.#acc.length < this.#ids.length) this.#acc = new Float64Array(this.#ids.length * 2);
    const acc = this.#acc;
    const touched: number[] = [];
    for (const { t } of query) {
      const w = this.idf(t);
      for (const slot of this.#postings.get(t) ?? []) {
        if (acc[slot] === 0) touched.push(slot);
        acc[slot]! += w;
      }
    }
    const out: Candidate[] = [];
    for (const slot of touched) {
      out.push({ slot, id: this.#ids[slot]!, weight: acc[slot]! });
      acc[slot] = 0;
    }
    out.sort((a, b) => b.weight - a.weight);
    return out.slice(0, limit);
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
    data.ids.forEach((id, slot) => {
      if (id !== null) {
        index.#slotOf.set(id, slot);
        index.#size++;
      } else index.#termsOf[slot] = null;
    });
    return index;
  }
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
