import { useRef, useState } from 'preact/hooks';
import { ClaimDetails } from './ClaimDetails';
import type { PopupClient } from './client';
import type { CorpusIndex } from './corpus-index';
import { t } from './i18n';
import { focusAfterKey } from './roving-focus';
import { StatusPill } from './StatusPill';
import { useClaimSearch } from './use-claim-search';

/**
 * Search over the whole corpus as the reader types. Results are a list of disclosure buttons
 * with one tab stop (roving tabindex): ArrowDown from the box enters the list, arrows move,
 * Enter or Space opens a result's sources and notes, ArrowUp from the first returns to the box.
 */
export function SearchPanel(props: { client: PopupClient; corpus: CorpusIndex | null; delayMs?: number }) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const search = useClaimSearch(props.client, query, props.delayMs);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const hits = search.state === 'done' ? search.hits : [];

  const move = (from: number, event: KeyboardEvent) => {
    const target = focusAfterKey(from, event.key, hits.length);
    if (target === null) return;
    event.preventDefault();
    if (target === 'input') return input.current?.focus();
    setActive(target);
    list.current?.querySelectorAll<HTMLButtonElement>('button.result')[target]?.focus();
  };

  return (
    <section class="search" aria-labelledby="search-heading">
      <h2 id="search-heading" class="cc-visually-hidden">
        {t('searchHeading')}
      </h2>
      <input
        ref={input}
        type="search"
        class="search-box"
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchLabel')}
        aria-describedby="search-status"
        value={query}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
          setOpen(null);
        }}
        onKeyDown={(e) => move(-1, e)}
      />
      <p id="search-status" class="muted search-status" role="status">
        {search.state === 'loading'
          ? t('searching')
          : search.state === 'error'
            ? t('searchFailed')
            : search.state === 'done'
              ? hits.length === 0
                ? t('searchNoResults', search.query)
                : t('searchResultCount', hits.length)
              : ''}
      </p>
      {hits.length > 0 && (
        <ul ref={list} class="results" aria-label={t('searchResultsLabel')}>
          {hits.map(({ claim }, i) => {
            const expanded = open === claim.id;
            const detailsId = `claim-${i}`;
            return (
              <li key={claim.id}>
                <button
                  type="button"
                  class="result"
                  tabIndex={i === Math.min(active, hits.length - 1) ? 0 : -1}
                  aria-expanded={expanded}
                  aria-controls={detailsId}
                  onClick={() => setOpen(expanded ? null : claim.id)}
                  onFocus={() => setActive(i)}
                  onKeyDown={(e) => move(i, e)}
                >
                  <span class="result-head">
                    <StatusPill kind={claim.status.kind} />
                    <span class="muted">{t('sourceCount', claim.status.articles)}</span>
                  </span>
                  <span class="result-text">{claim.text}</span>
                </button>
                {expanded && <ClaimDetails id={detailsId} claim={claim} corpus={props.corpus} client={props.client} />}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
