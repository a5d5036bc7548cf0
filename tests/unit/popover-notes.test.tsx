// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BackgroundRequests, BackgroundType, NoteRecord, RequestOf } from '../../src/messaging/protocol';
import { messagesLookup } from '../../src/ui/common/i18n';
import type { Answer, PopoverClient } from '../../src/ui/popover';
import { SAVE_DELAY_MS } from '../../src/ui/popover/note-autosave';
import { NotesPanel } from '../../src/ui/popover/NotesPanel';

const MESSAGES = resolve(import.meta.dirname, '../../public/_locales/en/messages.json');

// The popover's words come from messages.json, as the browser would read them.
beforeEach(() => {
  (fakeBrowser.i18n as { getMessage: unknown }).getMessage = messagesLookup(JSON.parse(readFileSync(MESSAGES, 'utf8')));
});

const TARGET = { claimId: 'c1', pageUrl: 'https://news.example/syria', sentence: 'Assad left Syria.' };

const note = (id: string, text: string, createdAt: number): NoteRecord => ({
  id,
  claimId: 'c1',
  text,
  createdAt,
  updatedAt: createdAt,
});

type Reply = { [K in BackgroundType]?: (req: RequestOf<BackgroundRequests, K>) => Answer<unknown> };

/** A background that keeps notes in a Map, or fails with `failWith` when set. */
function fakeBackground(initial: NoteRecord[] = []) {
  const notes = new Map(initial.map((n) => [n.id, n]));
  const calls: Array<{ type: BackgroundType; req: Record<string, unknown> }> = [];
  const state = { failWith: null as string | null };
  const replies: Reply = {
    'notes-list': ({ claimId }) => ({ ok: true, value: { notes: [...notes.values()].filter((n) => n.claimId === claimId) } }),
    'notes-save': (req) => {
      const saved = { ...note(req.id ?? 'generated', req.text, notes.get(req.id ?? '')?.createdAt ?? 5), ...req } as NoteRecord;
      notes.set(saved.id, saved);
      return { ok: true, value: { note: saved } };
    },
    'notes-remove': ({ id }) => {
      const gone = notes.get(id) ?? null;
      notes.delete(id);
      return { ok: true, value: { note: gone } };
    },
    'notes-restore': ({ note: n }) => {
      notes.set(n.id, n);
      return { ok: true, value: { note: n } };
    },
  };
  const client: PopoverClient = {
    async ask<K extends BackgroundType>(type: K, req: RequestOf<BackgroundRequests, K>) {
      calls.push({ type, req: req as Record<string, unknown> });
      if (state.failWith && type === 'notes-save') return { ok: false, error: state.failWith } as Answer<never>;
      return (replies[type] as (r: unknown) => Answer<never>)(req);
    },
  };
  return { client, notes, calls, state, saves: () => calls.filter((c) => c.type === 'notes-save').map((c) => c.req) };
}

function showNotes(bg: ReturnType<typeof fakeBackground>) {
  const flushers = new Set<() => void>();
  let n = 0;
  const view = render(
    <NotesPanel
      client={bg.client}
      target={TARGET}
      newId={() => `new-${++n}`}
      registerFlush={(f) => {
        flushers.add(f);
        return () => flushers.delete(f);
      }}
    />,
  );
  return { ...view, flushAll: () => flushers.forEach((f) => f()) };
}

/** Moves the clock past the save delay and lets the saves it starts answer. */
const pause = () => act(async () => {
  await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
});

/** Lets pending promise callbacks run (answers from the fake background). */
const settle = () => act(async () => {
  await Promise.resolve();
  await Promise.resolve();
});

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('typing a note', () => {
  it('saves once per pause with the latest text, always to the same note, with page and sentence', async () => {
    const bg = fakeBackground();
    showNotes(bg);
    const box = screen.getByLabelText('Your note on this claim');
    for (const text of ['U', 'UN', 'UN fig']) fireEvent.input(box, { target: { value: text } });
    expect(bg.saves()).toEqual([]);
    await pause();
    fireEvent.input(box, { target: { value: 'UN figure differs' } });
    await pause();
    expect(bg.saves()).toEqual([
      { id: 'new-1', claimId: 'c1', text: 'UN fig', pageUrl: TARGET.pageUrl, sentence: TARGET.sentence },
      { id: 'new-1', claimId: 'c1', text: 'UN figure differs', pageUrl: TARGET.pageUrl, sentence: TARGET.sentence },
    ]);
    expect(screen.getByText('Saved')).toBeTruthy();
  });

  it.each([
    ['pagehide', (flushAll: () => void) => flushAll()],
    ['blur', () => fireEvent.blur(screen.getByLabelText('Your note on this claim'))],
  ])('sends the last keystrokes at once on %s', async (_event, leave) => {
    const bg = fakeBackground();
    const { flushAll } = showNotes(bg);
    fireEvent.input(screen.getByLabelText('Your note on this claim'), { target: { value: 'last words' } });
    leave(flushAll);
    expect(bg.saves().map((s) => s.text)).toEqual(['last words']);
  });

  it('does not create a note from blank text', async () => {
    const bg = fakeBackground();
    showNotes(bg);
    fireEvent.input(screen.getByLabelText('Your note on this claim'), { target: { value: '   ' } });
    await pause();
    expect(bg.saves()).toEqual([]);
  });

  it('shows an error and keeps the text when the background refuses, then saves on the next change', async () => {
    const bg = fakeBackground();
    showNotes(bg);
    bg.state.failWith = 'The notes database is unavailable';
    const box = screen.getByLabelText<HTMLTextAreaElement>('Your note on this claim');
    fireEvent.input(box, { target: { value: 'keep me' } });
    await pause();
    expect(screen.getByRole('alert').textContent).toContain('The notes database is unavailable');
    expect(box.value).toBe('keep me');
    bg.state.failWith = null;
    fireEvent.input(box, { target: { value: 'keep me too' } });
    await pause();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(bg.notes.get('new-1')?.text).toBe('keep me too');
  });
});

describe('saved notes', () => {
  it('lists the notes on this claim, each editable', async () => {
    const bg = fakeBackground([note('n1', 'First thought', 1), note('n2', 'Second thought', 2)]);
    showNotes(bg);
    await settle();
    const boxes = screen.getAllByRole<HTMLTextAreaElement>('textbox').slice(1);
    expect(boxes.map((b) => b.value)).toEqual(['First thought', 'Second thought']);
    fireEvent.input(boxes[0]!, { target: { value: 'First thought, revised' } });
    await pause();
    expect(bg.saves()).toEqual([expect.objectContaining({ id: 'n1', text: 'First thought, revised' })]);
  });

  it('deletes a note and brings it back with Undo', async () => {
    const bg = fakeBackground([note('n1', 'Check the UN figure', 1)]);
    showNotes(bg);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: /^Delete note/ }));
    await settle();
    expect(bg.notes.has('n1')).toBe(false);
    expect(screen.queryByDisplayValue('Check the UN figure')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await settle();
    expect(bg.notes.get('n1')?.text).toBe('Check the UN figure');
    expect(screen.getByDisplayValue('Check the UN figure')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(bg.calls.map((c) => c.type)).toEqual(['notes-list', 'notes-remove', 'notes-restore']);
  });

  it('moves a finished note to the list when another is started', async () => {
    const bg = fakeBackground();
    showNotes(bg);
    await settle();
    fireEvent.input(screen.getByLabelText('Your note on this claim'), { target: { value: 'one' } });
    await pause();
    fireEvent.click(screen.getByRole('button', { name: 'Start another note' }));
    expect(screen.getByLabelText<HTMLTextAreaElement>('Your note on this claim').value).toBe('');
    expect(screen.getByDisplayValue('one')).toBeTruthy();
  });
});
