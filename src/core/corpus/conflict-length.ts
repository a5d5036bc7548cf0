/**
 * The length of the conflict is stated in passing by sentences about other things ("intensifying
 * the five-year-long conflict", "caps the 13-year rebellion", "since the war began in 2011"), so
 * sentence similarity never groups them. This finds those mentions so the builder can make them
 * one claim and compare the figures.
 */

import type { NumberMention } from '../text';
import type { SentenceFeatures } from './features';

const CONFLICT_WORDS = /\b(?:conflict|war|rebellion|uprising|civil war|revolt|insurgency)\b/i;
/** How far (characters) a conflict word may sit from the figure that dates it. */
const WINDOW = 40;

export interface ConflictLengthMention {
  sentence: SentenceFeatures;
  number: NumberMention;
  /** How the figure reads in the comparison: "five-year-long", "13-year", "since 2011". */
  label: string;
}

export function conflictLengthMentions(sentence: SentenceFeatures): ConflictLengthMention[] {
  const out: ConflictLengthMention[] = [];
  for (const n of sentence.numbers) {
    const around = sentence.text.slice(Math.max(0, n.start - WINDOW), n.end + WINDOW);
    if (!CONFLICT_WORDS.test(around)) continue;
    if (n.kind === 'duration' && n.unit === 'year') {
      // "13-year rebellion": the figure qualifies the conflict word right after it.
      if (!CONFLICT_WORDS.test(sentence.text.slice(n.end, n.end + 15))) continue;
      out.push({ sentence, number: n, label: n.text });
    } else if (n.kind === 'year' && /\b(?:began|begun|started|since)\b/i.test(around)) {
      out.push({ sentence, number: n, label: `since ${n.value}` });
    }
  }
  return out;
}
