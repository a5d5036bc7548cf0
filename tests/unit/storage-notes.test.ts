import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  NotesUnavailableError,
  NotesWriteError,
  openNotes,
  type Note,
  type NotesStore,
} from '../../src/storage';

/** A clock the test moves by hand, so "newer" and "older" are facts, not timing luck. */
function manualClock(start = 1_700_000_000_000) {
  let t = start;
  return { now: () => t, tick: (ms = 1000) => (t += ms) };
}

let factory: IDBFactory;
let clock: ReturnType<typeof manualClock>;
let store: NotesStore;

beforeEach(async () => {
  factory = new IDBFactory();
  clock = manualClock();
  store = await openNotes({ factory, now: clock.now });
});

afterEach(() => {
  store.close();
  vi.restoreAllMocks();
});

describe('saving and reading notes', () => {
  it('creates a note with an id and both times, and finds it by claim', async () => {
    const note = await store.save({ claimId: 'c-1', text: 'Check the casualty figure', sentence: 'At least 12 died.' });
    expect(note.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(note).toMatchObject({ claimId: 'c-1', createdAt: clock.now(), updatedAt: clock.now() });
    expect(await store.listByClaim('c-1')).toEqual([note]);
    expect(await store.listByClaim('c-2')).toEqual([]);
  });

  it('an edit keeps the creation time and moves the edit time', async () => {
    const created = await store.save({ claimId: 'c-1', text: 'first' });
    clock.tick();
    const edited = await store.save({ id: created.id, claimId: 'c-1', text: 'second' });
    expect(edited).toMatchObject({ text: 'second', createdAt: created.createdAt, updatedAt: created.updatedAt + 1000 });
    expect(await store.listAll()).toEqual([edited]);
  });

  it('an edit that sends only new text keeps the page and sentence the note was written on', async () => {
    const created = await store.save({ claimId: 'c-1', text: 'a', pageUrl: 'https://a.example/p', sentence: 'S.' });
    clock.tick();
    const edited = await store.save({ id: created.id, claimId: 'c-1', text: 'b' });
    expect(edited).toEqual({ ...created, text: 'b', updatedAt: created.updatedAt + 1000 });
  });

  it('an edit older than the stored note is not applied, and the stored note comes back', async () => {
    const created = await store.save({ claimId: 'c-1', text: 'new words' });
    const stale = await store.save({ id: created.id, claimId: 'c-1', text: 'old words', updatedAt: created.updatedAt - 1 });
    expect(stale).toEqual(created);
    expect((await store.listAll())[0]?.text).toBe('new words');
  });

  it.each([
    ['drops the fragment', 'https://news.example/a#comments', 'https://news.example/a'],
    ['drops a text fragment', 'https://news.example/a?id=3#:~:text=Assad', 'https://news.example/a?id=3'],
    ['drops a non-web address', 'file:///home/me/page.html', undefined],
    ['drops a malformed address', 'not a url', undefined],
  ])('page URL: %s', async (_label, pageUrl, kept) => {
    const note = await store.save({ claimId: 'c-1', text: 't', pageUrl });
    expect(note.pageUrl).toBe(kept);
    expect((await store.listAll())[0]?.pageUrl).toBe(kept);
  });

  it('lists claim notes oldest first and all notes most recently edited first', async () => {
    const a = await store.save({ claimId: 'c-1', text: 'a' });
    clock.tick();
    const b = await store.save({ claimId: 'c-1', text: 'b' });
    clock.tick();
    const c = await store.save({ claimId: 'c-2', text: 'c' });
    clock.tick();
    const aEdited = await store.save({ id: a.id, claimId: 'c-1', text: 'a, edited' });
    expect((await store.listByClaim('c-1')).map((n) => n.text)).toEqual(['a, edited', 'b']);
    expect((await store.listAll()).map((n) => n.id)).toEqual([aEdited.id, c.id, b.id]);
  });

  it.each([
    ['matches text ignoring case', 'AIRPORT', ['Airport closed?']],
    ['matches the sentence', 'rebels', ['Airport closed?', 'who said this']],
    ['finds nothing', 'zebra', []],
    ['an empty query lists everything', '  ', ['who said this', 'Airport closed?']],
  ])('search %s', async (_label, query, texts) => {
    await store.save({ claimId: 'c-1', text: 'Airport closed?', sentence: 'Rebels took the airport.' });
    clock.tick();
    await store.save({ claimId: 'c-2', text: 'who said this', sentence: 'The rebels said so.' });
    expect((await store.search(query)).map((n) => n.text).sort()).toEqual([...texts].sort());
  });
});

describe('remove and undo', () => {
  it('remove returns the note, and restore brings it back exactly', async () => {
    const note = await store.save({ claimId: 'c-1', text: 'keep me', pageUrl: 'https://a.example/', sentence: 's' });
    const removed = await store.remove(note.id);
    expect(removed).toEqual(note);
    expect(await store.listByClaim('c-1')).toEqual([]);
    expect(await store.restore(removed as Note)).toEqual(note);
    expect(await store.listByClaim('c-1')).toEqual([note]);
  });

  it('removing a note that does not exist is a miss, not an error', async () => {
    expect(await store.remove('no-such-id')).toBeUndefined();
  });

  it('restore does not overwrite a newer copy written since', async () => {
    const note = await store.save({ claimId: 'c-1', text: 'old' });
    const removed = (await store.remove(note.id)) as Note;
    clock.tick();
    const rewritten = await store.save({ id: note.id, claimId: 'c-1', text: 'rewritten' });
    expect(await store.restore(removed)).toEqual(rewritten);
    expect((await store.listAll()).map((n) => n.text)).toEqual(['rewritten']);
  });

  it('removeAll deletes every note and says how many', async () => {
    await store.save({ claimId: 'c-1', text: 'a' });
    await store.save({ claimId: 'c-2', text: 'b' });
    expect(await store.removeAll()).toBe(2);
    expect(await store.listAll()).toEqual([]);
  });
});

describe('two contexts writing at once (a popup and an options tab)', () => {
  it('saves of different notes from two stores all land', async () => {
    const other = await openNotes({ factory, now: clock.now });
    const writes = Array.from({ length: 40 }, (_, i) =>
      (i % 2 === 0 ? store : other).save({ claimId: `c-${i % 5}`, text: `note ${i}` }),
    );
    const saved = await Promise.all(writes);
    expect(new Set(saved.map((n) => n.id)).size).toBe(40);
    expect((await other.listAll()).map((n) => n.text).sort()).toEqual(saved.map((n) => n.text).sort());
    other.close();
  });

  it.each([
    ['the newer edit is sent first', 'first'],
    ['the newer edit is sent second', 'second'],
  ])('of two edits of the same note the newer wins: %s', async (_label, newerSent) => {
    const other = await openNotes({ factory, now: clock.now });
    const note = await store.save({ claimId: 'c-1', text: 'original' });
    const newer = () => store.save({ id: note.id, claimId: 'c-1', text: 'newer', updatedAt: note.updatedAt + 2 });
    const older = () => other.save({ id: note.id, claimId: 'c-1', text: 'older', updatedAt: note.updatedAt + 1 });
    await Promise.all(newerSent === 'first' ? [newer(), older()] : [older(), newer()]);
    expect((await store.listAll()).map((n) => n.text)).toEqual(['newer']);
    expect((await other.listAll()).map((n) => n.text)).toEqual(['newer']);
    other.close();
  });
});

describe('failures reach the reader as typed errors', () => {
  it('openNotes rejects with NotesUnavailableError when the browser refuses the database', async () => {
    const refusing = {
      open() {
        throw new DOMException('The user denied permission to access the database.', 'UnknownError');
      },
    } as unknown as IDBFactory;
    const opening = openNotes({ factory: refusing });
    await expect(opening).rejects.toBeInstanceOf(NotesUnavailableError);
    await expect(opening).rejects.toThrow(/Notes are unavailable/);
  });

  it('openNotes rejects with NotesUnavailableError in a context without IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    try {
      await expect(openNotes()).rejects.toBeInstanceOf(NotesUnavailableError);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('a full disk is reported as a quota error, and nothing is written', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const failure = store.save({ claimId: 'c-1', text: 'lost?' });
    await expect(failure).rejects.toBeInstanceOf(NotesWriteError);
    await expect(failure).rejects.toMatchObject({ reason: 'quota', message: expect.stringMatching(/no storage space/) });
    vi.restoreAllMocks();
    expect(await store.listAll()).toEqual([]);
  });

  it('any other write failure is a NotesWriteError too, never swallowed', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Transaction aborted', 'AbortError');
    });
    await expect(store.save({ claimId: 'c-1', text: 'x' })).rejects.toMatchObject({ name: 'NotesWriteError', reason: 'other' });
  });
});
