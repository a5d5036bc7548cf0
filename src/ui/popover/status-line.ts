import type { Article, Claim } from '../../core/corpus/types';
import { t, tPlural } from '../common/i18n';
import { listText } from '../common/list-text';
import { sourceList } from '../common/source-label';

/** The summary's first sentence: "Reported by 5 of 5 articles; sources disagree". */
const firstSentence = (summary: string) => summary.split(/(?<=\.)\s/)[0]!.replace(/\.$/, '');

/**
 * The one line a reader takes in first: who reports the claim and whether the sources agree.
 * The corpus writes a summary per claim ("Reported by 5 of 5 articles; sources disagree. The
 * articles give different lengths..."); only its first sentence is shown here, because the
 * disagreements are listed in full further down. A single source is named. An older corpus file
 * without summaries still gets a line, built from the status kind and the disagreements. The
 * summaries are corpus data, written in English by the corpus builder; only the words added here
 * are the UI's own.
 */
export function statusLine(claim: Claim, articles: readonly Article[]): string {
  const { status } = claim;
  const summary = status.summary.trim();
  const reporting = [...new Set(claim.sources.map((s) => s.article))];
  switch (status.kind) {
    case 'single-source':
      return t('statusLineNamed', summary ? firstSentence(summary) : t('statusLineSingle'), sourceList(reporting, articles));
    case 'denied': {
      if (summary) return firstSentence(summary);
      const denial = claim.disagreements.find((d) => d.kind === 'denial');
      const who = denial?.values.filter((v) => v.value !== 'reported').map((v) => v.value.replace(/^denied by /i, ''));
      return who?.length ? t('statusLineDeniedBy', listText(who, 'and')) : t('statusLineDeniedUnnamed');
    }
    case 'disputed': {
      if (summary) return firstSentence(summary);
      const first = claim.disagreements[0];
      return first ? t('statusLineDisputedOn', first.description) : t('statusLineDisputed');
    }
    case 'corroborated':
      return summary ? firstSentence(summary) : tPlural('statusLineCorroborated', status.articles);
  }
}
