import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../storage';
import type { PopupClient, PopupTab } from './client';
import { indexCorpus, type CorpusIndex } from './corpus-index';
import { t } from './i18n';
import { PageClaims } from './PageClaims';
import { SearchPanel } from './SearchPanel';
import { siteIsOn, siteOf } from './site-host';
import { SiteSwitches } from './SiteSwitches';
import { SourcesPanel } from './SourcesPanel';

export interface PopupProps {
  client: PopupClient;
  /** Milliseconds between the last keystroke and the search; tests pass 0. */
  searchDelayMs?: number;
}

/** The toolbar popup: switches for this site, search over the corpus, the claims on this page, the reader's own sources. */
export function Popup({ client, searchDelayMs }: PopupProps) {
  const [corpus, setCorpus] = useState<CorpusIndex | null>(null);
  const [tab, setTab] = useState<PopupTab | null | undefined>(undefined);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Bumped when the reader adds or removes a source: the labels of the claims' articles change.
  const [corpusRevision, setCorpusRevision] = useState(0);

  useEffect(() => {
    void client.ask('get-corpus', {}).then((answer) => answer.ok && setCorpus(indexCorpus(answer.value)));
  }, [client, corpusRevision]);

  useEffect(() => {
    void client.currentTab().then(setTab, () => setTab(null));
    void client.settings.get().then(setSettings);
    return client.settings.watch(setSettings);
  }, [client]);

  const host = siteOf(tab?.url);
  const active = settings !== null && !settings.paused && (host === null || siteIsOn(settings, host));

  return (
    <main class="popup">
      <header class="top">
        <h1>{t('extName')}</h1>
      </header>
      {settings && <SiteSwitches client={client} settings={settings} host={host} onError={setError} />}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <SearchPanel client={client} corpus={corpus} {...(searchDelayMs === undefined ? {} : { delayMs: searchDelayMs })} />
      {tab !== undefined && settings && (
        <PageClaims client={client} tab={tab} active={active} corpus={corpus} refreshKey={settings} />
      )}
      {tab !== undefined && (
        <SourcesPanel client={client} tab={tab} readable={host !== null} onChanged={() => setCorpusRevision((r) => r + 1)} />
      )}
      <footer class="links">
        <a
          href="options.html#notes"
          onClick={(e) => {
            e.preventDefault();
            void client.openOptions('notes').then(() => client.close());
          }}
        >
          {t('allNotesLink')}
        </a>
        <a
          href="options.html"
          onClick={(e) => {
            e.preventDefault();
            void client.openOptions().then(() => client.close());
          }}
        >
          {t('optionsLink')}
        </a>
      </footer>
    </main>
  );
}
