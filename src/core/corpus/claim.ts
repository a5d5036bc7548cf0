/**
 * One claim from its group of source sentences. Everything here depends only on the group, the
 * term weights and the number of articles, so the full build and an incremental update produce the
 * same claim from the same sentences.
 */

import type { Attribution, Claim, ClaimSource, Disagreement } from './types';
import type { SentenceFeatures } from './features';
import { similarity, type Weights } from './similarity';
import { attributionDisagreements, quantityDisagreements, spellingDisagreement, spellingVariants } from './disagreements';
import { conflictLengthDisagreement } from './conflict-length';
import { claimFacts } from './facts';
import { claimStatus } from './status';
import { fnv1a } from './hash';

/** Sentences in reading order: article position, then sentence position. */
export function byPosition(a: SentenceFeatures, b: SentenceFeatures): number {
  return a.articleIndex - b.articleIndex || a.index - b.index;
}

/**
 * Sentences a claim's text is chosen among and compared with. The bundled claims have at most 11
 * sources; a claim a thousand articles repeat would otherwise cost a million comparisons per change.
 */
const CANONICAL_SAMPLE = 32;

/** The most representative sentence: highest total similarity to the others, then the shortest. */
function canonical(group: SentenceFeatures[], w: Weights): SentenceFeatures {
  const sample = group.slice(0, CANONICAL_SAMPLE);
  let best = sample[0]!;
  let bestScore = -1;
  for (const a of sample) {
    let score = 0;
    for (const b of sample) if (a !== b) score += similarity(a.termSet, b.termSet, w);
    if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) < 1e-9 && a.text.length < best.text.length)) {
      best = a;
      bestScore = score;
    }
  }
  return best;
}

/** Id of a new claim: a hash of its source sentences, so a rebuild of the same articles keeps it. */
export function claimIdOf(group: SentenceFeatures[]): string {
  return `c${fnv1a(group.map((s) => s.text).sort().join('\n'))}`;
}

/**
 * The disagreements a group shows by itself: figures, who gave them, spellings. A synthetic
 * conflict-length group shows the conflict lengths instead of figures. Denials are added by
 * ./denials, which looks across claims.
 */
export function ownDisagreements(group: SentenceFeatures[], synthetic: boolean): Disagreement[] {
  const out: Disagreement[] = [];
  if (synthetic) {
    const d = conflictLengthDisagreement(group);
    if (d) out.push(d);
  } else {
    out.push(...quantityDisagreements(group), ...attributionDisagreements(group));
  }
  for (const v of spellingVariants(group).values()) out.push(spellingDisagreement(v));
  return out;
}

/** The claim of a group, under a given id, with the denials that target it. */
export function makeClaim(
  id: string,
  group: SentenceFeatures[],
  w: Weights,
  total: number,
  own: Disagreement[],
  denials: Disagreement[],
): Claim {
  const sorted = [...group].sort(byPosition);
  const sources: ClaimSource[] = sorted.map((s) => ({ article: s.article, quote: s.text, sentenceId: s.id }));
  const attributions: Attribution[] = sorted.flatMap((s) => s.attributions.map((a) => ({ who: a.who, phrase: a.phrase, article: s.article })));
  const articles = new Set(sorted.map((s) => s.article)).size;
  const disagreements = [...own, ...denials];
  return {
    id,
    text: canonical(sorted, w).text,
    sources,
    attributions,
    facts: claimFacts(sorted),
    disagreements,
    status: claimStatus(articles, total, disagreements),
    terms: [...new Set(sorted.flatMap((s) => s.terms))],
  };
}

/**
 * Claim order: most articles first, then by the first source's position, then id. A total order
 * on the claims alone, so an update can put a changed claim back in place without sorting all.
 */
export function compareClaims(a: Claim, b: Claim, position: (c: Claim) => number): number {
  return b.status.articles - a.status.articles || position(a) - position(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
