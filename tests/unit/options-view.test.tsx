// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Article, Claim, ClaimStatusKind } from '../../src/core/corpus/types';
import { getSettings, NotesUnavailableError, openNotes, updateSettings, type NotesStore } from '../../src/storage';
import { Options, type OptionsClient } from '../../src/ui/options';
import { extensionSettings, messagesLookup } from '../../src/ui/popup';

const MESSAGES = resolve(import.meta.dirname, '../../public/_locales/en/messages.json');

const ARTICLES: Article[] = [
  { id: 'a0', file: '000.txt', headline: null, date: 'Dec 8, 2024 - 12:23', credit: 'AFP', label: 'Article 1 (AFP-credited)', origin: 'bundled' },
  { id: 'a1', file: '001.txt', headline: 'Rebels take Damascus', date: null, credit: null, label: 'Rebels take Damascus', origin: 'bundled' },
];

const claim = (id: string, kind: ClaimStatusKind): Claim => ({
  id,
  text: `Claim ${id}.`,
  sources: [],
  attributions: [],
  facts: [],
  disagreements: [],
  status: { kind, articles: 1, summary: '' },
  terms: [],
});
const CLAIMS = [claim('c1', 'corroborated'), claim('c2', 'corroborated'), claim('c3', 'single-source'), claim('c4', 'disputed')];

interface Fake extends OptionsClient {
  downloads: Array<{ fileName: string; text: string }>;
  store: NotesStore;
}

async function fakeClient(openFails = false): Promise<Fake> {
  let tick = 1_700_000_000_000;
  const store = await openNotes({ factory: new IDBFactory(), now: () => (tick += 1000) });
  const downloads: Fake['downloads'] = [];
  return {
    store,
    downloads,
    corpus: async () => ({ ok: true, value: { articles: ARTICLES, claims: CLAIMS } }),
    ask: async () => ({ ok: true, value: { articles: [] } }) as never,
    settings: extensionSettings,
    openNotes: async () => {
      if (openFails) throw new NotesUnavailableError();
      return store;
    },
    download: (fileName, text) => downloads.push({ fileName, text }),
  };
}

async function show(client?: Fake) {
  const c = client ?? (await fakeClient());
  render(<Options client={c} now={() => new Date(2025, 0, 31)} />);
  return c;
}

const section = (name: string) => screen.findByRole('region', { name });
const file = (text: string) => new File([text], 'notes.json', { type: 'application/json' });

beforeEach(() => {
  fakeBrowser.reset();
  (fakeBrowser.i18n as { getMessage: unknown }).getMessage = messagesLookup(JSON.parse(readFileSync(MESSAGES, 'utf8')));
});
afterEach(cleanup);

describe('about the corpus', () => {
  it('counts the claims by status and lists the articles with date and credit', async () => {
    await show();
    const corpus = await section('About the corpus');
    await waitFor(() => expect(corpus.textContent).toContain('with 2 articles, grouped into 4 claims'));
    const counts = [...corpus.querySelectorAll('.count')];
    expect(counts.map((c) => c.textContent)).toEqual(['Corroborated2', 'Single source1', 'Disputed1', 'Denied0']);
    const rows = within(corpus).getAllByRole('row').map((r) => [...r.querySelectorAll('td,th')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Article', 'Date', 'Credit'],
      ['Article 1 (AFP-credited)', 'Dec 8, 2024 - 12:23', 'AFP'],
      ['Rebels take Damascus', 'not given', 'not given'],
    ]);
  });
});

describe('settings', () => {
  it('starts balanced with a tint and page URLs kept, and explains each strictness', async () => {
    await show();
    const balanced = await screen.findByRole('radio', { name: /Balanced/ });
    expect((balanced as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: /Tint/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: /Keep the address/ }) as HTMLInputElement).checked).toBe(true);
    for (const name of ['Strict', 'Balanced (recommended)', 'Loose']) {
      const radio = screen.getByRole('radio', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) });
      const help = document.getElementById(radio.getAttribute('aria-describedby')!)!;
      expect(help.textContent).toMatch(/highlight|Highlights|Finds/i);
    }
  });

  it.each([
    ['radio', /^Strict/, { strictness: 'strict' }],
    ['radio', /^Loose/, { strictness: 'loose' }],
    ['radio', /^Underline/, { highlightStyle: 'underline' }],
    ['checkbox', /Keep the address/, { keepPageUrls: false }],
  ] as const)('writes the %s %s', async (role, name, expected) => {
    await show();
    fireEvent.click(await screen.findByRole(role, { name }));
    await waitFor(async () => expect(await getSettings()).toMatchObject(expected));
  });

  it('lists the sites turned off and turns one back on', async () => {
    await updateSettings({ disabledSites: ['example.com', 'news.example.org'] });
    await show();
    const sites = await screen.findByRole('group', { name: 'Sites turned off' });
    await waitFor(() => expect([...sites.querySelectorAll('.site')].map((s) => s.textContent)).toEqual(['example.com', 'news.example.org']));
    fireEvent.click(within(sites).getByRole('button', { name: 'Turn example.com back on' }));
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual(['news.example.org']));
    await waitFor(() => expect([...sites.querySelectorAll('.site')].map((s) => s.textContent)).toEqual(['news.example.org']));
  });
});

describe('notes', () => {
  async function withNotes() {
    const client = await fakeClient();
    await client.store.save({ claimId: 'c1', text: 'Check the flight tracker', sentence: 'Assad flew to Moscow.', pageUrl: 'https://news.example/a' });
    await client.store.save({ claimId: 'gone', text: 'Numbers differ again' });
    await show(client);
    return client;
  }
  const listed = () => [...document.querySelectorAll('.note-text')].map((n) => n.textContent);

  it('lists all notes, newest first, with the claim and page, and searches them', async () => {
    await withNotes();
    await waitFor(() => expect(listed()).toEqual(['Numbers differ again', 'Check the flight tracker']));
    const first = document.querySelectorAll('.note')[1]!;
    expect(first.querySelector('.note-claim')?.textContent).toBe('On: Claim c1.');
    expect(first.querySelector('a')?.getAttribute('href')).toBe('https://news.example/a');
    expect(document.querySelector('.note-claim')?.textContent).toBe('On: a claim that is no longer in the corpus');
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search your notes' }), { target: { value: 'moscow' } });
    await waitFor(() => expect(listed()).toEqual(['Check the flight tracker']));
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search your notes' }), { target: { value: 'nothing like it' } });
    expect(await screen.findByText('No note contains “nothing like it”.')).toBeTruthy();
  });

  it('exports every note as a Web Annotation file named by date', async () => {
    const client = await withNotes();
    fireEvent.click(await screen.findByRole('button', { name: 'Export…' }));
    await waitFor(() => expect(client.downloads).toHaveLength(1));
    const [{ fileName, text }] = client.downloads as [{ fileName: string; text: string }];
    expect(fileName).toBe('crosscheck-notes-2025-01-31.json');
    const json = JSON.parse(text);
    expect(json.type).toBe('AnnotationCollection');
    expect(json.first.items.map((i: { body: { value: string } }) => i.body.value).sort()).toEqual(['Check the flight tracker', 'Numbers differ again']);
    expect(screen.getByRole('status').textContent).toBe('Exported notes: 2. The file is in your downloads.');
  });

  it('imports a file and reports added, updated, kept and invalid records', async () => {
    const client = await withNotes();
    const exported = await client.store.export();
    const [newer, same] = exported.first.items as [typeof exported.first.items[0], typeof exported.first.items[0]];
    const items = [
      { ...newer, modified: new Date(2030, 0, 1).toISOString(), body: { ...newer.body, value: 'Edited elsewhere' } },
      same,
      { ...same, id: 'urn:uuid:0b7e7a38-58f8-4c1b-9f3e-2b9d1a1f0c11' },
      { type: 'Annotation', id: 'x' },
    ];
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [file(JSON.stringify({ ...exported, first: { ...exported.first, items } }))] });
    fireEvent.change(input);
    const report = await screen.findByText('Import finished:');
    const box = report.closest<HTMLElement>('[role=status]')!;
    expect([...box.querySelectorAll('.report li')].map((li) => li.textContent)).toEqual([
      'Added: 1',
      'Updated (the file\'s copy was newer): 1',
      'Kept yours (as new or newer): 1',
      'Not imported (invalid): 1',
    ]);
    expect(within(box).getByRole('list', { name: 'Records that could not be imported' }).textContent).toMatch(/^item 3: /);
    await waitFor(() => expect(listed()).toContain('Edited elsewhere'));
  });

  it('says why a file that is not an export was refused', async () => {
    await withNotes();
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [file('{ not json')] });
    fireEvent.change(input);
    expect((await screen.findByRole('alert')).textContent).toMatch(/^This file is not valid JSON .*nothing was imported\.$/);
  });

  it('deletes all notes only after a confirmation', async () => {
    const client = await withNotes();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete all…' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('This cannot be undone');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await client.store.listAll()).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Delete all…' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete all notes' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Notes deleted: 2.'));
    expect(await client.store.listAll()).toEqual([]);
    expect(await screen.findByText(/^No notes yet/)).toBeTruthy();
  });

  it('says plainly when the browser refuses the notes database', async () => {
    await show(await fakeClient(true));
    const notes = await section('Your notes');
    await waitFor(() => expect(within(notes).getByRole('alert').textContent).toBe(new NotesUnavailableError().message));
  });
});
