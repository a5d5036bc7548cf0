import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Claim } from '../../core/corpus/types';
import type { Settings } from '../../storage';
import type { Answer } from '../popup/answer';
import { t } from '../popup/i18n';
import type { CorpusData, OptionsClient } from './client';
import { CorpusSummary } from './CorpusSummary';
import { NotesManager } from './NotesManager';
import { SettingsForm } from './SettingsForm';
import { UserSources } from './UserSources';

export interface OptionsProps {
  client: OptionsClient;
  /** The section to bring into view on load (`#notes` from the popup's "All notes" link). */
  section?: string;
  now?: () => Date;
}

/** The options page: settings, the reader's notes, their own sources, and what the corpus holds. */
export function Options({ client, section, now }: OptionsProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [settingsError, setSettingsError] = useState<string | null>(null);
  const [corpus, setCorpus] = useState<Answer<CorpusData> | null>(null);
  // Bumped when the reader adds or removes a source: the corpus summary counts change.
  const [corpusRevision, setCorpusRevision] = useState(0);

  useEffect(() => {
    void client.settings.get().then(setSettings);
    return client.settings.watch(setSettings);
  }, [client]);

  useEffect(() => {
    void client.corpus().then(setCorpus);
  }, [client, corpusRevision]);

  useEffect(() => {
    if (!section) return;
    const target = document.getElementById(section);
    target?.scrollIntoView();
    target?.querySelector<HTMLElement>('h2')?.focus();
  }, [section]);

  const claims = useMemo(
    () => new Map<string, Claim>(corpus?.ok ? corpus.value.claims.map((c) => [c.id, c]) : []),
    [corpus],
  );

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <section id="settings" aria-labelledby="settings-heading">
        <h2 id="settings-heading" tabIndex={-1}>
          {t('settingsHeading')}
        </h2>
        {settingsError && (
          <p class="error" role="alert">
            {settingsError}
          </p>
        )}
        {settings ? <SettingsForm settings={settings} access={client.settings} onError={setSettingsError} /> : <p class="muted">{t('loading')}</p>}
      </section>
      <section id="notes" aria-labelledby="notes-heading">
        <h2 id="notes-heading" tabIndex={-1}>
          {t('notesHeading')}
        </h2>
        <NotesManager client={client} claims={claims} {...(now ? { now } : {})} />
      </section>
      <section id="sources" aria-labelledby="sources-heading">
        <h2 id="sources-heading" tabIndex={-1}>
          {t('yourSourcesHeading')}
        </h2>
        <UserSources client={client} onChanged={() => setCorpusRevision((r) => r + 1)} {...(now ? { now } : {})} />
      </section>
      <section id="corpus" aria-labelledby="corpus-heading">
        <h2 id="corpus-heading" tabIndex={-1}>
          {t('corpusHeading')}
        </h2>
        <CorpusSummary corpus={corpus} />
      </section>
    </main>
  );
}
