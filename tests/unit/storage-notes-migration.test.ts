import { IDBFactory } from 'fake-indexeddb';
import { type IDBPDatabase, wrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { NotesUnavailableError, openNotes } from '../../src/storage';

/** The database name is a promise to every reader with notes: spelled out here on purpose. */
const DB_NAME = 'crosscheck-notes';

/** A version 1 database as the first release wrote it, with notes, built without the current code. */
async function createVersion1(factory: IDBFactory, notes: object[]): Promise<void> {
  const request = factory.open(DB_NAME, 1);
  request.onupgradeneeded = () => {
    const store = request.result.createObjectStore('notes', { keyPath: 'id' });
    store.createIndex('by-claim', 'claimId');
    for (const note of notes) store.put(note);
  };
  ((await wrap(request)) as IDBPDatabase).close();
}

async function storedVersion(factory: IDBFactory): Promise<{ version: number; indexes: string[] }> {
  const db = (await wrap(factory.open(DB_NAME))) as IDBPDatabase;
  const indexes = [...db.transaction('notes').store.indexNames];
  const result = { version: db.version, indexes };
  db.close();
  return result;
}

const v1Notes = [
  { id: 'n-1', claimId: 'c-1', text: 'from a shared link', createdAt: 10, updatedAt: 30, pageUrl: 'https://news.example/a#:~:text=airport', sentence: 'The airport closed.' },
  { id: 'n-2', claimId: 'c-1', text: 'plain', createdAt: 20, updatedAt: 20, pageUrl: 'https://news.example/a' },
  { id: 'n-3', claimId: 'c-2', text: 'saved from a local file', createdAt: 5, updatedAt: 40, pageUrl: 'file:///tmp/a.html' },
  { id: 'n-4', claimId: 'c-3', text: 'no page', createdAt: 1, updatedAt: 2 },
];

describe('upgrading a version 1 database', () => {
  it('keeps every note and adds the by-updated index', async () => {
    const factory = new IDBFactory();
    await createVersion1(factory, v1Notes);
    const store = await openNotes({ factory });
    expect((await store.listAll()).map((n) => n.id)).toEqual(['n-3', 'n-1', 'n-2', 'n-4']);
    expect((await store.listByClaim('c-1')).map((n) => n.text)).toEqual(['from a shared link', 'plain']);
    store.close();
    expect(await storedVersion(factory)).toEqual({ version: 2, indexes: ['by-claim', 'by-updated'] });
  });

  it.each([
    ['a fragment is dropped', 'n-1', 'https://news.example/a'],
    ['a clean URL is kept', 'n-2', 'https://news.example/a'],
    ['a non-web URL is dropped', 'n-3', undefined],
    ['a note without a page stays without one', 'n-4', undefined],
  ])('page URLs are normalised: %s', async (_label, id, pageUrl) => {
    const factory = new IDBFactory();
    await createVersion1(factory, v1Notes);
    const store = await openNotes({ factory });
    const note = (await store.listAll()).find((n) => n.id === id);
    expect(note?.pageUrl).toBe(pageUrl);
    expect(note && 'pageUrl' in note).toBe(pageUrl !== undefined);
    store.close();
  });

  it('opening an up-to-date database again changes nothing', async () => {
    const factory = new IDBFactory();
    const first = await openNotes({ factory });
    const note = await first.save({ claimId: 'c-1', text: 'kept', pageUrl: 'https://a.example/x' });
    first.close();
    const second = await openNotes({ factory });
    expect(await second.listAll()).toEqual([note]);
    second.close();
  });

  it('an open store steps aside when a newer version of the extension upgrades the database', async () => {
    const factory = new IDBFactory();
    const store = await openNotes({ factory });
    await store.save({ claimId: 'c-1', text: 'written before the update' });
    const request = factory.open(DB_NAME, 3);
    request.onupgradeneeded = () => request.transaction?.objectStore('notes').createIndex('by-page', 'pageUrl');
    const upgraded = (await wrap(request)) as IDBPDatabase;
    expect(await upgraded.count('notes')).toBe(1);
    upgraded.close();
    // The old code cannot read a newer database: it says so instead of failing deep inside.
    await expect(store.listAll()).rejects.toBeInstanceOf(NotesUnavailableError);
  });
});
