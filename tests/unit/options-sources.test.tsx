// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openNotes } from '../../src/storage';
import { Options, type OptionsClient } from '../../src/ui/options';
import { looksBinary, readArticleFile } from '../../src/ui/options/article-file';
import { readUserCorpusFile } from '../../src/ui/options/user-corpus-file';
import { extensionSettings, messagesLookup } from '../../src/ui/popup';
import { readableDate } from '../../src/ui/popup/source-rules';
import { articleText, DUPLICATE_MESSAGE, fakeSources, type FakeSources } from '../fixtures/user-corpus/fake-sources';

const ROOT = resolve(import.meta.dirname, '../..');
const MESSAGES = resolve(ROOT, 'public/_locales/en/messages.json');
const fixture = (name: string) => readFileSync(resolve(ROOT, 'tests/fixtures/user-corpus', name), 'utf8');

interface Fake extends OptionsClient {
  sources: FakeSources;
  downloads: Array<{ fileName: string; text: string }>;
  corpusReads: number;
}

async function fakeClient(sources = fakeSources()): Promise<Fake> {
  const store = await openNotes({ factory: new IDBFactory() });
  const client: Fake = {
    sources,
    downloads: [],
    corpusReads: 0,
    corpus: async () => {
      client.corpusReads += 1;
      return { ok: true, value: { articles: sources.articles(), claims: [] } };
    },
    ask: (type, request) => sources.ask(type, request),
    settings: extensionSettings,
    openNotes: async () => store,
    download: (fileName, text) => client.downloads.push({ fileName, text }),
  };
  return client;
}

async function show(sources?: FakeSources) {
  const client = await fakeClient(sources);
  render(<Options client={client} now={() => new Date(2025, 0, 31)} />);
  return { client, region: await screen.findByRole('region', { name: 'Your sources' }) };
}

const BINARY = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const htmlFile = (name: string, text: string) => new File([text], name, { type: 'text/html' });
const textFile = (name: string, text: string) => new File([text], name, { type: 'text/plain' });

function choose(region: HTMLElement, label: string, files: File[]) {
  const input = within(region).getByLabelText(label) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

/** The per-file lines of the report, once it has finished. */
async function results(region: HTMLElement): Promise<string[]> {
  await within(region).findByText(/^Finished:/, {}, { timeout: 5_000 });
  return [...region.querySelectorAll('.file-results li')].map((li) => li.textContent ?? '');
}

beforeEach(() => {
  fakeBrowser.reset();
  (fakeBrowser.i18n as { getMessage: unknown }).getMessage = messagesLookup(JSON.parse(readFileSync(MESSAGES, 'utf8')));
});
afterEach(cleanup);

describe('the list of your sources', () => {
  it('shows each added article with site, date and address, and removes one', async () => {
    const { client, region } = await show(
      fakeSources([
        { text: articleText(6, 'a'), meta: { title: 'Curfew in Damascus', url: 'https://orontes.example/curfew', date: '2024-12-11' }, file: 'https://orontes.example/curfew' },
        { text: articleText(6, 'b'), meta: { title: 'Aid convoy' }, file: 'aid.txt' },
      ]),
    );
    const rows = async () =>
      (await within(region).findAllByRole('row')).map((r) => [...r.querySelectorAll('td,th')].map((c) => c.textContent));
    await waitFor(async () =>
      expect(await rows()).toEqual([
        ['Article', 'Site', 'Date', 'Address', 'Remove'],
        ['Curfew in Damascus', 'orontes.example', readableDate('2024-12-11'), 'https://orontes.example/curfew', 'Remove'],
        ['Aid convoy', 'not given', 'not given', 'aid.txt', 'Remove'],
      ]),
    );
    const readsBefore = client.corpusReads;
    fireEvent.click(within(region).getByRole('button', { name: 'Remove Curfew in Damascus from your sources' }));
    await waitFor(() => expect(region.textContent).toContain('Removed: Curfew in Damascus'));
    await waitFor(async () => expect((await rows()).map((r) => r[0])).toEqual(['Article', 'Aid convoy']));
    expect(client.corpusReads).toBeGreaterThan(readsBefore);
  });

  it('says when there are none', async () => {
    const { region } = await show();
    await waitFor(() => expect(region.textContent).toContain('None yet.'));
  });
});

describe('importing articles from files', () => {
  it('adds the good files one by one and names each file that cannot go in, with the reason', async () => {
    const { client, region } = await show();
    choose(region, 'Import articles…', [
      htmlFile('import-airport.html', fixture('import-airport.html')),
      new File([BINARY], 'photo.png', { type: 'image/png' }),
      textFile('import-aid.txt', fixture('import-aid.txt')),
      textFile('empty.txt', '  \n'),
      textFile('not-article.txt', fixture('not-article.txt')),
    ]);
    expect(await results(region)).toEqual([
      'import-airport.html: Added: Damascus airport reopens to domestic flights (claims: 5)',
      'photo.png: not a text or HTML file (it looks like an image, a PDF or an archive)',
      'import-aid.txt: Added: import-aid.txt (claims: 5)',
      'empty.txt: the file is empty',
      'not-article.txt: does not look like an article (only 3 sentences of text)',
    ]);
    const progress = region.querySelector('progress')!;
    expect([progress.getAttribute('value'), progress.getAttribute('max')]).toEqual(['5', '5']);
    expect(region.textContent).toContain('Finished: 2 added, 3 not added.');
    const [airport, aid] = client.sources.requests.filter((r) => r.type === 'corpus-add').map((r) => r.request as Record<string, unknown>);
    expect(airport).toMatchObject({
      file: 'import-airport.html',
      meta: { url: 'https://levant-wire.example/2024/12/14/damascus-airport-reopens', site: 'Levant Wire', title: 'Damascus airport reopens to domestic flights' },
    });
    expect(airport!.text).not.toContain('Home');
    expect(aid).toEqual({ file: 'import-aid.txt', meta: {}, text: fixture('import-aid.txt').trim() });
    await waitFor(() => expect(within(region).getAllByRole('row')).toHaveLength(3));
  });

  it('reports a refused file by name and still adds the next one', async () => {
    const sources = fakeSources([{ text: fixture('import-aid.txt').trim(), meta: {}, file: 'aid-first.txt' }]);
    const { region } = await show(sources);
    choose(region, 'Import articles…', [textFile('aid-again.txt', fixture('import-aid.txt')), htmlFile('import-airport.html', fixture('import-airport.html'))]);
    expect(await results(region)).toEqual([
      `aid-again.txt: Not added: ${DUPLICATE_MESSAGE}`,
      'import-airport.html: Added: Damascus airport reopens to domestic flights (claims: 5)',
    ]);
  });

  it('falls back to the file name for a page without a title', async () => {
    const body = Array.from({ length: 6 }, (_, i) => `<p>The council met for the ${i + 1}th time on Monday in Aleppo and agreed on a budget.</p>`).join('');
    const read = await readArticleFile(htmlFile('council-report.htm', `<html><body><article>${body}</article></body></html>`));
    expect(read).toMatchObject({ ok: true, source: { meta: { title: 'council-report' }, file: 'council-report.htm' } });
  });
});

describe('export and import of a sources file', () => {
  it('downloads every source with its text as one file', async () => {
    const { client, region } = await show(fakeSources([{ text: articleText(6), meta: { title: 'Curfew' }, file: 'curfew.txt' }]));
    fireEvent.click(within(region).getByRole('button', { name: 'Export sources…' }));
    await waitFor(() => expect(region.textContent).toContain('Exported sources: 1. The file is in your downloads.'));
    expect(client.downloads.map((d) => d.fileName)).toEqual(['crosscheck-sources-2025-01-31.json']);
    expect(JSON.parse(client.downloads[0]!.text)).toMatchObject({
      format: 'crosscheck-user-corpus',
      version: 1,
      articles: [{ file: 'curfew.txt', text: articleText(6), meta: { title: 'Curfew' } }],
    });
  });

  it('adds the valid records, reports the invalid ones by position and a duplicate as not added', async () => {
    const { client, region } = await show(fakeSources([{ text: articleText(6, 'kept'), meta: { title: 'Already here' }, file: 'here.txt' }]));
    const file = {
      format: 'crosscheck-user-corpus',
      version: 1,
      articles: [
        { file: 'curfew.txt', text: articleText(7, 'new'), meta: { title: 'Curfew' }, addedAt: 1 },
        { file: 'broken.txt', meta: { title: 'No text' }, addedAt: 2 },
        { file: 'here-again.txt', text: articleText(6, 'kept'), meta: { title: 'Already here' }, addedAt: 3 },
        'not a record',
        { text: articleText(8, 'bad'), meta: { title: 42 } },
      ],
    };
    choose(region, 'Import a sources file…', [new File([JSON.stringify(file)], 'sources.json', { type: 'application/json' })]);
    expect(await results(region)).toEqual([
      'Record 2: has no article text',
      'Record 4: not an article record',
      'Record 5: its details (title, site, date, address) are not text',
      'Record 1 (Curfew): Added: Curfew (claims: 7)',
      `Record 3 (Already here): Not added: ${DUPLICATE_MESSAGE}`,
    ]);
    expect(client.sources.articles().map((a) => a.label)).toEqual(['Already here', 'Curfew']);
  });

  it.each([
    ['{ not json', 'it is not a JSON file'],
    [JSON.stringify({ format: 'crosscheck-notes', articles: [] }), 'it is not a Crosscheck sources file (exported with Export sources)'],
    [JSON.stringify({ format: 'crosscheck-user-corpus', version: 2, articles: [] }), 'it was written by a newer Crosscheck (format version 2)'],
  ])('refuses a whole file that is not one: %s', async (text, reason) => {
    const { client, region } = await show();
    choose(region, 'Import a sources file…', [new File([text], 'mine.json')]);
    expect((await within(region).findByRole('alert')).textContent).toBe(`mine.json was not imported: ${reason}`);
    expect(client.sources.requests.filter((r) => r.type === 'corpus-add')).toEqual([]);
  });
});

describe('file checks', () => {
  it.each([
    ['plain English', 'Rebels entered Damascus on Sunday.', false],
    ['Arabic with punctuation', 'دخلت قوات المعارضة دمشق يوم الأحد.', false],
    ['a NUL byte', 'abc\u0000def', true],
    ['mostly replacement characters', '\uFFFD\uFFFDPNG\uFFFD\u0001\u0002', true],
  ])('%s is binary: %s', (_, text, binary) => {
    expect(looksBinary(text)).toBe(binary);
  });

  it.each([
    ['2024-12-11', '11 Dec 2024'],
    ['2024-12-11T23:30:00-08:00', '11 Dec 2024'],
    ['Dec 8, 2024 - 12:23', 'Dec 8, 2024 - 12:23'],
    ['2024-13-45', '2024-13-45'],
  ])('shows the date %s as "%s" (British English)', (date, shown) => {
    expect(readableDate(date, 'en-GB')).toBe(shown);
  });

  it.each([
    ['a record without meta', { file: 'a.txt', text: 'Some text.' }, { text: 'Some text.', meta: {}, file: 'a.txt' }],
    ['a record without file', { text: 'Some text.', meta: { url: 'https://x.example/a' } }, { text: 'Some text.', meta: { url: 'https://x.example/a' }, file: 'https://x.example/a' }],
    ['unknown meta keys', { text: 'T.', meta: { title: 'T', secret: 1 } }, { text: 'T.', meta: { title: 'T' }, file: 'imported article 1' }],
  ])('reads %s', (_, record, source) => {
    const read = readUserCorpusFile(JSON.stringify({ format: 'crosscheck-user-corpus', version: 1, articles: [record] }));
    expect(read).toEqual({ ok: true, sources: [{ index: 1, source }], invalid: [] });
  });
});
