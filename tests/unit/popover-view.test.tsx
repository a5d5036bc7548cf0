// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Article, Claim, ClaimStatus, Disagreement } from '../../src/core/corpus/types';
import type { BackgroundRequests, BackgroundType, RequestOf } from '../../src/messaging/protocol';
import { messagesLookup } from '../../src/ui/common/i18n';
import { Popover, parsePopoverParams, type Answer, type PopoverClient } from '../../src/ui/popover';
import { compareWording } from '../../src/ui/popover/wording-diff';

const MESSAGES = resolve(import.meta.dirname, '../../public/_locales/en/messages.json');

// The popover's words come from messages.json, as the browser would read them.
beforeEach(() => {
  (fakeBrowser.i18n as { getMessage: unknown }).getMessage = messagesLookup(JSON.parse(readFileSync(MESSAGES, 'utf8')));
});

const ARTICLES: Article[] = [
  { id: 'a0', file: '000.txt', headline: null, date: null, credit: null, label: 'Article 1', origin: 'bundled' },
  { id: 'a1', file: '001.txt', headline: 'A war monitor reports', date: null, credit: 'AFP', label: 'A war monitor reports', origin: 'bundled' },
];

const DISPLACED: Disagreement = {
  kind: 'attribution',
  description: 'The sources credit the figure 370,000 to different bodies: United Nations vs Observatory.',
  values: [
    { value: 'United Nations', articles: ['a0'] },
    { value: 'Observatory', articles: ['a1'] },
  ],
};

function claim(status: ClaimStatus, disagreements: Disagreement[] = []): Claim {
  return {
    id: 'c1',
    text: 'More than 370,000 people have been displaced, according to the United Nations.',
    sources: [
      { article: 'a0', quote: 'More than 370,000 people have been displaced, according to the United Nations.', sentenceId: 'a0:s3' },
      { article: 'a1', quote: 'Some 370,000 people have fled their homes, the Observatory said.', sentenceId: 'a1:s7' },
    ],
    attributions: [
      { who: 'United Nations', phrase: 'according to the United Nations', article: 'a0' },
      { who: 'Observatory', phrase: 'the Observatory said', article: 'a1' },
    ],
    facts: [],
    disagreements,
    status,
    terms: [],
  };
}

const PAGE_SENTENCE = 'More than 500,000 people have been displaced, according to the Red Cross.';

function hash(overrides: Record<string, string> = {}) {
  return `#${new URLSearchParams({
    claim: 'c1',
    sentence: PAGE_SENTENCE,
    score: '0.612',
    confidence: 'paraphrase',
    conflicts: JSON.stringify([{ page: '500,000', description: 'This page says 500,000; the sources say 370,000' }]),
    page: 'https://news.example/syria',
    keyboard: '0',
    ...overrides,
  })}`;
}

function clientFor(c: Claim | null): PopoverClient & { calls: Array<[BackgroundType, unknown]> } {
  const calls: Array<[BackgroundType, unknown]> = [];
  return {
    calls,
    async ask<K extends BackgroundType>(type: K, request: RequestOf<BackgroundRequests, K>) {
      calls.push([type, request]);
      const req = request as { id?: string; text?: string };
      const value =
        type === 'get-claim'
          ? c && { claim: c, articles: ARTICLES }
          : type === 'notes-save'
            ? { note: { id: req.id, claimId: 'c1', text: req.text, createdAt: 1, updatedAt: 1 } }
            : { notes: [] };
      return { ok: true, value } as Answer<never>;
    },
  };
}

function show(c: Claim | null, overrides: Record<string, string> = {}) {
  const frame = { reportHeight: vi.fn(), requestClose: vi.fn() };
  const client = clientFor(c);
  render(<Popover params={parsePopoverParams(hash(overrides))} client={client} frame={frame} newId={() => 'n1'} />);
  return { frame, client };
}

afterEach(cleanup);

describe('status line', () => {
  it.each([
    [{ kind: 'corroborated', articles: 2, summary: 'Reported by 2 of 5 articles.' }, [], 'Corroborated', 'Reported by 2 of 5 articles'],
    [{ kind: 'single-source', articles: 1, summary: 'Reported by 1 of 5 articles only.' }, [], 'Single source', 'Reported by 1 of 5 articles only: Article 1 and A war monitor reports'],
    [
      { kind: 'disputed', articles: 2, summary: `Reported by 2 of 5 articles; sources disagree. ${DISPLACED.description}` },
      [DISPLACED],
      'Disputed',
      'Reported by 2 of 5 articles; sources disagree',
    ],
    [{ kind: 'disputed', articles: 2, summary: '' }, [DISPLACED], 'Disputed', `Sources disagree: ${DISPLACED.description}`],
    [{ kind: 'denied', articles: 2, summary: 'Reported by 2 of 5 articles; denied by the Syrian defence ministry.' }, [], 'Denied', 'Reported by 2 of 5 articles; denied by the Syrian defence ministry'],
    [
      { kind: 'denied', articles: 2, summary: '' },
      [{ kind: 'denial', description: 'Denied.', values: [{ value: 'reported', articles: ['a0'] }, { value: 'denied by the interior minister', articles: ['a1'] }] }],
      'Denied',
      'Denied by the interior minister',
    ],
  ] as Array<[ClaimStatus, Disagreement[], string, string]>)('%o shows "%s: %s"', async (status, disagreements, badge, line) => {
    show(claim(status, disagreements));
    const shown = await screen.findByText(line);
    expect(shown.closest('.status')?.textContent).toContain(badge);
  });
});

describe('figures and wording', () => {
  it('says what the page says and what the sources say, with the articles', async () => {
    show(claim({ kind: 'disputed', articles: 2, summary: '' }, [DISPLACED]));
    const conflict = await screen.findByText((_, el) => el?.classList.contains('conflict') ?? false);
    expect(conflict.textContent).toBe(
      'This page says 500,000; the sources say 370,000 (Article 1 and A war monitor reports)',
    );
    expect([...conflict.querySelectorAll('strong')].map((s) => s.textContent)).toEqual(['500,000', '370,000']);
  });

  it('marks differing words, emphasises differing figures and names, and credits each source', async () => {
    show(claim({ kind: 'corroborated', articles: 2, summary: 'Reported by 2 of 5 articles.' }));
    const page = await screen.findByText('This page');
    const pageMarks = [...page.parentElement!.querySelectorAll('mark')].map((m) => m.textContent);
    expect(pageMarks).toEqual(expect.arrayContaining(['500,000', 'Red Cross']));
    const strong = [...page.parentElement!.querySelectorAll('mark strong')].map((m) => m.textContent);
    expect(strong).toEqual(expect.arrayContaining(['500,000', 'Red Cross']));
    const sources = screen.getByRole('list', { name: 'What each source says' }).querySelectorAll('li');
    expect([...sources].map((li) => li.querySelector('.source-head')?.textContent)).toEqual([
      'Article 1, according to United Nations',
      'A war monitor reports, according to Observatory',
    ]);
    expect([...sources[0]!.querySelectorAll('mark strong')].map((m) => m.textContent)).toEqual(['370,000', 'United Nations']);
  });

  it('lists the disagreements between sources with each value and its articles', async () => {
    show(claim({ kind: 'disputed', articles: 2, summary: '' }, [DISPLACED]));
    const section = await screen.findByRole('region', { name: 'Where the sources differ' });
    expect(section.textContent).toContain('Credited to different sources');
    expect([...section.querySelectorAll('.values li')].map((li) => li.textContent)).toEqual([
      'United Nations — Article 1',
      'Observatory — A war monitor reports',
    ]);
  });

  it.each([
    ['close paraphrase', '0.912', 'close paraphrase', 'Match score 0.91 of 1'],
    ['paraphrase', '0.612', 'in its own words (paraphrase)', 'Match score 0.61 of 1'],
    ['loose match', '0.401', 'loose match', 'Match score 0.40 of 1'],
    ['nonsense', 'x', 'Match strength unknown', 'No match score given'],
  ])('confidence %s reads in words, score %s in a tooltip and for screen readers', async (confidence, score, words, said) => {
    show(claim({ kind: 'corroborated', articles: 2, summary: 'Reported by 2 of 5 articles.' }), { confidence, score });
    const line = (await screen.findByText('Match:')).parentElement!;
    expect(line.textContent).toContain(words);
    expect(line.getAttribute('title')).toBe(said);
    expect(line.querySelector('.cc-visually-hidden')?.textContent).toContain(said);
  });

  it('renders page text as text, never as markup', async () => {
    show(claim({ kind: 'corroborated', articles: 2, summary: 'Reported.' }), { sentence: '<img src=x onerror=alert(1)> 500,000 people' });
    await screen.findByText('This page');
    expect(document.querySelector('img')).toBeNull();
    expect(document.body.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('says so when the claim is gone', async () => {
    show(null);
    expect(await screen.findByText(/no longer in the collection/)).toBeTruthy();
  });
});

describe('frame protocol and keyboard', () => {
  it('reports its height and asks to close on Escape and on the close button', async () => {
    const { frame } = show(claim({ kind: 'corroborated', articles: 2, summary: 'Reported.' }));
    expect(frame.reportHeight).toHaveBeenCalledWith(expect.any(Number));
    fireEvent.keyDown(document, { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(frame.requestClose).toHaveBeenCalledTimes(2);
  });

  it('is a labelled dialog that takes focus from the keyboard and keeps Tab inside', async () => {
    show(claim({ kind: 'corroborated', articles: 2, summary: 'Reported.' }), { keyboard: '1' });
    const dialog = screen.getByRole('dialog', { name: 'How the sources report this' });
    const close = screen.getByRole('button', { name: 'Close' });
    expect(document.activeElement).toBe(close);
    const last = await screen.findByLabelText('Your note on this claim');
    fireEvent.keyDown(document, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
    fireEvent.keyDown(document, { key: 'Tab' });
    expect(document.activeElement).toBe(close);
    expect(dialog.contains(close)).toBe(true);
  });

  it.each([
    ['the frame is removed or the tab navigates', () => window.dispatchEvent(new Event('pagehide'))],
    ['the tab is hidden', () => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    }],
    ['the reader presses Escape', () => fireEvent.keyDown(document, { key: 'Escape' })],
  ])('sends the note typed so far at once when %s', async (_when, leave) => {
    const { client } = show(claim({ kind: 'corroborated', articles: 2, summary: 'Reported.' }));
    fireEvent.input(await screen.findByLabelText('Your note on this claim'), { target: { value: 'half a thought' } });
    leave();
    expect(client.calls.filter(([type]) => type === 'notes-save').map(([, req]) => req)).toEqual([
      { id: 'n1', claimId: 'c1', text: 'half a thought', pageUrl: 'https://news.example/syria', sentence: PAGE_SENTENCE },
    ]);
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });

  it('leaves focus alone when opened by a click', () => {
    show(claim({ kind: 'corroborated', articles: 2, summary: 'Reported.' }));
    expect(document.activeElement).toBe(document.body);
  });
});

describe('compareWording', () => {
  const marked = (parts: Array<{ text: string; changed: boolean; key: boolean }>) =>
    parts.filter((p) => p.changed).map((p) => (p.key ? `*${p.text}*` : p.text));

  it.each([
    [
      'More than 500,000 people fled, the UN said.',
      ['More than 370,000 people fled, the UN said.'],
      ['*500,000*'],
      [['*370,000*']],
    ],
    [
      'Rami Abdel Rahman said the army left.',
      ['Rami Abdurrahman said the army left.', 'Rami Abdel Rahman said troops left.'],
      [],
      [['*Abdurrahman*'], ['troops']],
    ],
    [
      'The UN says some 500,000 people were displaced in the five-year-long conflict.',
      ['The UN says more than 370,000 people were displaced in the 13-year conflict.'],
      ['some ', '*500,000*', '*five-year-long*'],
      [['more than ', '*370,000*', '*13*']],
    ],
    ['Same words here.', ['Same words here.'], [], [[]]],
    ['A page sentence with no source.', [], [], []],
  ])('%s', (page, quotes, pageMarks, sourceMarks) => {
    const cmp = compareWording(page, quotes);
    expect(cmp.page.map((p) => p.text).join('')).toBe(page);
    cmp.sources.forEach((parts, i) => expect(parts.map((p) => p.text).join('')).toBe(quotes[i]));
    expect(marked(cmp.page)).toEqual(pageMarks);
    expect(cmp.sources.map(marked)).toEqual(sourceMarks);
  });
});

describe('parsePopoverParams', () => {
  it.each([
    ['#sentence=x', null],
    ['#claim=c1&conflicts=not-json&score=7', { claimId: 'c1', conflicts: [], score: null, keyboard: false }],
    ['#claim=c1&conflicts=[{"page":1}]&keyboard=1', { conflicts: [], keyboard: true }],
  ])('%s', (input, expected) => {
    const parsed = parsePopoverParams(input);
    if (expected === null) expect(parsed).toBeNull();
    else expect(parsed).toMatchObject(expected);
  });
});

it('waits for the claim before showing it', async () => {
  show(claim({ kind: 'corroborated', articles: 2, summary: 'Reported by 2 of 5 articles.' }));
  expect(screen.getByText('Looking up the sources…')).toBeTruthy();
  await waitFor(() => expect(screen.queryByText('Looking up the sources…')).toBeNull());
});
