/**
 * What the clustering and the disagreement checks know about one source sentence.
 */

import {
  contentTerms,
  extractNames,
  extractNumbers,
  type NameMention,
  type NumberMention,
} from '../text';
import { findAttributions, findDenials, type FoundAttribution, type FoundDenial } from './attributions';

export interface SentenceFeatures {
  id: string;
  article: string;
  /** Position of the article in the corpus and of the sentence in the article. */
  articleIndex: number;
  index: number;
  text: string;
  terms: string[];
  termSet: Set<string>;
  /** Terms of each clause, for sentences that state two facts. */
  clauses: Array<Set<string>>;
  names: NameMention[];
  numbers: NumberMention[];
  attributions: FoundAttribution[];
  denials: FoundDenial[];
  checkable: boolean;
}

/** Speculation and commentary: "could", "may", "remains uncertain", "suggests". */
const SPECULATION = /\b(?:could|may|might|would|remains? uncertain|suggests?|will come into play)\b/i;
/** Fewer content terms than this is a fragment, not a checkable statement. */
const MIN_TERMS = 4;

/**
 * Clause boundaries: ", and", ", but", ", while", ";", "and has". Not ", with" or ", including":
 * those attach a detail ("casualties, including 111 civilians") to the fact before them.
 */
const CLAUSE_SPLIT = /,\s+(?:and|while|but|as|after|before|which|where)\s+|;\s+|\s+while\s+|,?\s+and\s+(?:has|had|have|was|were)\s+/;

export function sentenceFeatures(
  id: string,
  article: string,
  articleIndex: number,
  index: number,
  text: string,
): SentenceFeatures {
  const terms = contentTerms(text);
  const names = extractNames(text);
  const numbers = extractNumbers(text);
  const attributions = findAttributions(text);
  const denials = findDenials(text);
  const hasFact = names.length > 0 || numbers.length > 0 || /["“”]/.test(text) || attributions.length > 0;
  const checkable = hasFact && terms.length >= MIN_TERMS && !SPECULATION.test(text);
  const clauses = text
    .split(CLAUSE_SPLIT)
    .map((c) => new Set(contentTerms(c)))
    .filter((c) => c.size >= 2);
  return {
    id, article, articleIndex, index, text, terms, termSet: new Set(terms), clauses, names, numbers,
    attributions, denials, checkable,
  };
}
