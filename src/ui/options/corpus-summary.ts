import type { Claim, ClaimStatusKind } from '../../core/corpus/types';

/** How many claims have each status, in the order the options page lists them. */
export function countByStatus(claims: readonly Claim[]): Array<[ClaimStatusKind, number]> {
  const order: ClaimStatusKind[] = ['corroborated', 'single-source', 'disputed', 'denied'];
  const counts = new Map<ClaimStatusKind, number>(order.map((k) => [k, 0]));
  for (const claim of claims) counts.set(claim.status.kind, (counts.get(claim.status.kind) ?? 0) + 1);
  return order.map((k) => [k, counts.get(k) ?? 0]);
}
