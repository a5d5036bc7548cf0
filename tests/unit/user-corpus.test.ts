import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusFingerprint, openUserCorpus } from '../../src/background/user-corpus';
import { createCorpusService } from '../../src/background/corpus-service';
import { loadBundledCorpus } from '../../src/cli/bundled-articles';
import type { Corpus } from '../../src/core/corpus';
import { openUserArticles } from '../../src/storage/user-articles';

const ADDED = `Syria's new interim prime minister, Mohammed al-Bashir, was named on Tuesday to lead a caretaker government until March.
Bashir said the caretaker cabinet would meet in Damascus with ministers of the outgoing government to hand over state institutions.
Authorities in the capital announced a curfew from 4 pm to 5 am to prevent looting, the interim government said.`;

describe("the reader's own corpus, kept in IndexedDB by the background", () => {
  let bundled: Corpus;
  beforeAll(async () => {
    bundled = await loadBundledCorpus();
  });

  it('adds an article, keeps it across a restart, and removing it gives back the bundled corpus', async () => {
    const factory = new IDBFactory();
    const open = () => openUserArticles(factory);
    const user = await openUserCorpus(bundled, open);
    const { corpus, articleId } = await user.add({ text: ADDED, meta: { url: 'https://example.org/curfew', title: 'Curfew in Damascus', site: null } });
    expect(corpus.articles.find((a) => a.id === articleId)).toMatchObject({ origin: 'user' });
    expect(corpus.claims.some((c) => c.sources.some((s) => s.article === articleId))).toBe(true);

    // A restarted background finds the same corpus (from the snapshot).
    const again = await openUserCorpus(bundled, open);
    expect(again.current()).toEqual(corpus);
    expect((await again.records()).map((r) => r.id)).toEqual([articleId]);

    expect(await again.remove(articleId)).toEqual(bundled);
    expect((await openUserCorpus(bundled, open)).current()).toEqual(bundled);
  });

  it('writes the snapshot once adding stops, and a start with a snapshot that lags replays only what it lacks', async () => {
    const factory = new IDBFactory();
    const open = () => openUserArticles(factory);
    const user = await openUserCorpus(bundled, open, { snapshotDelayMs: 10 });
    const first = await user.add({ text: ADDED, meta: {} });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const store = await open();
    expect((await store.snapshot())!.articleIds).toEqual([first.articleId]);
    // The worker stops before the next snapshot: the second article is stored, the snapshot lags.
    const second = await user.add({ text: ADDED.replace('curfew', 'night curfew').replace('Tuesday', 'Wednesday'), meta: {} });
    expect((await store.snapshot())!.articleIds).toEqual([first.articleId]);
    const restarted = await openUserCorpus(bundled, open);
    expect(restarted.current()).toEqual(second.corpus);
    expect((await store.snapshot())!.articleIds).toEqual([first.articleId, second.articleId]);
  });

  it('rebuilds from the stored texts when the bundled corpus changed (a new release)', async () => {
    const factory = new IDBFactory();
    const open = () => openUserArticles(factory);
    const user = await openUserCorpus(bundled, open, { snapshotDelayMs: 0 });
    const { articleId } = await user.add({ text: ADDED, meta: {} });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const store = await open();
    const snapshot = (await store.snapshot())!;
    await store.saveSnapshot({ ...snapshot, base: 'an older release' });
    const rebuilt = await openUserCorpus(bundled, open);
    expect(rebuilt.current().articles.map((a) => a.id)).toContain(articleId);
    expect((await store.snapshot())!.base).toBe(corpusFingerprint(bundled));
  });

  it('refuses the same article twice with a clear message and keeps the first', async () => {
    const user = await openUserCorpus(bundled, () => openUserArticles(new IDBFactory()));
    await user.add({ text: ADDED, meta: {} });
    const before = user.current();
    await expect(user.add({ text: ADDED, meta: {} })).rejects.toThrow(/already/i);
    expect(user.current()).toBe(before);
  });

  it('re-indexes only what changed, and a page sentence finds the added fact', async () => {
    const user = await openUserCorpus(bundled, () => openUserArticles(new IDBFactory()));
    const service = createCorpusService(bundled);
    const { corpus, articleId } = await user.add({ text: ADDED, meta: {} });
    const { added, removed } = service.update(corpus);
    expect(added).toBeGreaterThan(0);
    expect(added + removed).toBeLessThan(20); // the bundled claims are untouched
    const [hit] = service.match(['Authorities in Damascus imposed a curfew from 4 pm to 5 am to prevent looting.']);
    expect(hit?.claimId).toBeDefined();
    const claim = corpus.claims.find((c) => c.id === hit!.claimId)!;
    expect(claim.sources.map((s) => s.article)).toContain(articleId);
  });
});
