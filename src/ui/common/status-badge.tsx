import type { ClaimStatusKind } from '../../core/corpus/types';
import { t } from './i18n';

/** Message keys of the short words for each status, shared with the popup's status pill. */
export const STATUS_KEYS: Readonly<Record<ClaimStatusKind, string>> = Object.freeze({
  corroborated: 'statusCorroborated',
  'single-source': 'statusSingleSource',
  disputed: 'statusDisputed',
  denied: 'statusDenied',
});

/** A coloured pill with the claim's status in words (colour is never the only signal). */
export function StatusBadge({ kind }: { kind: ClaimStatusKind }) {
  return <span class={`cc-badge cc-badge--${kind}`}>{t(STATUS_KEYS[kind])}</span>;
}
