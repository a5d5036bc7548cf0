/**
 * What the clustering and the disagreement checks know about one source sentence.
 */

import {
  contentTerms,
  extractNames,
  extractNumbers,
  nameKey,
  type NameMention,
  type NumberMention,
} from '../text';
import { eventFrames } from './frames';
import { PLACES } from './facts';
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
  /**
   * Who-did-what keys ("assad~depart", "hezbollah~withdraw"): a name and an event word of one
   * clause. Outlets that word one event differently still share its actor and its event.
   */
  frames: string[];
  /** Where the sentence places its event ("from the Homs area" -> "homs"), or null. */
  place: string | null;
}

/**
 * Speculation and commentary: "could", "would", "remains uncertain", "suggests". Not "may" or
 * "appears": "Assad appears to have fled Damascus" is how a4 reports the departure, and "with Iran
 * and Russia preoccupied ..., Assad may face an uphill battle" states a fact about his allies.
 */
const SPECULATION = /\b(?:could|would|remains? uncertain|suggests?|will come into play)\b/i;
/** Fewer content terms than this is a fragment, not a checkable statement. */
const MIN_TERMS = 4;
/**
 * A sentence that names nothing and gives no figure is still a statement when it is this long:
 * "The organisation has ... tried to soften its image and assured minority groups ..." (12 terms)
 * restates a0's "softened its stance on minority groups"; the commentary sentences the filter must
 * keep out ("The humanitarian crisis continues to unfold, leading to further unrest") have 5-7.
 */
const UNNAMED_MIN_TERMS = 8;


/** "from the Homs area", "around the capital", "in Hama": where a sentence puts its event. */
const PLACE_PHRASE = /\b(?:[Ii]n|from|around|near|outside|into)\s+(?:the\s+)?((?:[A-Z][\p{L}-]+)(?:\s+[A-Z][\p{L}-]+)*|(?:Syrian\s+)?capital)\b/u;

/**
 * Clause boundaries: ", and", ", but", ", while", ";", "and has". Not ", with" or ", including":
 * those attach a detail ("casualties, including 111 civilians") to the fact before them.
 */
const CLAUSE_SPLIT = /,\s+(?:shortly\s+)?(?:and|while|but|as|after|before|which|where)\s+|(?<=^While\b[^,]*),\s+|;\s+|\s+while\s+|,?\s+and\s+(?:has|had|have|was|were)\s+/;

/** Where a sentence places its event, alone: the clustering checks it before anything else. */
export function placeOf(text: string): string | null {
  const placeMatch = PLACE_PHRASE.exec(text);
  const placeKey = placeMatch ? (/capital$/.test(placeMatch[1]!) ? 'damascus' : nameKey(placeMatch[1]!)) : '';
  return PLACES.has(placeKey) ? placeKey : null;
}

/** A sentence's event frames, alone: the index files claims under them. */
export function framesOf(text: string): string[] {
  return eventFrames(text.split(CLAUSE_SPLIT));
}

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
  const checkable = (hasFact || terms.length >= UNNAMED_MIN_TERMS) && terms.length >= MIN_TERMS && !SPECULATION.test(text);
  const clauseTexts = text.split(CLAUSE_SPLIT);
  const clauses = clauseTexts.map((c) => new Set(contentTerms(c))).filter((c) => c.size >= 2);
  const frames = eventFrames(clauseTexts);
  const place = placeOf(text);
  return {
    id, article, articleIndex, index, text, terms, termSet: new Set(terms), clauses, names, numbers,
    attributions, denials, checkable, frames, place,
  };
}
