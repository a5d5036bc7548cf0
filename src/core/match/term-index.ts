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


/** The index as plain JSON, for storage and for measuring its size. */
export interface SerializedTermIndex {
  version: 1;
  /** Claim ids by slot; null where a claim was removed. */
  ids: Array<string | null>;
  /** Term -> slots of the claims that contain it. */
  postings: Record<string, number[]>;
}

/**
 * A term (or head) of the vocabulary: a stable integer id, given once and never reused, and the
 * slots of the claims that contain it. The scorer compares sentences by these ids; an entry stays
 * when its last claim goes, so ids held by cached source profiles stay valid.
 */
export interface Posting {
  readonly id: number;
  slots: number[];
}

/**
 * The claims one sentence can reach, best bound first, read one at a time: `next()` gives a
 * slot (or -1 when none is left) and `bound` its shared-mass bound. A binary heap, not a sort: a
 * sentence touches hundreds of claims in a large corpus, and scoring stops after a few.
 */
export class Reached {
  #slots = new Int32Array(64);
  #bounds = new Float64Array(64);
  #size = 0;
  /** Bound of the slot last returned by `next()`. */
  bound = 0;

  get size(): number {
    return this.#size;
  }

  reset(): void {
    this.#size = 0;
    this.bound = 0;
  }

  push(slot: number, bound: number): void {
    if (this.#size === this.#slots.length) {
      const slots = new Int32Array(this.#size * 2);
      slots.set(this.#slots);
      const bounds = new Float64Array(this.#size * 2);
      bounds.set(this.#bounds);
      this.#slots = slots;
      this.#bounds = bounds;
    }
    this.#slots[this.#size] = slot;
    this.#bounds[this.#size] = bound;
    this.#size++;
  }

  /** Orders what was pushed into a heap, in linear time. */
  heapify(): void {
    for (let i = (this.#size >> 1) - 1; i >= 0; i--) this.#down(i);
  }

  /** The slot with the highest bound (ties: the one pushed first), removed; -1 when empty. */
  next(): number {
    if (this.#size === 0) return -1;
    const slot = this.#slots[0]!;
    this.bound = this.#bounds[0]!;
    this.#size--;
    if (this.#size > 0) {
      this.#slots[0] = this.#slots[this.#size]!;
      this.#bounds[0] = this.#bounds[this.#size]!;
      this.#down(0);
    }
    return slot;
  }

  /** Highest bound first; between equal bounds the lower slot, so the order never depends on the heap's shape. */
  #above(a: number, b: number): boolean {
    const x = this.#bounds[a]!;
    const y = this.#bounds[b]!;
    return x > y || (x === y && this.#slots[a]! < this.#slots[b]!);
  }

  #down(i: number): void {
    const n = this.#size;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) return;
      const r = l + 1;
      const top = r < n && this.#above(r, l) ? r : l;
      if (!this.#above(top, i)) return;
      const s = this.#slots[i]!;
      const b = this.#bounds[i]!;
      this.#slots[i] = this.#slots[top]!;
      this.#bounds[i] = this.#bounds[top]!;
      this.#slots[top] = s;
      this.#bounds[top] = b;
      i = top;
    }
  }
}

export class TermIndex {
  #ids: Array<string | null> = [];
  #slotOf = new Map<string, number>();
  #termsOf: Array<readonly string[] | null> = [];
  #postings = new Map<string, Posting>();
  /** Head (first `NEAR_PREFIX` letters) -> the claims with a term of that head. */
  #heads = new Map<string, Posting>();
  #size = 0;
  /** Bumped on every change, so callers can cache figures derived from the statistics. */
  #version = 0;
  /** Scratch accumulator reused across queries; grows with the slot count. */
  #acc = new Float64Array(0);
  #touched = new Int32Array(0);

  /** Number of claims in the index. */
  get size(): number {
    return this.#size;
  }

  /** Changes with every add or remove. */
  get version(): number {
    return this.#version;
  }

  /** Number of term ids and head ids given so far: every id is below these. */
  get termIds(): number {
    return this.#postings.size;
  }

  get headIds(): number {
    return this.#heads.size;
  }

  /** The posting of a term, if any claim ever had it (its slots may be empty since). */
  term(t: string): Posting | undefined {
    return this.#postings.get(t);
  }

  /** The posting of a head (`NEAR_PREFIX` letters), if any claim ever had a term with it. */
  head(h: string): Posting | undefined {
    return this.#heads.get(h);
  }

  /** The id of a term, given now when it has none (terms of source sentences no claim lists). */
  termId(t: string): number {
    return entry(this.#postings, t).id;
  }

  headId(h: string): number {
    return entry(this.#heads, h).id;
  }

  #addHeads(slot: number, terms: readonly string[]): void {
    for (const h of headsOf(terms)) entry(this.#heads, h).slots.push(slot);
  }

  /** Adds a claim (replacing one with the same id); returns its slot. */
  add(claim: IndexedClaim): number {
    if (this.#slotOf.has(claim.id)) this.remove(claim.id);
    const slot = this.#ids.length;
    const terms = [...new Set(claim.terms)];
    this.#ids.push(claim.id);
    this.#termsOf.push(terms);
    this.#slotOf.set(claim.id, slot);
    for (const t of terms) entry(this.#postings, t).slots.push(slot);
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
      const posting = this.#postings.get(t);
      if (posting) posting.slots = posting.slots.filter((s) => s !== slot);
    }
    for (const h of headsOf(this.#termsOf[slot] ?? [])) {
      const posting = this.#heads.get(h);
      if (posting) posting.slots = posting.slots.filter((s) => s !== slot);
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
    return this.#postings.get(term)?.slots.length ?? 0;
  }

  /**
   * Inverse document frequency, smoothed so a term no claim contains weighs most: a page word
   * the corpus has never seen is strong evidence that the sentence is about something else.
   */
  idf(term: string): number {
    return this.idfOf(this.df(term));
  }

  /** `idf` from a document frequency already at hand. */
  idfOf(df: number): number {
    return Math.log((this.#size + 1) / (df + 1)) + 1;
  }

  /** A term held by more claims than this is not looked up (see `CANDIDATE_DF_FRACTION`). */
  get maxDf(): number {
    return Math.max(CANDIDATE_DF_FLOOR, this.#size * CANDIDATE_DF_FRACTION);
  }

  /**
   * Bit sets of the claims on long posting lists, made when a sentence first needs one and
   * dropped on any change: testing a claim against a common term is then one bit, where reading
   * the term's posting list would touch a good share of the corpus.
   */
  #bits = new Map<Posting, Uint32Array>();
  #bitsVersion = -1;

  #bitsOf(posting: Posting): Uint32Array {
    if (this.#bitsVersion !== this.#version) {
      this.#bits.clear();
      this.#bitsVersion = this.#version;
    }
    let bits = this.#bits.get(posting);
    if (!bits) {
      bits = new Uint32Array((this.#ids.length >>> 5) + 1);
      for (const slot of posting.slots) bits[slot >>> 5]! |= 1 << (slot & 31);
      this.#bits.set(posting, bits);
    }
    return bits;
  }

  /**
   * Adds each list's weight to the bound of every claim on it; then, for each claim that could
   * still reach `minBound` with every common term (`common`, weighed by `commonWeights`), adds
   * the weights of the common terms it has, and hands `into` the claims that reach `minBound`.
   */
  #accumulate(
    lists: ReadonlyArray<readonly number[]>,
    weights: ArrayLike<number>,
    count: number,
    minBound: number,
    into: Reached,
    common: readonly Uint32Array[] = [],
    commonWeights: readonly number[] = [],
    c = common.length,
  ): void {
    if (this.#acc.length < this.#ids.length) {
      this.#acc = new Float64Array(this.#ids.length * 2);
      this.#touched = new Int32Array(this.#ids.length * 2);
    }
    const acc = this.#acc;
    const touched = this.#touched;
    let n = 0;
    for (let k = 0; k < count; k++) {
      const list = lists[k]!;
      const w = weights[k]!;
      for (let i = 0; i < list.length; i++) {
        const slot = list[i]!;
        if (acc[slot] === 0) touched[n++] = slot;
        acc[slot]! += w;
      }
    }
    let commonMass = 0;
    for (let k = 0; k < c; k++) commonMass += commonWeights[k]!;
    // Only claims that can reach `minBound` are kept: in a large corpus a sentence touches
    // thousands of claims through its commoner terms, and ordering them all cost more than scoring.
    // Common terms are tested heaviest first, and a claim is dropped as soon as the terms left
    // cannot lift it to `minBound` (most touched claims share one term and few common ones).
    // Claims on common lists only are found below when those lists can reach `minBound` alone.
    const byCommonOnly = minBound > 0 && c > 0 && commonMass >= minBound * (1 - 1e-9);
    const stamp = byCommonOnly ? this.#nextStamp() : 0;
    const seen = this.#seen;
    for (let i = 0; i < n; i++) {
      const slot = touched[i]!;
      let bound = acc[slot]!;
      acc[slot] = 0;
      if (byCommonOnly) seen[slot] = stamp;
      let left = commonMass;
      if (bound + left < minBound) continue;
      const word = slot >>> 5;
      const bit = slot & 31;
      let k = 0;
      for (; k < c; k++) {
        const w = commonWeights[k]!;
        left -= w;
        if ((common[k]![word]! >>> bit) & 1) bound += w;
        else if (bound + left < minBound) break;
      }
      if (k === c && bound >= minBound) into.push(slot, bound);
    }
    if (byCommonOnly) this.#reachByCommonOnly(common, commonWeights, c, commonMass, minBound, stamp, into);
    into.heapify();
  }

  /** Stamps for `#seen`, one per sentence that needs it. */
  #stamp = 0;
  /** By slot: the stamp of the last sentence whose rarer lists hold the claim. */
  #seen = new Int32Array(0);

  #nextStamp(): number {
    if (this.#seen.length < this.#acc.length || this.#stamp >= 0x7fffffff) {
      this.#seen = new Int32Array(this.#acc.length);
      this.#stamp = 0;
    }
    return ++this.#stamp;
  }

  /**
   * The claims no rarer list holds that reach `minBound` through common lists alone (`common`
   * heaviest first; claims stamped in `#seen` are done already). Such a claim is on at least the
   * fewest lists whose weights can add up to `minBound`, so the bit sets are counted word by word
   * (up to four) and only claims on that many are weighed, without reading the long lists.
   */
  #reachByCommonOnly(
    common: readonly Uint32Array[],
    commonWeights: readonly number[],
    c: number,
    commonMass: number,
    minBound: number,
    stamp: number,
    into: Reached,
  ): void {
    let need = 0;
    for (let top = 0; need < c && top < minBound * (1 - 1e-9); need++) top += commonWeights[need]!;
    // Counting to four is enough to leave out almost every claim; a claim on four or more lists
    // is weighed exactly below either way.
    need = Math.min(need, 4);
    // And it is on one of the heaviest lists, those without which the rest cannot reach `minBound`.
    let essential = c;
    for (let rest = 0; essential > 0 && rest + commonWeights[essential - 1]! < minBound * (1 - 1e-9); essential--) {
      rest += commonWeights[essential - 1]!;
    }
    const seen = this.#seen;
    const words = common[0]!.length;
    for (let word = 0; word < words; word++) {
      let one = 0;
      let two = 0;
      let three = 0;
      let four = 0;
      let onEssential = 0;
      for (let k = 0; k < c; k++) {
        const b = common[k]![word]!;
        if (k < essential) onEssential |= b;
        four |= three & b;
        three |= two & b;
        two |= one & b;
        one |= b;
      }
      let hits = (need === 1 ? one : need === 2 ? two : need === 3 ? three : four) & onEssential;
      while (hits !== 0) {
        const low = hits & -hits;
        hits ^= low;
        const slot = (word << 5) | (31 - Math.clz32(low));
        if (seen[slot] === stamp) continue;
        let bound = 0;
        let left = commonMass;
        let k = 0;
        for (; k < c; k++) {
          const w = commonWeights[k]!;
          left -= w;
          if ((common[k]![word]! >>> (slot & 31)) & 1) bound += w;
          else if (bound + left < minBound) break;
        }
        if (k === c && bound >= minBound) into.push(slot, bound);
      }
    }
  }

  /**
   * Claims sharing the sentence's terms, best first, with the IDF mass they share. Terms in more
   * than `CANDIDATE_DF_FRACTION` of claims are skipped in a large corpus: their posting lists
   * are long and they cannot tell claims apart.
   */
  candidates(terms: readonly string[], limit: number): Candidate[] {
    const maxDf = this.maxDf;
    const lists: number[][] = [];
    const weights: number[] = [];
    for (const t of new Set(terms)) {
      const list = this.#postings.get(t)?.slots;
      if (list && list.length > 0 && list.length <= maxDf) {
        lists.push(list);
        weights.push(this.idf(t));
      }
    }
    const reached = new Reached();
    this.#accumulate(lists, weights, lists.length, 0, reached);
    const out: Candidate[] = [];
    for (let slot = reached.next(); slot >= 0 && out.length < limit; slot = reached.next()) {
      out.push({ slot, id: this.#ids[slot]!, weight: reached.bound });
    }
    return out;
  }

  /**
   * The claims a sentence can share terms with (exactly or by head), best bound first, into
   * `into`, each with the IDF mass it shares. `postings` are what the scorer counts each term by
   * (its head's for a term of `NEAR_PREFIX` letters or more, else its own), `weights` each term's
   * weight as the scorer weighs it, the first `count` of each read (the caller's scratch arrays
   * are longer); claims whose shared mass stays under `minMass` are left out.
   *
   * Claims are found through the rarer terms: a posting list longer than `maxDf` is not read, it
   * is tested claim by claim on the claims the rarer terms found. A claim that shares only such
   * common terms with the sentence is found by counting their bit sets, when they weigh enough
   * to reach `minMass` at all; with `minMass` 0 it is not found.
   */
  reach(postings: ArrayLike<Posting | undefined>, weights: ArrayLike<number>, minMass: number, into: Reached, count = postings.length): void {
    into.reset();
    const maxDf = this.maxDf;
    // Scratch lists, reused: this runs once per page sentence. Written by position, never
    // truncated (an emptied array gives up its storage and would grow again every sentence).
    const read = this.#read;
    const readWeights = this.#readWeights;
    const common = this.#common;
    const commonWeights = this.#commonWeights;
    let reads = 0;
    let c = 0;
    for (let k = 0; k < count; k++) {
      const posting = postings[k];
      if (!posting || posting.slots.length === 0) continue;
      const w = weights[k]!;
      if (posting.slots.length <= maxDf) {
        read[reads] = posting.slots;
        readWeights[reads] = w;
        reads++;
        continue;
      }
      // Common terms in descending weight (insertion: a sentence has a handful).
      const bits = this.#bitsOf(posting);
      let i = c++;
      while (i > 0 && commonWeights[i - 1]! < w) {
        common[i] = common[i - 1]!;
        commonWeights[i] = commonWeights[i - 1]!;
        i--;
      }
      common[i] = bits;
      commonWeights[i] = w;
    }
    this.#accumulate(read, readWeights, reads, minMass, into, common, commonWeights, c);
  }

  #read: Array<readonly number[]> = [];
  #readWeights: number[] = [];
  #common: Uint32Array[] = [];
  #commonWeights: number[] = [];

  toJSON(): SerializedTermIndex {
    const postings: Record<string, number[]> = {};
    for (const [term, { slots }] of this.#postings) if (slots.length > 0) postings[term] = slots;
    return { version: 1, ids: [...this.#ids], postings };
  }

  /** Rebuilds an index from its JSON form without recomputing any terms. */
  static fromJSON(data: SerializedTermIndex): TermIndex {
    const index = new TermIndex();
    index.#ids = [...data.ids];
    index.#termsOf = data.ids.map(() => []);
    for (const [term, slots] of Object.entries(data.postings)) {
      entry(index.#postings, term).slots = [...slots];
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

/** The posting of `key`, made with the next id when there is none. */
function entry(map: Map<string, Posting>, key: string): Posting {
  let posting = map.get(key);
  if (!posting) {
    posting = { id: map.size, slots: [] };
    map.set(key, posting);
  }
  return posting;
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
