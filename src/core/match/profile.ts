/**
 * A sentence reduced to what the scorer compares: its distinct content terms and which of them
 * come from names. Computed once per page sentence and once per source quote (lazily, cached by
 * the matcher), so scoring a candidate is set arithmetic only.
 */

import { contentTerms, extractNames } from '../text';

export interface TextProfile {
  text: string;
  /** Distinct canonical content terms. */
  terms: ReadonlySet<string>;
  /** Terms that belong to a name ("assad", "damascus", "sednaya"). */
  nameTerms: ReadonlySet<string>;
  /** Name as written, by each of its terms, to show the reader the names that matched. */
  nameByTerm: ReadonlyMap<string, string>;
}

/** `terms` may be passed when the caller already has them (they cost as much as segmenting). */
export function profileText(text: string, terms: ReadonlySet<string> = new Set(contentTerms(text))): TextProfile {
  const nameTerms = new Set<string>();
  const nameByTerm = new Map<string, string>();
  for (const name of extractNames(text)) {
    for (const t of contentTerms(name.text)) {
      if (!terms.has(t) || /^\d+$/.test(t)) continue;
      nameTerms.add(t);
      if (!nameByTerm.has(t)) nameByTerm.set(t, name.text);
    }
  }
  return { text, terms, nameTerms, nameByTerm };
}

export function isNumberTerm(term: string): boolean {
  return /^\d+$/.test(term);
}
