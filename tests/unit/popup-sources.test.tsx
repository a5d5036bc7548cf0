// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ArticleMeta } from '../../src/messaging/protocol';
import { extensionSettings, messagesLookup, Popup, type Answer, type PopupClient, type PopupTab } from '../../src/ui/popup';
import type { ExtractedPage } from '../../src/ui/popup/client';
import { articleText, DUPLICATE_MESSAGE, fakeSources, type FakeSources } from '../fixtures/user-corpus/fake-sources';

const MESSAGES = resolve(import.meta.dirname, '../../public/_locales/en/messages.json');
const URL_A = 'https://news.example.com/2024/12/interim-government';
const META_A: ArticleMeta = { url: URL_A, site: 'Example News', title: 'Interim government named', date: '2024-12-10', byline: null };
const PAGE_A: ExtractedPage = { text: articleText(12), meta: META_A, sentences: 12 };

interface Fake extends PopupClient {
  sources: FakeSources;
  extracted: number[];
}

function fakeClient(options: { page?: Answer<ExtractedPage>; sources?: FakeSources; tab?: PopupTab } = {}): Fake {
  const sources = options.sources ?? fakeSources();
  const extracted: number[] = [];
  return {
    sources,
    extracted,
    ask: (type, request) => (type === 'search' || type === 'notes-list' ? Promise.resolve({ ok: false, error: 'unused' }) : sources.ask(type, request)),
    currentTab: async () => options.tab ?? { id: 7, url: URL_A },
    pageClaims: async () => ({ ok: true, value: [] }),
    revealClaim: async () => ({ ok: true, value: null }),
    async extractArticle(tabId) {
      extracted.push(tabId);
      return options.page ?? { ok: true, value: PAGE_A };
    },
    settings: extensionSettings,
    openOptions: async () => undefined,
    close: () => undefined,
  };
}

const region = () => screen.findByRole('region', { name: 'Your sources' });
const addButton = async () => within(await region()).findByRole('button', { name: 'Add this article as a source' });
const listed = (r: HTMLElement) => [...r.querySelectorAll('.added-label')].map((el) => el.textContent);
const adds = (client: Fake) => client.sources.requests.filter((r) => r.type === 'corpus-add');

beforeEach(() => {
  fakeBrowser.reset();
  (fakeBrowser.i18n as { getMessage: unknown }).getMessage = messagesLookup(JSON.parse(readFileSync(MESSAGES, 'utf8')));
});
afterEach(cleanup);

describe('adding the current article as a source', () => {
  it('adds the page text with its metadata, says what was added, and lists it', async () => {
    const client = fakeClient();
    render(<Popup client={client} searchDelayMs={0} />);
    fireEvent.click(await addButton());
    const r = await region();
    await waitFor(() => expect(r.textContent).toContain('Added: Interim government named (claims: 12)'));
    expect(client.extracted).toEqual([7]);
    expect(adds(client).map((a) => a.request)).toEqual([{ text: PAGE_A.text, meta: META_A, file: URL_A }]);
    await waitFor(() => expect(listed(r)).toEqual(['Interim government named · news.example.com']));
  });

  it.each([
    [
      'the page has too few sentences',
      { page: { ok: true, value: { text: 'Subscribe. Sign in.', meta: META_A, sentences: 2 } } },
      'Not added: this page does not look like an article (Crosscheck found only 2 sentences of text on it).',
    ],
    [
      'the content script does not answer',
      { page: { ok: false, error: 'Could not establish connection.' } },
      'Crosscheck cannot read this page. If it was open before Crosscheck was installed or updated, reload it and try again.',
    ],
    [
      'the same address was added before',
      { sources: fakeSources([{ text: articleText(8, 'old'), meta: { ...META_A, title: 'Earlier copy' }, file: URL_A }]) },
      'Not added: this article is already one of your sources (Earlier copy).',
    ],
    [
      'the builder already has the same text from another address',
      { sources: fakeSources([{ text: PAGE_A.text, meta: { title: 'Mirror' }, file: 'mirror.html' }]) },
      `Not added: ${DUPLICATE_MESSAGE}`,
    ],
  ] as Array<[string, Parameters<typeof fakeClient>[0], string]>)('refuses in plain words when %s', async (_, options, line) => {
    const client = fakeClient(options);
    const before = client.sources.articles().length;
    render(<Popup client={client} searchDelayMs={0} />);
    fireEvent.click(await addButton());
    const alert = await within(await region()).findByRole('alert');
    await waitFor(() => expect(alert.textContent).toBe(line));
    expect(client.sources.articles()).toHaveLength(before);
  });

  it('offers no add button where Crosscheck cannot read the tab', async () => {
    render(<Popup client={fakeClient({ tab: { id: 3, url: 'chrome://extensions/' } })} searchDelayMs={0} />);
    const r = await region();
    await waitFor(() => expect(r.textContent).toContain('Open a news article to add it as a source.'));
    expect(within(r).queryByRole('button', { name: 'Add this article as a source' })).toBeNull();
  });
});

describe('removing a source', () => {
  it('removes one, and Undo adds the same text back', async () => {
    const client = fakeClient();
    render(<Popup client={client} searchDelayMs={0} />);
    fireEvent.click(await addButton());
    const r = await region();
    fireEvent.click(await within(r).findByRole('button', { name: 'Remove Interim government named from your sources' }));
    await waitFor(() => expect(r.textContent).toContain('Removed: Interim government named'));
    expect(client.sources.articles()).toEqual([]);
    await waitFor(() => expect(listed(r)).toEqual([]));

    fireEvent.click(within(r).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(r.textContent).toContain('Added: Interim government named (claims: 12)'));
    const [first, again] = adds(client).map((a) => a.request);
    expect(again).toEqual(first);
    await waitFor(() => expect(listed(r)).toEqual(['Interim government named · news.example.com']));
  });

  it('reads the text of a source added earlier from the export, so Undo works for it too', async () => {
    const old = { text: articleText(9, 'old'), meta: { title: 'Curfew in Damascus' }, file: 'curfew.txt' };
    const client = fakeClient({ sources: fakeSources([old]) });
    render(<Popup client={client} searchDelayMs={0} />);
    const r = await region();
    fireEvent.click(await within(r).findByRole('button', { name: 'Remove Curfew in Damascus from your sources' }));
    fireEvent.click(await within(r).findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(r.textContent).toContain('Added: Curfew in Damascus (claims: 9)'));
    expect(adds(client).map((a) => a.request)).toEqual([old]);
  });

  it('lists the five latest sources, newest first, with a link to all of them', async () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ text: articleText(6, String(i)), meta: { title: `Source ${i + 1}` }, file: `${i}.txt` }));
    render(<Popup client={fakeClient({ sources: fakeSources(many) })} searchDelayMs={0} />);
    const r = await region();
    await waitFor(() => expect(listed(r)).toEqual(['Source 7', 'Source 6', 'Source 5', 'Source 4', 'Source 3']));
    expect(within(r).getByRole('link', { name: 'All your sources (7)' })).toBeTruthy();
  });
});
