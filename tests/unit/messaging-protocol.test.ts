import { describe, expect, it } from 'vitest';
import {
  MAX_SENTENCES,
  parseBackgroundRequest,
  parseContentRequest,
} from '../../src/messaging/protocol';

describe('messages are validated by shape before anything acts on them', () => {
  it.each([
    ['a sentence list', { type: 'match-sentences', sentences: ['Assad left Syria.'] }],
    ['a sentence list with a threshold', { type: 'match-sentences', sentences: [], threshold: 0.5 }],
    ['a claim lookup', { type: 'get-claim', claimId: 'c-1' }],
    ['a search', { type: 'search', query: 'airport', limit: 5 }],
    ['a new note', { type: 'notes-save', claimId: 'c-1', text: 'check this' }],
    ['a note to restore', { type: 'notes-restore', note: { id: 'n', claimId: 'c', text: '', createdAt: 1, updatedAt: 2 } }],
  ])('accepts %s', (_label, message) => {
    expect(parseBackgroundRequest(message)).toEqual(message);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'match-sentences'],
    ['an array', [{ type: 'search', query: 'x' }]],
    ['an unknown type', { type: 'drop-database' }],
    ['an inherited type name', { type: 'toString' }],
    ['sentences that are not strings', { type: 'match-sentences', sentences: [1, 2] }],
    ['too many sentences', { type: 'match-sentences', sentences: Array(MAX_SENTENCES + 1).fill('a') }],
    ['a threshold out of range', { type: 'match-sentences', sentences: [], threshold: 7 }],
    ['a search without a query', { type: 'search' }],
    ['a negative limit', { type: 'search', query: 'x', limit: -1 }],
    ['a note without a claim', { type: 'notes-save', text: 'x' }],
    ['a note with a non-numeric time', { type: 'notes-restore', note: { id: 'n', claimId: 'c', text: '', createdAt: 'yesterday', updatedAt: 2 } }],
  ])('rejects %s', (_label, message) => {
    expect(parseBackgroundRequest(message)).toBeNull();
  });

  it.each([
    [{ type: 'step-claim', direction: 1 }, true],
    [{ type: 'step-claim', direction: 2 }, false],
    [{ type: 'reveal-claim', index: 3 }, true],
    [{ type: 'reveal-claim', index: 1.5 }, false],
    [{ type: 'page-claims' }, true],
    [{ type: 'match-sentences', sentences: [] }, false],
  ])('content script accepts %j: %s', (message, ok) => {
    expect(parseContentRequest(message) !== null).toBe(ok);
  });
});
