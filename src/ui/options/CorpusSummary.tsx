import type { Answer } from '../popup/answer';
import { t } from '../popup/i18n';
import { statusKey } from '../popup/StatusPill';
import type { CorpusData } from './client';
import { countByStatus } from './corpus-summary';

/** The articles the claims come from and how the claims stand: what a highlight can be based on. */
export function CorpusSummary({ corpus }: { corpus: Answer<CorpusData> | null }) {
  if (corpus === null) return <p class="muted">{t('loading')}</p>;
  if (!corpus.ok) return <p class="error">{t('corpusUnavailable', corpus.error)}</p>;
  const { articles, claims } = corpus.value;
  return (
    <>
      <p>{t('corpusIntro', articles.length, claims.length)}</p>
      <dl class="counts" aria-label={t('corpusCountsLabel')}>
        {countByStatus(claims).map(([kind, count]) => (
          <div key={kind} class="count">
            <dt>
              <span class={`cc-badge cc-badge--${kind}`}>{t(statusKey(kind))}</span>
            </dt>
            <dd>{count}</dd>
          </div>
        ))}
      </dl>
      <table class="articles">
        <caption class="cc-visually-hidden">{t('corpusArticlesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('corpusArticle')}</th>
            <th scope="col">{t('corpusDate')}</th>
            <th scope="col">{t('corpusCredit')}</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((a) => (
            <tr key={a.id}>
              <td>{a.label}</td>
              <td>{a.date ?? <span class="muted">{t('notGiven')}</span>}</td>
              <td>{a.credit ?? <span class="muted">{t('notGiven')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
