/**
 * A sentence reduced to what the scorer compares: its distinct content terms and which of them
 * come from names. Computed once per page sentence and once per source quote (lazily, cached by
 * the matcher), so scoring a candidate is set arithmetic over precomputed arrays only.
 */

import { contentTerms, extractNames } from '../text';
import { NEAR_PREFIX } from './constants';

export interface TextProfile {
  text: string;
  /** Distinct canonical content terms. */
  terms: ReadonlySet<string>;
  /** The same terms as an array, in first-seen order (iterated by the scorer). */
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
 * `terms` may be passed when the caller already has them (they cost as much as segmenting).
 * `withNames: false` leaves names out: every name rule lowers a score, so a profile without names
 * gives an upper bound, and names (the costliest part) are only read for sentences that may match.
 */
export function profileText(
  text: string,
  terms: ReadonlySet<string> = new Set(contentTerms(text)),
  withNames = true,
): TextProfile {
  const list = [...terms];
  const headOf = list.map((t) => (t.length >= NEAR_PREFIX ? t.slice(0, NEAR_PREFIX) : null));
  const numeric = list.map(isNumberTerm);
  const hasFigures = numeric.includes(true);
  const base = { text, terms, list, hasFigures, headOf, numeric };
  if (!withNames) return { ...base, nameTerms: NO_NAMES, nameByTerm: NO_NAME_TEXT };
  const nameTerms = new Set<string>();
  const nameByTerm = new Map<string, string>();
  for (const name of extractNames(text)) {
    for (const t of contentTerms(name.text)) {
      if (!terms.has(t) || isNumberTerm(t)) continue;
      nameTerms.add(t);
      if (!nameByTerm.has(t)) nameByTerm.set(t, name.text);
    }
  }
  return { ...base, nameTerms, nameByTerm };
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
