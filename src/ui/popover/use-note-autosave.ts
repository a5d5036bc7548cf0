import { useEffect, useRef, useState } from 'preact/hooks';
import type { NoteRecord } from '../../messaging/protocol';
import { t } from '../common/i18n';
import type { PopoverClient } from './client';
import { createNoteAutosave, type NoteAutosave, type SaveState } from './note-autosave';

export interface NoteTarget {
  claimId: string;
  pageUrl: string | undefined;
  sentence: string;
}

/**
 * One autosave per note editor, alive as long as the editor. Page URL and sentence are always
 * sent: whether the URL is kept is the reader's setting, applied by the background.
 */
export function useNoteAutosave(options: {
  client: PopoverClient;
  target: NoteTarget;
  id?: string;
  newId: () => string;
  registerFlush: (flush: () => void) => () => void;
  onSaved?: (note: NoteRecord) => void;
}): { autosave: NoteAutosave; state: SaveState; error: string | null } {
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(options);
  latest.current = options;
  const ref = useRef<NoteAutosave | null>(null);
  ref.current ??= createNoteAutosave({
    id: options.id,
    newId: options.newId,
    save: (id, text) => {
      const { client, target } = latest.current;
      return client.ask('notes-save', {
        id,
        claimId: target.claimId,
        text,
        ...(target.pageUrl === undefined ? {} : { pageUrl: target.pageUrl }),
        sentence: target.sentence,
      });
    },
    onState: (next, detail) => {
      setState(next);
      if (next === 'error') setError(detail.error ?? t('noteSaveFailed'));
      else if (next === 'saved') setError(null);
      if (detail.note) latest.current.onSaved?.(detail.note);
    },
  });
  const autosave = ref.current;
  useEffect(() => {
    const unregister = options.registerFlush(() => autosave.flush());
    return () => {
      unregister();
      autosave.flush();
      autosave.dispose();
    };
  }, [autosave]);
  return { autosave, state, error };
}
