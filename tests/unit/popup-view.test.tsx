// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Article, Claim, ClaimStatusKind } from '../../src/core/corpus/types';
import type { PageClaim } from '../../src/messaging/protocol';
import { getSettings, updateSettings } from '../../src/storage';
import { extensionSettings, messagesLookup, Popup, type Answer, type PopupClient, type PopupTab } from '../../src/ui/popup';

const MESSAGES = resolve(import.meta.dirname, '../../public/_locales/en/messages.json');

const ARTICLES: Article[] = [
  { id: 'a0', file: '000.txt', headline: null, date: null, credit: 'AFP', label: 'Article 1 (AFP)', origin: 'bundled' },
  { id: 'a1', file: '001.txt', headline: 'Rebels take Damascus', date: 'Dec 8, 2024', credit: null, label: 'Rebels take Damascus', origin: 'bundled' },
];

function claim(id: string, text: string, kind: ClaimStatusKind, articles: string[]): Claim {
  return {
    id,
    text,
    sources: articles.map((article, i) => ({ article, quote: `${text} (as ${article} puts it)`, sentenceId: `${article}:s${i}` })),
    attributions: [],
    facts: [],
    disagreements: kind === 'disputed' ? [{ kind: 'quantity', description: 'The articles give different counts.', values: [] }] : [],
    status: { kind, articles: articles.length, summary: `Reported by ${articles.length} of 5 articles.` },
    terms: [],
  };
}

const AIRPORT = claim('c-airport', 'Assad left Damascus by plane from the international airport.', 'corroborated', ['a0', 'a1']);
const PRISON = claim('c-prison', 'Rebels opened the gates of Saydnaya prison.', 'single-source', ['a1']);
const DISPLACED = claim('c-displaced', 'About 370,000 people have been displaced.', 'disputed', ['a0', 'a1']);
const CLAIMS = [AIRPORT, PRISON, DISPLACED];

const PAGE: PageClaim[] = [
  { index: 0, sentence: 'The president flew out of the capital overnight.', claimId: 'c-airport', claimText: AIRPORT.text, status: '', conflict: false },
  { index: 1, sentence: 'Half a million people have fled.', claimId: 'c-displaced', claimText: DISPLACED.text, status: '', conflict: true },
];

interface Fake extends PopupClient {
  revealed: Array<[number, number]>;
  closed: ReturnType<typeof vi.fn<() => void>>;
  opened: Array<string | undefined>;
}

/** A client over fixed data; the search finds claims containing every query word. */
function fakeClient(options: { tab?: PopupTab | null; page?: Answer<PageClaim[]> } = {}): Fake {
  const revealed: Array<[number, number]> = [];
  const opened: Array<string | undefined> = [];
  return {
    revealed,
    opened,
    closed: vi.fn<() => void>(),
    async ask(type, request) {
      const req = request as Record<string, string>;
      if (type === 'search') {
        const words = req.query!.toLowerCase().split(/\s+/);
        const hits = CLAIMS.filter((c) => words.every((w) => c.text.toLowerCase().includes(w))).map((c) => ({ claim: c, score: 0.9 }));
        return { ok: true, value: { hits } } as never;
      }
      if (type === 'get-corpus') return { ok: true, value: { articles: ARTICLES, claims: CLAIMS } } as never;
      if (type === 'notes-list') {
        const notes = req.claimId === 'c-airport' ? [{ id: 'n1', claimId: 'c-airport', text: 'Check the flight tracker.', createdAt: 1, updatedAt: 1 }] : [];
        return { ok: true, value: { notes } } as never;
      }
      return { ok: false, error: `unexpected ${type}` };
    },
    currentTab: async () => (options.tab === undefined ? { id: 7, url: 'https://www.example.com/news/syria' } : options.tab),
    pageClaims: async () => options.page ?? { ok: true, value: PAGE },
    async revealClaim(tabId, index) {
      revealed.push([tabId, index]);
      return { ok: true, value: null };
    },
    extractArticle: async () => ({ ok: false, error: 'Could not establish connection. Receiving end does not exist.' }),
    settings: extensionSettings,
    async openOptions(section) {
      opened.push(section);
    },
    close() {
      this.closed();
    },
  };
}

function show(client = fakeClient()) {
  render(<Popup client={client} searchDelayMs={0} />);
  return client;
}

const box = () => screen.getByRole('searchbox', { name: 'Search every claim of the corpus' });

beforeEach(() => {
  fakeBrowser.reset();
  (fakeBrowser.i18n as { getMessage: unknown }).getMessage = messagesLookup(JSON.parse(readFileSync(MESSAGES, 'utf8')));
});
afterEach(cleanup);

describe('search', () => {
  it('shows each matching claim with its status and article count, and opens its sources and notes', async () => {
    const client = show();
    fireEvent.input(box(), { target: { value: 'Damascus airport' } });
    const result = await screen.findByRole('button', { name: /Assad left Damascus/ });
    expect(result.textContent).toContain('Corroborated');
    expect(result.textContent).toContain('Articles: 2');
    expect(within(screen.getByRole('region', { name: 'Search the claims' })).getByRole('status').textContent).toContain('Matching claims: 1');

    fireEvent.click(result);
    expect(result.getAttribute('aria-expanded')).toBe('true');
    const details = document.getElementById(result.getAttribute('aria-controls')!)!;
    const sources = within(details).getAllByRole('listitem').slice(0, 2);
    expect(sources.map((li) => li.querySelector('.source-label')?.textContent)).toEqual(['Article 1 (AFP)', 'Rebels take Damascus']);
    expect(sources[0]!.querySelector('blockquote')?.textContent).toBe(`${AIRPORT.text} (as a0 puts it)`);
    expect(await within(details).findByText('Check the flight tracker.')).toBeTruthy();
    expect(client.closed).not.toHaveBeenCalled();
  });

  it('says so when nothing matches', async () => {
    show();
    fireEvent.input(box(), { target: { value: 'moon landing' } });
    expect(await screen.findByText('No claim matches “moon landing”.')).toBeTruthy();
  });

  it('says a claim without notes has none', async () => {
    show();
    fireEvent.input(box(), { target: { value: 'saydnaya' } });
    fireEvent.click(await screen.findByRole('button', { name: /Saydnaya/ }));
    expect(await screen.findByText(/No notes on this claim yet/)).toBeTruthy();
  });

  it('moves through the results with the arrow keys and back to the search box', async () => {
    show();
    fireEvent.input(box(), { target: { value: 'a' } });
    await screen.findByRole('button', { name: /Saydnaya/ });
    const buttons = () => [...document.querySelectorAll<HTMLButtonElement>('button.result')];
    expect(buttons()).toHaveLength(3);
    expect(buttons().map((b) => b.tabIndex)).toEqual([0, -1, -1]);
    box().focus();
    const steps: Array<[string, number | 'box']> = [
      ['ArrowDown', 0],
      ['ArrowDown', 1],
      ['ArrowDown', 2],
      ['ArrowDown', 2],
      ['Home', 0],
      ['End', 2],
      ['ArrowUp', 1],
      ['ArrowUp', 0],
      ['ArrowUp', 'box'],
    ];
    for (const [key, expected] of steps) {
      fireEvent.keyDown(document.activeElement!, { key });
      expect(document.activeElement).toBe(expected === 'box' ? box() : buttons()[expected]);
    }
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(buttons().map((b) => b.tabIndex)).toEqual([-1, 0, -1]);
  });
});

describe('on this page', () => {
  it('lists the claims found in the tab; choosing one reveals it and closes the popup', async () => {
    const client = show();
    const region = await screen.findByRole('region', { name: 'On this page' });
    const items = await within(region).findAllByRole('button');
    expect(items.map((b) => b.textContent)).toEqual([
      `Corroborated${PAGE[0]!.sentence}`,
      `DisputedFigures differ${PAGE[1]!.sentence}`,
    ]);
    fireEvent.click(items[1]!);
    await waitFor(() => expect(client.closed).toHaveBeenCalled());
    expect(client.revealed).toEqual([[7, 1]]);
  });

  it.each([
    ['no content script answers', { page: { ok: false, error: 'Could not establish connection.' } }, /Crosscheck cannot see this page/],
    ['the page has no claims', { page: { ok: true, value: [] } }, /No claim from the corpus on this page/],
    ['there is no tab', { tab: null }, /There is no page to read here/],
  ] as Array<[string, Parameters<typeof fakeClient>[0], RegExp]>)('says so in one line when %s', async (_, options, line) => {
    show(fakeClient(options));
    const region = await screen.findByRole('region', { name: 'On this page' });
    await waitFor(() => expect(region.textContent).toMatch(line));
    expect(within(region).queryAllByRole('button')).toEqual([]);
  });

  it('does not ask a page where Crosscheck is off', async () => {
    await updateSettings({ disabledSites: ['example.com'] });
    const client = fakeClient();
    const pageClaims = vi.spyOn(client, 'pageClaims');
    show(client);
    expect(await screen.findByText('Crosscheck is off here, so it has not read this page.')).toBeTruthy();
    expect(pageClaims).not.toHaveBeenCalled();
  });
});

describe('switches', () => {
  it('turns the site off and on again, writing the settings', async () => {
    show();
    const site = await screen.findByRole('switch', { name: 'On for example.com' });
    expect((site as HTMLInputElement).checked).toBe(true);
    fireEvent.click(site);
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual(['example.com']));
    await waitFor(() => expect((site as HTMLInputElement).checked).toBe(false));
    fireEvent.click(site);
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual([]));
  });

  it('turns a subdomain back on even when its parent domain was turned off', async () => {
    await updateSettings({ disabledSites: ['example.com', 'other.org'] });
    show(fakeClient({ tab: { id: 3, url: 'https://news.example.com/a' } }));
    const site = await screen.findByRole('switch', { name: 'On for news.example.com' });
    await waitFor(() => expect((site as HTMLInputElement).checked).toBe(false));
    fireEvent.click(site);
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual(['other.org']));
  });

  it('pauses everywhere', async () => {
    show();
    fireEvent.click(await screen.findByRole('switch', { name: 'Pause everywhere' }));
    await waitFor(async () => expect((await getSettings()).paused).toBe(true));
    expect(await screen.findByText('Crosscheck is off here, so it has not read this page.')).toBeTruthy();
  });

  it.each(['chrome://extensions/', 'file:///home/me/a.html', undefined])('offers no site switch on %s', async (url) => {
    show(fakeClient({ tab: url === undefined ? { id: 2 } : { id: 2, url } }));
    expect(await screen.findByText('Crosscheck works on web pages (http and https) only.')).toBeTruthy();
    expect(screen.getAllByRole('switch').map((s) => s.parentElement?.textContent)).toEqual(['Pause everywhere']);
  });
});

describe('links', () => {
  it.each([
    ['All notes', 'notes'],
    ['Options', undefined],
  ])('"%s" opens the options page and closes the popup', async (name, section) => {
    const client = show();
    fireEvent.click(screen.getByRole('link', { name }));
    await waitFor(() => expect(client.closed).toHaveBeenCalled());
    expect(client.opened).toEqual([section]);
  });
});
