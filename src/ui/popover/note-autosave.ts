import type { NoteRecord } from '../../messaging/protocol';
import type { Answer } from './client';

/**
 * Trailing throttle for note saves: at most one save per 400 ms while the reader types (typing
 * runs at 5-8 characters a second, so a message per word or two), and the last keystroke is
 * never more than 400 ms from being sent. Page unloads and blur do not wait: they flush.
 */
export const SAVE_DELAY_MS = 400;

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface NoteAutosaveOptions {
  /** The note's id when editing one; a new note gets `newId()` on its first save. */
  id?: string;
  newId: () => string;
  save(id: string, text: string): Promise<Answer<{ note: NoteRecord }>>;
  onState(state: SaveState, detail: { note?: NoteRecord; error?: string }): void;
  delayMs?: number;
}

export interface NoteAutosave {
  /** The reader changed the text. */
  input(text: string): void;
  /** Starts the pending save now, synchronously (pagehide, visibilitychange, blur, close). */
  flush(): void;
  readonly id: string | undefined;
  dispose(): void;
}

/**
 * Saves one note as the reader types. The id is chosen here before the first save (the store
 * creates a note for an unknown id), so a flush on pagehide while the first save is still on
 * its way updates the same note instead of creating a second one. Saves are sent one after
 * another in the normal path so an older text can never land after a newer one; only a flush
 * skips the queue, because the frame may be gone before the earlier answer comes back.
 */
export function createNoteAutosave(options: NoteAutosaveOptions): NoteAutosave {
  const delay = options.delayMs ?? SAVE_DELAY_MS;
  let id = options.id;
  let pending: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<unknown> | null = null;
  let disposed = false;

  const send = (text: string): Promise<unknown> => {
    id ??= options.newId();
    options.onState('saving', {});
    const sent = options.save(id, text).then((answer) => {
      if (disposed) return;
      if (answer.ok) {
        id = answer.value.note.id;
        options.onState(pending === null ? 'saved' : 'pending', { note: answer.value.note });
      } else {
        options.onState('error', { error: answer.error });
      }
    });
    inFlight = sent;
    void sent.finally(() => {
      if (inFlight === sent) inFlight = null;
    });
    return sent;
  };

  const takePending = (): string | null => {
    const text = pending;
    pending = null;
    // A new note is not created for blank text; an existing one is saved even when emptied.
    return text !== null && (id !== undefined || text.trim() !== '') ? text : null;
  };

  const onTimer = () => {
    timer = undefined;
    if (inFlight) {
      // Wait for the earlier save, then send whatever is newest by then.
      void inFlight.then(() => {
        if (pending !== null && timer === undefined && !disposed) timer = setTimeout(onTimer, 0);
      });
      return;
    }
    const text = takePending();
    if (text !== null) void send(text);
    else options.onState('idle', {});
  };

  return {
    input(text) {
      pending = text;
      options.onState('pending', {});
      timer ??= setTimeout(onTimer, delay);
    },
    flush() {
      clearTimeout(timer);
      timer = undefined;
      if (pending === null) return;
      const text = takePending();
      if (text !== null) void send(text);
      else options.onState('idle', {});
    },
    get id() {
      return id;
    },
    dispose() {
      clearTimeout(timer);
      disposed = true;
    },
  };
}
