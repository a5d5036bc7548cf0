import type { ClaimStatusKind } from '../../core/corpus/types';

/** Short words for each status, for a badge that is read before the sentence beside it. */
export const STATUS_WORDS: Readonly<Record<ClaimStatusKind, string>> = Object.freeze({
  corroborated: 'Corroborated',
  'single-source': 'Single source',
  disputed: 'Disputed',
  denied: 'Denied',
});

/** A coloured pill with the claim's status in words (colour is never the only signal). */
export function StatusBadge({ kind }: { kind: ClaimStatusKind }) {
  return <span class={`cc-badge cc-badge--${kind}`}>{STATUS_WORDS[kind]}</span>;
}
