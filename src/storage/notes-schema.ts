/**
 * The notes database: its schema as a type, and the upgrade ladder from every earlier version.
 *
 * Opened only from extension-origin contexts (the background service worker, popup, options).
 * Never from a content script: IndexedDB there belongs to the web page's origin, so notes would
 * land in the news site's storage, visible to its scripts and wiped with its cookies. Never from
 * an extension page framed inside a web page (the popover) either: that frame is a third-party
 * context, and the browser refuses it IndexedDB ("The user denied permission to access the
 * database"). Those contexts reach notes through messages to the background.
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames, wrap } from 'idb';
import type { Note } from './note';
import { normalizePageUrl } from './page-url';

/** Never rename: the name is where every reader's existing notes live. */
export const NOTES_DB_NAME = 'crosscheck-notes';

/**
 * Version history:
 * 1. store `notes` keyed by `id`, index `by-claim`.
 * 2. index `by-updated` (lists newest first without loading and sorting every note), and page
 *    URLs stored without their fragment (see `normalizePageUrl`), rewritten for existing notes.
 */
export const NOTES_DB_VERSION = 2;

export interface NotesSchema extends DBSchema {
  notes: {
    key: string;
    value: Note;
    indexes: { 'by-claim': string; 'by-updated': number };
  };
}

export type NotesDb = IDBPDatabase<NotesSchema>;

/**
 * Brings a database at `oldVersion` (0 for a new one) up to `NOTES_DB_VERSION`, one step at a
 * time, inside the version-change transaction: if any step throws, the whole upgrade is rolled
 * back and the reader keeps the old database intact.
 */
export function upgradeNotes(
  db: NotesDb,
  oldVersion: number,
  tx: IDBPTransaction<NotesSchema, StoreNames<NotesSchema>[], 'versionchange'>,
): Promise<void> {
  if (oldVersion < 1) {
    const notes = db.createObjectStore('notes', { keyPath: 'id' });
    notes.createIndex('by-claim', 'claimId');
  }
  if (oldVersion < 2) {
    tx.objectStore('notes').createIndex('by-updated', 'updatedAt');
    return normalizeStoredPageUrls(tx);
  }
  return Promise.resolve();
}

async function normalizeStoredPageUrls(
  tx: IDBPTransaction<NotesSchema, StoreNames<NotesSchema>[], 'versionchange'>,
): Promise<void> {
  let cursor = await tx.objectStore('notes').openCursor();
  while (cursor) {
    const note = cursor.value;
    if (note.pageUrl !== undefined) {
      const pageUrl = normalizePageUrl(note.pageUrl);
      if (pageUrl !== note.pageUrl) {
        const next: Note = { ...note };
        if (pageUrl === undefined) delete next.pageUrl;
        else next.pageUrl = pageUrl;
        await cursor.update(next);
      }
    }
    cursor = await cursor.continue();
  }
}

/**
 * `openDB` from idb, but on a given factory: idb's own `openDB` always uses the global
 * `indexedDB`, and each test opens its own fresh fake one.
 *
 * `onBlocking` runs when another context asks for a newer version (an extension update): the
 * caller closes its connection so the upgrade can proceed, and reopens on next use.
 */
export function openNotesDb(factory: IDBFactory, onBlocking: () => void): Promise<NotesDb> {
  const request = factory.open(NOTES_DB_NAME, NOTES_DB_VERSION);
  request.addEventListener('upgradeneeded', (event) => {
    const tx = request.transaction;
    if (tx === null) return;
    const db = wrap(request.result) as unknown as NotesDb;
    const upgradeTx = wrap(tx) as unknown as IDBPTransaction<NotesSchema, StoreNames<NotesSchema>[], 'versionchange'>;
    upgradeNotes(db, event.oldVersion, upgradeTx).catch(() => tx.abort());
  });
  const opened = wrap(request) as unknown as Promise<NotesDb>;
  opened
    .then((db) => {
      db.addEventListener('versionchange', onBlocking);
      db.addEventListener('close', onBlocking);
    })
    .catch(() => {});
  // A connection to an older version that does not step aside blocks the upgrade for as long as
  // it stays open, and the request neither succeeds nor fails: notes sat at "Saving…" forever.
  // Our own connections close on `versionchange` (above), so a block that outlasts
  // BLOCKED_GIVE_UP_MS is not going away: fail, so the reader is told and the caller retries on
  // its next request. A connection that opens after all is closed: nobody waits for it any more.
  let settled = false;
  opened.then(
    () => (settled = true),
    () => (settled = true),
  );
  const blocked = new Promise<never>((_, reject) => {
    request.addEventListener('blocked', () => {
      setTimeout(() => {
        if (settled) return;
        reject(new DOMException('An open connection to an older version blocks the notes database.', 'VersionError'));
        opened.then((db) => db.close(), () => {});
      }, BLOCKED_GIVE_UP_MS);
    });
  });
  return Promise.race([opened, blocked]);
}

/**
 * How long an upgrade may wait for other connections to close. Ours close in their
 * `versionchange` handler, within milliseconds; two seconds leave room for a busy machine and
 * are still short enough for a reader waiting on "Saving…".
 */
const BLOCKED_GIVE_UP_MS = 2_000;
