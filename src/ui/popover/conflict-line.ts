import type { Article, Claim } from '../../core/corpus/types';
import { t } from '../common/i18n';
import { listText } from '../common/list-text';
import { sourceList } from '../common/source-label';
import type { PageConflict } from './params';

/** The figures the sources give instead, with the articles that give each. */
function sourceValues(conflict: PageConflict, claim: Claim): Array<{ value: string; articles: string[] }> {
  if (conflict.sources?.length) return conflict.sources;
  // The content script sends only the matcher's sentence ("This page says 500,000; the sources
  // say 370,000 or 380,000"): take the figures from it and find the quotes that write them. That
  // sentence comes from the matcher in English whatever the reader's language, so it is parsed
  // in English here.
  const said = /the sources say (.+)$/i.exec(conflict.description)?.[1];
  if (!said) return [];
  const squash = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();
  return said.split(' or ').map((value) => ({
    value,
    articles: claim.sources.filter((s) => squash(s.quote).includes(squash(value))).map((s) => s.article),
  }));
}

export interface ConflictLine {
  page: string;
  /** "370,000 (Article A and Article B)" per figure. */
  sources: Array<{ value: string; by: string }>;
  /** The whole sentence, for a reader or screen reader that wants it in one piece. */
  text: string;
}

/** "370,000 (Article A and Article B)", or the figure alone when no article writes it. */
const sourceValueText = (s: { value: string; by: string }) =>
  s.by ? t('conflictSourceValue', s.value, s.by) : s.value;

/** "This page says 500,000; the sources say 370,000 (Article A, Article B)". */
export function conflictLine(conflict: PageConflict, claim: Claim, articles: readonly Article[]): ConflictLine {
  const values = sourceValues(conflict, claim);
  if (values.length === 0) return { page: conflict.page, sources: [], text: conflict.description };
  const sources = values.map((v) => ({ value: v.value, by: sourceList(v.articles, articles) }));
  const said = listText(sources.map(sourceValueText), 'or');
  return { page: conflict.page, sources, text: t('conflictLine', conflict.page, said) };
}
