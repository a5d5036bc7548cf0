import type { MatchConfidence } from '../../core/match/types';

/** How sure we are that the page states this claim, in a sentence rather than a number. */
export const CONFIDENCE_WORDS: Readonly<Record<MatchConfidence, string>> = Object.freeze({
  'close paraphrase': 'The page words this almost as the sources do (close paraphrase)',
  paraphrase: 'The page says this in its own words (paraphrase)',
  'loose match': 'The page says something like this (loose match): check the wording',
});

export function confidenceText(confidence: MatchConfidence | null): string {
  return confidence ? CONFIDENCE_WORDS[confidence] : 'Match strength unknown';
}

/** "Match score 0.81 of 1" for a tooltip and for screen readers. */
export function scoreText(score: number | null): string {
  return score === null ? 'No match score given' : `Match score ${score.toFixed(2)} of 1`;
}
