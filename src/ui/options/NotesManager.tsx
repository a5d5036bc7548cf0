import { useEffect, useState } from 'preact/hooks';
import type { Claim } from '../../core/corpus/types';
import type { ImportReport, Note, NotesStore } from '../../storage';
import { t } from '../popup/i18n';
import type { OptionsClient } from './client';
import { exportFileName } from './download';
import { reportCounts } from './import-report';

type StoreState = { state: 'opening' } | { state: 'ready'; store: NotesStore } | { state: 'unavailable'; error: string };
type Outcome = { kind: 'report'; report: ImportReport } | { kind: 'message'; text: string } | { kind: 'error'; text: string };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** All the reader's notes: search, export to a file, import from one, delete all after a confirmation. */
export function NotesManager(props: { client: OptionsClient; claims: ReadonlyMap<string, Claim>; now?: () => Date }) {
  const [store, setStore] = useState<StoreState>({ state: 'opening' });
  const [query, setQuery] = useState('');
  const [notes, setNotes] = useState<Note[]>([]);
  const [revision, setRevision] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    let opened: NotesStore | undefined;
    props.client.openNotes().then(
      (s) => {
        opened = s;
        setStore({ state: 'ready', store: s });
      },
      (error: unknown) => setStore({ state: 'unavailable', error: message(error) }),
    );
    return () => opened?.close();
  }, [props.client]);

  useEffect(() => {
    if (store.state !== 'ready') return;
    let current = true;
    void store.store.search(query).then((found) => current && setNotes(found));
    return () => {
      current = false;
    };
  }, [store, query, revision]);

  if (store.state === 'opening') return <p class="muted">{t('loading')}</p>;
  if (store.state === 'unavailable') return <p class="error" role="alert">{store.error}</p>;
  const db = store.store;
  const changed = (next: Outcome) => {
    setOutcome(next);
    setRevision((r) => r + 1);
  };

  const exportNotes = async () => {
    try {
      const collection = await db.export();
      props.client.download(exportFileName((props.now ?? (() => new Date()))()), JSON.stringify(collection, null, 2));
      setOutcome({ kind: 'message', text: t('exported', collection.total) });
    } catch (error) {
      setOutcome({ kind: 'error', text: message(error) });
    }
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      changed({ kind: 'report', report: await db.import(await file.text()) });
    } catch (error) {
      setOutcome({ kind: 'error', text: message(error) });
    } finally {
      input.value = '';
    }
  };
  const deleteAll = async () => {
    setConfirming(false);
    try {
      changed({ kind: 'message', text: t('deletedAll', await db.removeAll()) });
    } catch (error) {
      setOutcome({ kind: 'error', text: message(error) });
    }
  };

  return (
    <>
      <div class="toolbar">
        <input
          type="search"
          placeholder={t('notesSearchPlaceholder')}
          aria-label={t('notesSearchLabel')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <button type="button" onClick={() => void exportNotes()}>
          {t('exportNotes')}
        </button>
        <label class="button">
          {t('importNotes')}
          <input
            type="file"
            accept=".json,application/json,application/ld+json"
            class="cc-visually-hidden"
            onChange={(e) => void importFile(e.currentTarget)}
          />
        </label>
        {!confirming && (
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            {t('deleteAll')}
          </button>
        )}
      </div>
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
          <p id="confirm-text">{t('deleteAllConfirm')}</p>
          <button type="button" class="danger" onClick={() => void deleteAll()}>
            {t('deleteAllYes')}
          </button>
          <button type="button" autoFocus onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </div>
      )}
      <Outcome outcome={outcome} />
      {notes.length === 0 ? (
        <p class="muted">{query.trim() === '' ? t('notesNone') : t('notesNoMatch', query.trim())}</p>
      ) : (
        <ul class="note-list" aria-label={t('notesListLabel')}>
          {notes.map((note) => (
            <NoteItem key={note.id} note={note} claim={props.claims.get(note.claimId)} />
          ))}
        </ul>
      )}
    </>
  );
}

function Outcome({ outcome }: { outcome: Outcome | null }) {
  if (outcome === null) return <p role="status" class="cc-visually-hidden" />;
  if (outcome.kind === 'error') return <p role="alert" class="error">{outcome.text}</p>;
  if (outcome.kind === 'message') return <p role="status" class="outcome">{outcome.text}</p>;
  return (
    <div role="status" class="outcome">
      <p>{t('importDone')}</p>
      <ul class="report">
        {reportCounts(outcome.report).map(([key, count]) => (
          <li key={key}>{t(key, count)}</li>
        ))}
      </ul>
      {outcome.report.invalid.length > 0 && (
        <ul class="invalid" aria-label={t('importInvalidLabel')}>
          {outcome.report.invalid.map((r) => (
            <li key={r.index}>{r.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function NoteItem({ note, claim }: { note: Note; claim: Claim | undefined }) {
  return (
    <li class="note">
      <p class="note-text">{note.text}</p>
      <p class="note-claim">
        <span class="muted">{t('noteOnClaim')}</span> {claim?.text ?? t('noteClaimGone')}
      </p>
      {note.sentence && <blockquote class="note-sentence">{note.sentence}</blockquote>}
      <p class="note-meta muted">
        <time dateTime={new Date(note.updatedAt).toISOString()}>{new Date(note.updatedAt).toLocaleString()}</time>
        {note.pageUrl && (
          <>
            {' · '}
            <a href={note.pageUrl} target="_blank" rel="noreferrer">
              {hostOf(note.pageUrl)}
            </a>
          </>
        )}
      </p>
    </li>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
