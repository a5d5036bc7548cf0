import type { Article, Claim } from '../../core/corpus/types';
import { sourceList } from '../common/source-label';

/**
 * The one line a reader takes in first: who reports the claim and whether the sources agree.
 * The corpus writes a `summary` for every claim ("Reported by 3 of 5 articles"); this adds the
 * article names where the summary has none, and builds the line itself from the status kind and
 * the disagreements when a summary is missing (an older corpus file).
 */
export function statusLine(claim: Claim, articles: readonly Article[]): string {
  const { status } = claim;
  const reporting = [...new Set(claim.sources.map((s) => s.article))];
  switch (status.kind) {
    case 'single-source':
      return `Only one source reports this: ${sourceList(reporting, articles)}`;
    case 'denied': {
      if (status.summary) return status.summary;
      const denial = claim.disagreements.find((d) => d.kind === 'denial');
      const who = denial?.values.map((v) => v.value).join(' and ');
      return who ? `Denied by ${who}` : 'Denied by someone the sources name';
    }
    case 'disputed': {
      if (status.summary) return status.summary;
      const first = claim.disagreements[0];
      return first ? `Sources disagree: ${first.description}` : 'Sources disagree';
    }
    case 'corroborated':
      return status.summary || `Reported by ${status.articles} articles`;
  }
}
