import { useEffect, useRef, useState } from 'preact/hooks';
import type { NoteRecord } from '../../messaging/protocol';
import { t } from '../common/i18n';
import type { PopoverClient } from './client';
import type { SaveState } from './note-autosave';
import { useNoteAutosave, type NoteTarget } from './use-note-autosave';

export interface NotesPanelProps {
  client: PopoverClient;
  target: NoteTarget;
  newId: () => string;
  /** Adds a flush to run before the frame goes away; returns its removal. */
  registerFlush: (flush: () => void) => () => void;
}

const STATE_KEYS: Partial<Record<SaveState, string>> = {
  pending: 'noteStateEditing',
  saving: 'noteStateSaving',
  saved: 'noteStateSaved',
};

const written = (note: NoteRecord) =>
  new Date(note.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const stateText = (state: SaveState) => {
  const key = STATE_KEYS[state];
  return key ? t(key) : '';
};

/** The text of a save state, for a polite live region beside each editor. */
function SaveStatus({ state, error }: { state: SaveState; error: string | null }) {
  return (
    <>
      <span class="save-state" aria-live="polite">
        {error ? '' : stateText(state)}
      </span>
      {error && (
        <p class="error" role="alert">
          {t('noteNotSaved', error)}
        </p>
      )}
    </>
  );
}

/** The reader's note on this claim: new text is saved as it is typed. */
function NewNote(
  props: NotesPanelProps & { onSaved: (note: NoteRecord) => void; onText: (text: string) => void; idFor: string },
) {
  const [text, setText] = useState('');
  const { autosave, state, error } = useNoteAutosave({ ...props, onSaved: props.onSaved });
  return (
    <div class="note-editor">
      <label for={props.idFor}>{t('noteNewLabel')}</label>
      <textarea
        id={props.idFor}
        rows={3}
        value={text}
        placeholder={t('noteNewPlaceholder')}
        onInput={(e) => {
          const value = e.currentTarget.value;
          setText(value);
          props.onText(value);
          autosave.input(value);
        }}
        onBlur={() => autosave.flush()}
      />
      <SaveStatus state={state} error={error} />
    </div>
  );
}

function SavedNote(props: NotesPanelProps & { note: NoteRecord; onDelete: (note: NoteRecord) => void }) {
  const [text, setText] = useState(props.note.text);
  const { autosave, state, error } = useNoteAutosave({ ...props, id: props.note.id });
  const fieldId = `note-${props.note.id}`;
  return (
    <li class="note-editor">
      <label for={fieldId}>{t('noteSavedLabel', written(props.note))}</label>
      <textarea
        id={fieldId}
        rows={2}
        value={text}
        onInput={(e) => {
          const value = e.currentTarget.value;
          setText(value);
          autosave.input(value);
        }}
        onBlur={() => autosave.flush()}
      />
      <div class="note-actions">
        <SaveStatus state={state} error={error} />
        <button
          type="button"
          class="link-button"
          aria-label={t('noteDeleteLabel', written(props.note))}
          onClick={() => {
            autosave.flush();
            props.onDelete({ ...props.note, text });
          }}
        >
          {t('noteDelete')}
        </button>
      </div>
    </li>
  );
}

/**
 * Notes: one editor for a new note, then the notes already saved on this claim, each editable
 * and deletable with undo. Notes go to the background only (the frame cannot open IndexedDB,
 * and the page must never see them).
 */
export function NotesPanel(props: NotesPanelProps) {
  const [saved, setSaved] = useState<NoteRecord[] | null>(null);
  const [draftKey, setDraftKey] = useState(0);
  const [draftId, setDraftId] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<NoteRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const draft = useRef<{ note: NoteRecord | null; text: string }>({ note: null, text: '' });

  useEffect(() => {
    let live = true;
    void props.client.ask('notes-list', { claimId: props.target.claimId }).then((answer) => {
      if (!live) return;
      if (answer.ok) setSaved(answer.value.notes);
      else {
        setSaved([]);
        setError(t('notesLoadError', answer.error));
      }
    });
    return () => {
      live = false;
    };
  }, [props.target.claimId]);

  const remove = async (note: NoteRecord) => {
    const answer = await props.client.ask('notes-remove', { id: note.id });
    if (!answer.ok) {
      setError(t('noteDeleteError', answer.error));
      return;
    }
    setError(null);
    setSaved((list) => (list ?? []).filter((n) => n.id !== note.id));
    setDeleted(answer.value.note ?? note);
  };

  const undo = async () => {
    if (!deleted) return;
    const answer = await props.client.ask('notes-restore', { note: deleted });
    if (!answer.ok) {
      setError(t('noteRestoreError', answer.error));
      return;
    }
    setError(null);
    setDeleted(null);
    setSaved((list) => [...(list ?? []), answer.value.note].sort((a, b) => a.createdAt - b.createdAt));
  };

  const others = (saved ?? []).filter((n) => n.id !== draftId);
  return (
    <section class="notes" aria-labelledby="cc-notes-title">
      <h2 id="cc-notes-title">{t('notesTitle')}</h2>
      <NewNote
        key={draftKey}
        {...props}
        idFor="cc-new-note"
        onText={(text) => (draft.current.text = text)}
        onSaved={(note) => {
          draft.current.note = note;
          setDraftId(note.id);
        }}
      />
      {draftId && (
        <button
          type="button"
          class="link-button"
          onClick={() => {
            // The finished note joins the saved list with its latest text; unmounting its
            // editor flushes that text to the background.
            const note = draft.current.note;
            if (note) {
              const moved = { ...note, text: draft.current.text };
              setSaved((list) => [...(list ?? []).filter((n) => n.id !== note.id), moved]);
            }
            draft.current = { note: null, text: '' };
            setDraftId(null);
            setDraftKey((k) => k + 1);
          }}
        >
          {t('noteStartAnother')}
        </button>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {deleted && (
        <p class="undo" role="status">
          {t('noteDeleted')}{' '}
          <button type="button" class="link-button" onClick={() => void undo()}>
            {t('undo')}
          </button>
        </p>
      )}
      {saved === null ? (
        <p class="muted">{t('notesLoading')}</p>
      ) : (
        others.length > 0 && (
          <>
            <h3 class="notes-subtitle">{t('notesSavedTitle')}</h3>
            <ul class="note-list">
              {others.map((note) => (
                <SavedNote key={note.id} {...props} note={note} onDelete={(n) => void remove(n)} />
              ))}
            </ul>
          </>
        )
      )}
    </section>
  );
}
