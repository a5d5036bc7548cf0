import { useEffect, useState } from 'preact/hooks';
import type { Claim } from '../../core/corpus/types';
import type { NoteRecord } from '../../messaging/protocol';
import type { Answer } from './answer';
import type { PopupClient } from './client';
import type { CorpusIndex } from './corpus-index';
import { t } from './i18n';

/** A claim opened in the search results: why it has its status, who reports it, and the reader's notes. */
export function ClaimDetails(props: { id: string; claim: Claim; corpus: CorpusIndex | null; client: PopupClient }) {
  const { claim } = props;
  const label = (articleId: string) =>
    props.corpus?.articles.find((a) => a.id === articleId)?.label ?? t('articleFallback', articleId);
  return (
    <div class="details" id={props.id}>
      {claim.status.summary && <p class="summary">{claim.status.summary}</p>}
      {claim.disagreements.length > 0 && (
        <ul class="disagreements" aria-label={t('disagreementsLabel')}>
          {claim.disagreements.map((d, i) => (
            <li key={i}>{d.description}</li>
          ))}
        </ul>
      )}
      <h3>{t('sourcesHeading')}</h3>
      <ul class="sources">
        {claim.sources.map((s) => (
          <li key={s.sentenceId}>
            <span class="source-label">{label(s.article)}</span>
            <blockquote>{s.quote}</blockquote>
          </li>
        ))}
      </ul>
      <ClaimNotes claimId={claim.id} client={props.client} />
    </div>
  );
}

function ClaimNotes({ claimId, client }: { claimId: string; client: PopupClient }) {
  const [notes, setNotes] = useState<Answer<NoteRecord[]> | null>(null);
  useEffect(() => {
    let current = true;
    void client.ask('notes-list', { claimId }).then((answer) => {
      if (current) setNotes(answer.ok ? { ok: true, value: answer.value.notes } : answer);
    });
    return () => {
      current = false;
    };
  }, [client, claimId]);
  return (
    <>
      <h3>{t('yourNotesHeading')}</h3>
      {notes === null ? (
        <p class="muted">{t('loading')}</p>
      ) : !notes.ok ? (
        <p class="muted">{t('notesUnavailable')}</p>
      ) : notes.value.length === 0 ? (
        <p class="muted">{t('noNotesOnClaim')}</p>
      ) : (
        <ul class="notes">
          {notes.value.map((n) => (
            <li key={n.id}>
              <p class="note-text">{n.text}</p>
              <time class="muted" dateTime={new Date(n.updatedAt).toISOString()}>
                {new Date(n.updatedAt).toLocaleDateString()}
              </time>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
