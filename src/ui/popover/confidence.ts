import type { MatchConfidence } from '../../core/match/types';
import { t } from '../common/i18n';

/** How sure we are that the page states this claim, in a sentence rather than a number. */
const CONFIDENCE_KEYS: Readonly<Record<MatchConfidence, string>> = Object.freeze({
  'close paraphrase': 'confidenceClose',
  paraphrase: 'confidenceParaphrase',
  'loose match': 'confidenceLoose',
});

export function confidenceText(confidence: MatchConfidence | null): string {
  return confidence ? t(CONFIDENCE_KEYS[confidence]) : t('confidenceUnknown');
}

/** "Match score 0.81 of 1" for a tooltip and for screen readers. */
export function scoreText(score: number | null): string {
  return score === null ? t('scoreNone') : t('scoreValue', score.toFixed(2));
}
