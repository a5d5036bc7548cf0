/**
 * The reader's notes, in IndexedDB. See notes-schema.ts for which contexts may open it and why.
 *
 * Several contexts (the background, a popup, an options page in another tab) can hold the
 * database open at once. Every write is one transaction on the note it touches, reading the
 * stored copy and writing in the same transaction, and IndexedDB runs overlapping read-write
 * transactions one after another. So writes to different notes never clobber each other, and of
 * two writes to the same note the one with the newer `updatedAt` is kept, whichever lands last.
 */
import { NotesUnavailableError, toWriteError } from './errors';
import type { Note, NoteInput } from './note';
import { type NotesDb, openNotesDb } from './notes-schema';
import { normalizePageUrl } from './page-url';
import { parseAnnotations, toCollection, type InvalidRecord, type WebAnnotationCollection } from './web-annotation';

/** What an import did, record by record. */
export interface ImportReport {
  added: number;
  /** Local notes replaced by an imported copy with a newer `modified`. */
  updated: number;
  /** Imported records identical in age to the local note (usually a re-import); the local one is kept. */
  unchanged: number;
  /** Imported records older than the local note; the local one is kept. */
  keptNewerLocal: number;
  invalid: InvalidRecord[];
}

export interface NotesStore {
  /** Notes on one claim, oldest first, so a thread keeps its order when a note is edited. */
  listByClaim(claimId: string): Promise<Note[]>;
  /** All notes, most recently edited first. */
  listAll(): Promise<Note[]>;
  /** Notes whose text or sentence contains `query`, ignoring case; most recently edited first. */
  search(query: string): Promise<Note[]>;
  /**
   * Creates (no `id`, or an unknown one) or updates a note, and returns the note as stored.
   * An update that leaves out `pageUrl` or `sentence` keeps the stored ones.
   * An edit older than the stored note is not applied: the stored, newer note is returned.
   */
  save(input: NoteInput): Promise<Note>;
  /** Deletes a note and returns it, so the caller can offer undo; `undefined` if there was none. */
  remove(id: string): Promise<Note | undefined>;
  /** Puts back a note `remove` returned, unless a newer copy of it exists by now. Returns the note as stored. */
  restore(note: Note): Promise<Note>;
  /** Deletes every note; returns how many there were. */
  removeAll(): Promise<number>;
  export(): Promise<WebAnnotationCollection>;
  /**
   * Merges an export into the store: by id, the newer `modified` wins, nothing is lost.
   * Valid records are written in one transaction: all of them or (on a write error) none.
   * Throws `NotesImportError` before writing anything if the file is not an export at all.
   */
  import(json: unknown): Promise<ImportReport>;
  close(): void;
}

export interface OpenNotesOptions {
  /** The IndexedDB to use: the context's own by default, a fresh fake one in tests. */
  factory?: IDBFactory;
  /** The clock that stamps creations and edits. */
  now?: () => number;
  newId?: () => string;
}

/** Opens (creating or upgrading as needed) the notes database. Rejects with `NotesUnavailableError`. */
export async function openNotes(options: OpenNotesOptions = {}): Promise<NotesStore> {
  const factory = options.factory ?? globalThis.indexedDB;
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => crypto.randomUUID());
  if (factory === undefined) throw new NotesUnavailableError();

  const open = async (): Promise<NotesDb> => {
    try {
      return await openNotesDb(factory, () => {
        db?.close();
        db = undefined;
      });
    } catch (error) {
      throw new NotesUnavailableError({ cause: error });
    }
  };

  let db: NotesDb | undefined = await open();
  const database = async (): Promise<NotesDb> => (db ??= await open());

  const write = async <T>(work: (db: NotesDb) => Promise<T>): Promise<T> => {
    const current = await database();
    try {
      return await work(current);
    } catch (error) {
      throw toWriteError(error);
    }
  };

  return {
    async listByClaim(claimId) {
      const notes = await (await database()).getAllFromIndex('notes', 'by-claim', claimId);
      return notes.sort((a, b) => a.createdAt - b.createdAt);
    },

    async listAll() {
      return newestFirst(await database());
    },

    async search(query) {
      const needle = query.trim().toLowerCase();
      const notes = await newestFirst(await database());
      if (needle === '') return notes;
      return notes.filter(
        (note) => note.text.toLowerCase().includes(needle) || (note.sentence?.toLowerCase().includes(needle) ?? false),
      );
    },

    save(input) {
      return write(async (db) => {
        const tx = db.transaction('notes', 'readwrite');
        const stored = input.id === undefined ? undefined : await tx.store.get(input.id);
        const updatedAt = input.updatedAt ?? now();
        if (stored !== undefined && stored.updatedAt > updatedAt) {
          await tx.done;
          return stored;
        }
        const note: Note = {
          id: input.id ?? newId(),
          claimId: input.claimId,
          text: input.text,
          createdAt: stored?.createdAt ?? updatedAt,
          updatedAt,
        };
        // An edit that only sends new text keeps where the note was written.
        const pageUrl = input.pageUrl === undefined ? stored?.pageUrl : normalizePageUrl(input.pageUrl);
        const sentence = input.sentence ?? stored?.sentence;
        if (pageUrl !== undefined) note.pageUrl = pageUrl;
        if (sentence !== undefined) note.sentence = sentence;
        await Promise.all([tx.store.put(note), tx.done]);
        return note;
      });
    },

    remove(id) {
      return write(async (db) => {
        const tx = db.transaction('notes', 'readwrite');
        const stored = await tx.store.get(id);
        if (stored !== undefined) await tx.store.delete(id);
        await tx.done;
        return stored;
      });
    },

    restore(note) {
      return write(async (db) => {
        const tx = db.transaction('notes', 'readwrite');
        const stored = await tx.store.get(note.id);
        if (stored !== undefined && stored.updatedAt >= note.updatedAt) {
          await tx.done;
          return stored;
        }
        await Promise.all([tx.store.put(note), tx.done]);
        return note;
      });
    },

    removeAll() {
      return write(async (db) => {
        const tx = db.transaction('notes', 'readwrite');
        const count = await tx.store.count();
        await Promise.all([tx.store.clear(), tx.done]);
        return count;
      });
    },

    async export() {
      return toCollection(await newestFirst(await database()), newId());
    },

    async import(json) {
      const { notes, invalid } = parseAnnotations(json);
      const report: ImportReport = { added: 0, updated: 0, unchanged: 0, keptNewerLocal: 0, invalid };
      if (notes.length === 0) return report;
      return write(async (db) => {
        const tx = db.transaction('notes', 'readwrite');
        for (const { note } of notes) {
          const stored = await tx.store.get(note.id);
          if (stored === undefined) report.added += 1;
          else if (stored.updatedAt < note.updatedAt) report.updated += 1;
          else {
            if (stored.updatedAt === note.updatedAt) report.unchanged += 1;
            else report.keptNewerLocal += 1;
            continue;
          }
          await tx.store.put(note);
        }
        await tx.done;
        return report;
      });
    },

    close() {
      db?.close();
      db = undefined;
    },
  };
}

async function newestFirst(db: NotesDb): Promise<Note[]> {
  return (await db.getAllFromIndex('notes', 'by-updated')).reverse();
}

