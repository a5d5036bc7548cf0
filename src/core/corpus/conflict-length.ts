/**
 * The length of the conflict is stated in passing by sentences about other things ("intensifying
 * the five-year-long conflict", "caps the 13-year rebellion", "since the war began in 2011"), so
 * sentence similarity never groups them. This finds those mentions so the builder can make them
 * one claim and compare the figures.
 */

import type { NumberMention } from '../text';
import type { Disagreement } from './types';
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
  // Most sentences name no conflict: their figures need not be read at all.
  if (!CONFLICT_WORDS.test(sentence.text)) return out;
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

/** The conflict-length comparison of a group, or null when fewer than two articles or one figure. */
export function conflictLengthDisagreement(group: SentenceFeatures[]): Disagreement | null {
  const mentions = group.flatMap(conflictLengthMentions);
  const byYears = new Map<string, { labels: Set<string>; articles: Set<string> }>();
  for (const m of mentions) {
    // "since 2011" reads as its own value: its length depends on when the article was written.
    const key = m.number.kind === 'duration' ? `${m.number.value} years` : m.label;
    const entry = byYears.get(key) ?? { labels: new Set(), articles: new Set() };
    entry.labels.add(m.label);
    entry.articles.add(m.sentence.article);
    byYears.set(key, entry);
  }
  if (new Set(mentions.map((m) => m.sentence.article)).size < 2 || byYears.size < 2) return null;
  return {
    kind: 'quantity',
    description: `${CONFLICT_LENGTH_DESCRIPTION}: ${[...byYears.values()].map((e) => [...e.labels].join(' / ')).join(' vs ')}.`,
    values: [...byYears.values()].map((e) => ({ value: [...e.labels].join(' / '), articles: [...e.articles].sort() })),
  };
}

/** Opening of the conflict-length disagreement; it also tells the conflict-length claim apart. */
export const CONFLICT_LENGTH_DESCRIPTION = 'The articles give different lengths for the conflict';

/** The sentences that state the conflict's length, in the order given. */
export function conflictLengthSentences(sentences: SentenceFeatures[]): SentenceFeatures[] {
  return sentences.filter((s) => conflictLengthMentions(s).length > 0);
}
