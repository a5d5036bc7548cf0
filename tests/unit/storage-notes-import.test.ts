import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { NotesImportError, openNotes, type NotesStore, type WebAnnotation } from '../../src/storage';

let store: NotesStore;
let t: number;

beforeEach(async () => {
  t = Date.UTC(2026, 10, 24, 9, 30, 0, 123);
  store = await openNotes({ factory: new IDBFactory(), now: () => t });
});

async function emptyStore(): Promise<NotesStore> {
  return openNotes({ factory: new IDBFactory() });
}

/** A valid annotation, as another tool (or an older export) might write it. */
function annotation(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'urn:uuid:3f1c2a9e-8d4b-4c71-9a0e-5b6d7e8f9a01',
    type: 'Annotation',
    motivation: 'commenting',
    created: '2026-11-20T08:00:00.000Z',
    modified: '2026-11-21T08:00:00.000Z',
    body: { type: 'TextualBody', value: 'Other outlets say 14.', purpose: 'commenting' },
    target: { source: 'https://news.example/a', selector: { type: 'TextQuoteSelector', exact: 'At least 12 died.' } },
    'crosscheck:claim': 'c-1',
    ...overrides,
  };
}

const page = (items: unknown[]) => ({ type: 'AnnotationPage', items });

describe('export', () => {
  it('writes each note as a commenting Web Annotation on its page and sentence', async () => {
    const note = await store.save({ claimId: 'c-1', text: 'Check this', pageUrl: 'https://news.example/a', sentence: 'At least 12 died.' });
    const exported = await store.export();
    expect(exported).toMatchObject({ type: 'AnnotationCollection', total: 1, first: { type: 'AnnotationPage' } });
    expect(exported['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(exported.first.items[0]).toEqual<WebAnnotation>({
      id: `urn:uuid:${note.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-11-24T09:30:00.123Z',
      modified: '2026-11-24T09:30:00.123Z',
      body: { type: 'TextualBody', value: 'Check this', format: 'text/plain', purpose: 'commenting' },
      target: { source: 'https://news.example/a', selector: { type: 'TextQuoteSelector', exact: 'At least 12 died.' } },
      'crosscheck:claim': 'c-1',
    });
  });

  it('a note without a page URL targets its claim instead', async () => {
    await store.save({ claimId: 'c-7', text: 'private' });
    expect((await store.export()).first.items[0]?.target).toEqual({ source: 'urn:crosscheck:claim:c-7' });
  });
});

describe('round trip', () => {
  it('export then import into an empty store gives back every note exactly, through JSON text too', async () => {
    await store.save({ claimId: 'c-1', text: 'with everything', pageUrl: 'https://news.example/a?x=1', sentence: 'A "quoted" line.' });
    t += 1;
    await store.save({ claimId: 'c-2', text: '' });
    t += 1;
    await store.save({ claimId: 'c-2', text: 'ünïcödé ✓\nsecond line', sentence: 'Only a sentence.' });
    const target = await emptyStore();
    const report = await target.import(JSON.stringify(await store.export()));
    expect(report).toEqual({ added: 3, updated: 0, unchanged: 0, keptNewerLocal: 0, invalid: [] });
    expect(await target.listAll()).toEqual(await store.listAll());
  });

  it('importing the same export twice changes nothing', async () => {
    await store.save({ claimId: 'c-1', text: 'once' });
    const exported = await store.export();
    expect(await store.import(exported)).toMatchObject({ added: 0, updated: 0, unchanged: 1, keptNewerLocal: 0 });
  });
});

describe('merging by id: the newer wins, nothing is lost', () => {
  it('an older imported copy never overwrites a newer local note; a newer one does', async () => {
    const kept = await store.save({ claimId: 'c-1', text: 'local, newer' });
    const replaced = await store.save({ claimId: 'c-1', text: 'local, older' });
    const file = page([
      annotation({ id: `urn:uuid:${kept.id}`, modified: new Date(t - 60_000).toISOString(), body: { value: 'imported, older' } }),
      annotation({ id: `urn:uuid:${replaced.id}`, modified: new Date(t + 60_000).toISOString(), body: { value: 'imported, newer' } }),
      annotation(),
    ]);
    expect(await store.import(file)).toEqual({ added: 1, updated: 1, unchanged: 0, keptNewerLocal: 1, invalid: [] });
    expect((await store.listAll()).map((n) => n.text).sort()).toEqual(['imported, newer', 'local, newer', 'Other outlets say 14.'].sort());
  });

  it('reads annotations from other tools: an http id, no modified date, a plain IRI target', async () => {
    const report = await store.import(
      page([annotation({ id: 'https://hypothes.is/a/abc', modified: undefined, target: 'https://news.example/b#top' })]),
    );
    expect(report.added).toBe(1);
    expect(await store.listAll()).toEqual([
      {
        id: 'https://hypothes.is/a/abc',
        claimId: 'c-1',
        text: 'Other outlets say 14.',
        createdAt: Date.parse('2026-11-20T08:00:00.000Z'),
        updatedAt: Date.parse('2026-11-20T08:00:00.000Z'),
        pageUrl: 'https://news.example/b',
      },
    ]);
  });
});

describe('bad records are reported by index and skipped; good ones still land', () => {
  const bad: Array<[string, unknown, string]> = [
    ['not an object', 'hello', 'item 1: must be an object'],
    ['wrong type', annotation({ type: 'Note' }), 'item 1: type must be "Annotation"'],
    ['no id', annotation({ id: undefined }), 'item 1: id must be a non-empty string'],
    ['no claim', annotation({ 'crosscheck:claim': undefined }), 'item 1: "crosscheck:claim" must be a non-empty string'],
    ['no body', annotation({ body: undefined }), 'item 1: body must be an object'],
    ['a numeric body value', annotation({ body: { value: 42 } }), 'item 1: body.value must be a string'],
    ['a date that is not ISO', annotation({ created: 'yesterday' }), 'item 1: created must be an ISO 8601 date'],
    ['a bad modified date', annotation({ modified: 1_700_000_000 }), 'item 1: modified must be an ISO 8601 date'],
    ['no target', annotation({ target: undefined }), 'item 1: target must be an object or an IRI'],
    ['a target without source', annotation({ target: { selector: {} } }), 'item 1: target.source must be a string'],
    [
      'a quote that is not text',
      annotation({ target: { source: 'https://a.example/', selector: { type: 'TextQuoteSelector', exact: ['x'] } } }),
      'item 1: target.selector.exact must be a string',
    ],
  ];

  it.each(bad)('%s', async (_label, record, message) => {
    const report = await store.import(page([annotation(), record, annotation({ id: 'urn:uuid:other' })]));
    expect(report).toEqual({ added: 2, updated: 0, unchanged: 0, keptNewerLocal: 0, invalid: [{ index: 1, message }] });
    expect(await store.listAll()).toHaveLength(2);
  });

  it('reports every bad record of a file, each by its own index', async () => {
    const report = await store.import(page([annotation({ body: { value: 1 } }), annotation(), null, annotation({ created: '' })]));
    expect(report.invalid.map((r) => r.index)).toEqual([0, 2, 3]);
    expect(report.added).toBe(1);
  });
});

describe('a file that is not an export at all is refused whole, with nothing written', () => {
  it.each([
    ['malformed JSON', '{"type": "AnnotationPage", "items": [', /not valid JSON/],
    ['a JSON array', '[]', /not a notes export/],
    ['a bare annotation', annotation(), /not a notes export/],
    ['a collection without a page', { type: 'AnnotationCollection', total: 3 }, /not a notes export/],
    ['a page whose items are not a list', { type: 'AnnotationPage', items: {} }, /not a notes export/],
    ['nothing', null, /not a notes export/],
  ])('%s', async (_label, input, message) => {
    const importing = store.import(input);
    await expect(importing).rejects.toBeInstanceOf(NotesImportError);
    await expect(importing).rejects.toThrow(message);
    expect(await store.listAll()).toEqual([]);
  });
});
