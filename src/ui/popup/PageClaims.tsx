import { useEffect, useState } from 'preact/hooks';
import type { PageClaim } from '../../messaging/protocol';
import type { Answer } from './answer';
import type { PopupClient, PopupTab } from './client';
import type { CorpusIndex } from './corpus-index';
import { t } from './i18n';
import { StatusPill } from './StatusPill';

/**
 * The claims Crosscheck found in the tab, in page order; choosing one scrolls the page to it,
 * opens its popover and closes the popup. `refreshKey` changes when settings change, because
 * turning the site on or off changes what the page has found.
 */
export function PageClaims(props: { client: PopupClient; tab: PopupTab | null; active: boolean; corpus: CorpusIndex | null; refreshKey: unknown }) {
  const { client, tab, active } = props;
  const [claims, setClaims] = useState<Answer<PageClaim[]> | null>(null);
  useEffect(() => {
    if (tab === null || !active) return;
    let current = true;
    void client.pageClaims(tab.id).then((answer) => {
      if (current) setClaims(answer);
    });
    return () => {
      current = false;
    };
  }, [client, tab, active, props.refreshKey]);

  const choose = async (index: number) => {
    if (tab === null) return;
    await client.revealClaim(tab.id, index);
    client.close();
  };

  return (
    <section class="page" aria-labelledby="page-heading">
      <h2 id="page-heading">{t('pageHeading')}</h2>
      {tab === null ? (
        <p class="muted">{t('pageNoTab')}</p>
      ) : !active ? (
        <p class="muted">{t('pageOff')}</p>
      ) : claims === null ? (
        <p class="muted">{t('loading')}</p>
      ) : !claims.ok ? (
        <p class="muted">{t('pageNoContentScript')}</p>
      ) : claims.value.length === 0 ? (
        <p class="muted">{t('pageNoClaims')}</p>
      ) : (
        <ul class="page-claims">
          {claims.value.map((c) => {
            const kind = props.corpus?.claims.get(c.claimId)?.status.kind;
            return (
              <li key={c.index}>
                <button type="button" class="page-claim" onClick={() => void choose(c.index)}>
                  <span class="result-head">
                    {kind && <StatusPill kind={kind} />}
                    {c.conflict && <span class="conflict-tag">{t('pageConflict')}</span>}
                  </span>
                  <span class="result-text">{c.sentence}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
