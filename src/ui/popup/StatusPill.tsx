import type { ClaimStatusKind } from '../../core/corpus/types';
import { t } from './i18n';

const KEYS: Readonly<Record<ClaimStatusKind, string>> = {
  corroborated: 'statusCorroborated',
  'single-source': 'statusSingleSource',
  disputed: 'statusDisputed',
  denied: 'statusDenied',
};

/** The status word of a claim, through i18n, in the shared badge colours of ../common/theme.css. */
export function StatusPill({ kind }: { kind: ClaimStatusKind }) {
  return <span class={`cc-badge cc-badge--${kind}`}>{t(KEYS[kind])}</span>;
}

export const statusKey = (kind: ClaimStatusKind) => KEYS[kind];
