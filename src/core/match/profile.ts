/**
 * A sentence reduced to what the scorer compares: its distinct content terms and which of them
 * come from names. Computed once per page sentence and once per source quote (lazily, cached by
 * the matcher), so scoring a candidate is set arithmetic over precomputed arrays only.
 */

import { contentTerms, extractNames } from '../text';
import { NEAR_PREFIX } from './constants';

export interface TextProfile {
  text: string;
  /** Distinct canonical content terms, in first-seen order (iterated by the scorer). */
  list: readonly string[];
  /** Terms that belong to a name ("assad", "damascus", "sednaya"). */
  nameTerms: ReadonlySet<string>;
  /** Name as written, by each of its terms, to show the reader the names that matched. */
  nameByTerm: ReadonlyMap<string, string>;
  /** Whether any term is a figure. */
  hasFigures: boolean;
  /** The head of each term of `list` (its first `NEAR_PREFIX` letters: "sudde" for "suddenli"), or null for a shorter term. */
  headOf: ReadonlyArray<string | null>;
  /** Whether each term of `list` is a figure. */
  numeric: readonly boolean[];
}

const NO_NAMES: ReadonlySet<string> = new Set();
const NO_NAME_TEXT: ReadonlyMap<string, string> = new Map();

/**
 * `list` (the distinct terms) may be passed when the caller already has them (they cost as much
 * as segmenting).
 * `withNames: false` leaves names out: every name rule lowers a score, so a profile without names
 * gives an upper bound, and names (the costliest part) are only read for sentences that may match.
 */
export function profileText(
  text: string,
  list: readonly string[] = [...new Set(contentTerms(text))],
  withNames = true,
): TextProfile {
  const headOf = list.map((t) => (t.length >= NEAR_PREFIX ? t.slice(0, NEAR_PREFIX) : null));
  const numeric = list.map(isNumberTerm);
  const hasFigures = numeric.includes(true);
  const base = profileOf(text, list, headOf, numeric, hasFigures);
  return withNames ? addNames(base) : base;
}

/** A profile without names from its parts, for a caller that has computed them. */
export function profileOf(
  text: string,
  list: readonly string[],
  headOf: ReadonlyArray<string | null>,
  numeric: readonly boolean[],
  hasFigures: boolean,
): TextProfile {
  return { text, list, hasFigures, headOf, numeric, nameTerms: NO_NAMES, nameByTerm: NO_NAME_TEXT };
}

/**
 * Content terms by name as written. Names repeat across a page and a session ("Assad",
 * "Damascus"), and running the text layer on each mention was a fifth of the cost of a sentence
 * that may match. Bounded like the text layer's word memo.
 */
const nameTermsMemo = new Map<string, readonly string[]>();
const NAME_MEMO_LIMIT = 20_000;

function nameTermsOf(name: string): readonly string[] {
  let terms = nameTermsMemo.get(name);
  if (!terms) {
    terms = contentTerms(name);
    if (nameTermsMemo.size >= NAME_MEMO_LIMIT) nameTermsMemo.clear();
    nameTermsMemo.set(name, terms);
  }
  return terms;
}

/** The profile with its names read: which terms belong to a name, and the name as written. */
export function addNames(profile: TextProfile): TextProfile {
  const nameTerms = new Set<string>();
  const nameByTerm = new Map<string, string>();
  for (const name of extractNames(profile.text)) {
    for (const t of nameTermsOf(name.text)) {
      // A linear search: a sentence has a few dozen terms, and they and a name's terms are the
      // same interned strings, so each test is a pointer comparison, cheaper than a set to build.
      if (!profile.list.includes(t) || isNumberTerm(t)) continue;
      nameTerms.add(t);
      if (!nameByTerm.has(t)) nameByTerm.set(t, name.text);
    }
  }
  return { ...profile, nameTerms, nameByTerm };
}

/** Digits only: what `contentTerms` makes of a figure. */
export function isNumberTerm(term: string): boolean {
  if (term.length === 0) return false;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
