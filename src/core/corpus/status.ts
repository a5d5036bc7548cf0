/**
 * A claim's status in plain words: how many articles report it, and whether a source says it was
 * denied or the sources disagree on a figure or on who gave it. A spelling difference does not
 * make a claim disputed.
 */

import type { ClaimStatus, Disagreement } from './types';

export function claimStatus(articles: number, total: number, disagreements: Disagreement[]): ClaimStatus {
  const reported = `Reported by ${articles} of ${total} articles`;
  const denial = disagreements.filter((d) => d.kind === 'denial');
  if (denial.length > 0) {
    const by = denial.map((d) => d.values[1]?.value.replace(/^denied by /, '') ?? '').join('; ');
    return { kind: 'denied', articles, summary: `${reported}; denied by ${by}.` };
  }
  const disputes = disagreements.filter((d) => d.kind === 'quantity' || d.kind === 'attribution');
  if (disputes.length > 0) {
    const on = disputes.map((d) => d.description.replace(/\.$/, '')).join('; ');
    return { kind: 'disputed', articles, summary: `${reported}; sources disagree. ${on}.` };
  }
  if (articles >= 2) return { kind: 'corroborated', articles, summary: `${reported}.` };
  return { kind: 'single-source', articles, summary: `Reported by 1 of ${total} articles only.` };
}
