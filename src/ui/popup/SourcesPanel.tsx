import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../../core/corpus/types';
import type { PopupClient, PopupTab } from './client';
import { t } from './i18n';
import { hostOf, MIN_ARTICLE_SENTENCES, sameSource, type SourceText } from './source-rules';

/** Sources listed in the popup; the options page lists them all. */
export const POPUP_SOURCES_SHOWN = 5;

type Status =
  | { kind: 'idle' }
  | { kind: 'working'; text: string }
  | { kind: 'added'; text: string }
  | { kind: 'removed'; text: string; source: SourceText | null }
  | { kind: 'error'; text: string };

/**
 * "Add this article as a source" for the current tab, and the reader's latest sources with
 * Remove and Undo. The text of an article is kept in memory while the popup is open (and read
 * back from the export for older ones) so that Undo can add exactly the same text again.
 */
export function SourcesPanel(props: { client: PopupClient; tab: PopupTab | null; readable: boolean; onChanged: () => void }) {
  const { client, tab } = props;
  const [articles, setArticles] = useState<Article[] | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [revision, setRevision] = useState(0);
  const kept = useRef(new Map<string, SourceText>());

  useEffect(() => {
    let current = true;
    void client.ask('corpus-user-articles', {}).then((answer) => current && setArticles(answer.ok ? answer.value.articles : []));
    return () => {
      current = false;
    };
  }, [client, revision]);

  const changed = () => {
    setRevision((r) => r + 1);
    props.onChanged();
  };

  const addSource = async (source: SourceText) => {
    setStatus({ kind: 'working', text: t('addAdding') });
    const answer = await client.ask('corpus-add', source);
    if (!answer.ok) return setStatus({ kind: 'error', text: t('addRefused', answer.error) });
    kept.current.set(answer.value.article.id, source);
    setStatus({ kind: 'added', text: t('addDone', answer.value.article.label, answer.value.claims) });
    changed();
  };

  const addPage = async () => {
    if (tab === null) return;
    setStatus({ kind: 'working', text: t('addReading') });
    const page = await client.extractArticle(tab.id);
    if (!page.ok) return setStatus({ kind: 'error', text: t('addNoPage') });
    const { text, meta, sentences } = page.value;
    if (sentences < MIN_ARTICLE_SENTENCES) return setStatus({ kind: 'error', text: t('addNotArticle', sentences) });
    const existing = sameSource(articles ?? [], meta);
    if (existing) return setStatus({ kind: 'error', text: t('addDuplicate', existing.label) });
    await addSource({ text, meta, file: meta.url || tab.url || t('addedPageFile') });
  };

  const remove = async (article: Article) => {
    setStatus({ kind: 'working', text: t('removing', article.label) });
    const source = kept.current.get(article.id) ?? (await keptInExport(client, article));
    const answer = await client.ask('corpus-remove', { articleId: article.id });
    if (!answer.ok) return setStatus({ kind: 'error', text: t('removeFailed', answer.error) });
    kept.current.delete(article.id);
    setStatus({ kind: 'removed', text: t(answer.value.removed ? 'removed' : 'removeGone', article.label), source });
    changed();
  };

  const latest = (articles ?? []).slice(-POPUP_SOURCES_SHOWN).reverse();
  const busy = status.kind === 'working';
  return (
    <section class="sources-panel" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t('yourSourcesHeading')}</h2>
      {tab !== null && props.readable ? (
        <button type="button" class="add-source" disabled={busy} onClick={() => void addPage()}>
          {t('addThisArticle')}
        </button>
      ) : (
        <p class="muted">{t('addNeedsPage')}</p>
      )}
      <div class={`source-status source-status--${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
        {status.kind !== 'idle' && <span>{status.text}</span>}
        {status.kind === 'removed' && status.source && (
          <button type="button" class="link" onClick={() => void addSource(status.source!)}>
            {t('undo')}
          </button>
        )}
      </div>
      {articles !== null && articles.length === 0 ? (
        <p class="muted">{t('sourcesNoneYet')}</p>
      ) : (
        <ul class="added-sources" aria-label={t('sourcesListLabel')}>
          {latest.map((a) => (
            <li key={a.id}>
              <span class="added-label">
                {a.label}
                {a.url && <span class="muted"> · {hostOf(a.url)}</span>}
              </span>
              <button type="button" disabled={busy} aria-label={t('removeSourceLabel', a.label)} onClick={() => void remove(a)}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {articles !== null && articles.length > POPUP_SOURCES_SHOWN && (
        <a
          href="options.html#sources"
          onClick={(e) => {
            e.preventDefault();
            void client.openOptions('sources').then(() => client.close());
          }}
        >
          {t('sourcesMore', articles.length)}
        </a>
      )}
    </section>
  );
}

/** The stored text of an article added in an earlier popup, for Undo; null when it cannot be read. */
async function keptInExport(client: PopupClient, article: Article): Promise<SourceText | null> {
  const answer = await client.ask('corpus-export', {});
  if (!answer.ok) return null;
  const record = answer.value.articles.find((r) => r.file === article.file);
  return record ? { text: record.text, meta: record.meta, file: record.file } : null;
}
