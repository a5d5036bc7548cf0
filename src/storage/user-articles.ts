/**
 * The reader's own sources: articles added from a page or imported from files. The texts are the
 * source of truth (the user corpus is rebuilt from them on top of the bundled corpus); a snapshot
 * of the combined corpus is kept next to them so that a restarted background worker does not
 * re-cluster a thousand articles before it can answer a page. The snapshot may lag behind the
 * articles (it is written after a quiet moment, not on every add): the reader of the store
 * brings it up to date from the articles.
 *
 * Opened only by the background (see notes-schema.ts for why never by a content script).
 */
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { Corpus } from '../core/corpus/types';
import { NotesUnavailableError, toWriteError } from './errors';

export const USER_CORPUS_DB_NAME = 'crosscheck-user-corpus';
/**
 * Version history:
 * 1. store `articles` keyed by `id` with index `by-added`; store `snapshot` (out-of-line keys).
 */
export const USER_CORPUS_DB_VERSION = 1;

export interface UserArticleMeta {
  url?: string;
  site?: string | null;
  title?: string | null;
  date?: string | null;
  byline?: string | null;
}

export interface UserArticleRecord {
  /** The corpus article id the builder gave it. */
  id: string;
  /** File name or page URL it came from. */
  file: string;
  text: string;
  meta: UserArticleMeta;
  addedAt: number;
}

export interface CorpusSnapshot {
  /** Identifies the bundled corpus the snapshot was built on; a new release invalidates it. */
  base: string;
  /** The user article ids it contains, in order. */
  articleIds: string[];
  corpus: Corpus;
}

interface UserCorpusSchema extends DBSchema {
  articles: { key: string; value: UserArticleRecord; indexes: { 'by-added': number } };
  snapshot: { key: string; value: CorpusSnapshot };
}

export interface UserArticlesStore {
  list(): Promise<UserArticleRecord[]>;
  get(id: string): Promise<UserArticleRecord | undefined>;
  add(record: UserArticleRecord): Promise<void>;
  remove(id: string): Promise<void>;
  snapshot(): Promise<CorpusSnapshot | undefined>;
  saveSnapshot(snapshot: CorpusSnapshot): Promise<void>;
  close(): void;
}

export async function openUserArticles(factory: IDBFactory = globalThis.indexedDB): Promise<UserArticlesStore> {
  if (!factory) throw new NotesUnavailableError();
  let db: IDBPDatabase<UserCorpusSchema>;
  try {
    // idb's openDB always uses the global indexedDB; open on the given factory (tests pass a
    // fresh fake one) and wrap the request instead.
    const request = factory.open(USER_CORPUS_DB_NAME, USER_CORPUS_DB_VERSION);
    request.addEventListener('upgradeneeded', (event) => {
      const raw = request.result;
      if (event.oldVersion < 1) {
        raw.createObjectStore('articles', { keyPath: 'id' }).createIndex('by-added', 'addedAt');
        raw.createObjectStore('snapshot');
      }
    });
    db = (await wrap(request)) as unknown as IDBPDatabase<UserCorpusSchema>;
    // An extension update that needs a newer version: step aside so it can proceed.
    db.addEventListener('versionchange', () => db.close());
  } catch (error) {
    throw new NotesUnavailableError({ cause: error });
  }
  const write = async (fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (error) {
      throw toWriteError(error);
    }
  };
  return {
    list: () => db.getAllFromIndex('articles', 'by-added'),
    get: (id) => db.get('articles', id),
    add: (record) => write(async () => void (await db.put('articles', record))),
    remove: (id) => write(async () => void (await db.delete('articles', id))),
    snapshot: () => db.get('snapshot', 'current'),
    saveSnapshot: (snapshot) => write(async () => void (await db.put('snapshot', snapshot, 'current'))),
    close: () => db.close(),
  };
}
