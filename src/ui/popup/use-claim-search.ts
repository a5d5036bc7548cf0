import { useEffect, useState } from 'preact/hooks';
import type { SearchHit } from '../../messaging/protocol';
import type { PopupClient } from './client';

export type SearchState =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'done'; query: string; hits: SearchHit[] }
  | { state: 'error'; error: string };

/**
 * Waits this long after the last keystroke before searching: keystrokes inside a word come
 * 60-120 ms apart for most typists, so 150 ms searches at word ends, not on every letter.
 */
export const SEARCH_DELAY_MS = 150;
/** Results shown: the popup fits about eight one-line claims above the fold at 380 x 600 px. */
export const SEARCH_LIMIT = 8;

/** Searches the corpus as the reader types; an answer to an older query is dropped. */
export function useClaimSearch(client: PopupClient, query: string, delayMs = SEARCH_DELAY_MS): SearchState {
  const [result, setResult] = useState<SearchState>({ state: 'idle' });
  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed === '') {
      setResult({ state: 'idle' });
      return;
    }
    let current = true;
    setResult((r) => (r.state === 'done' ? r : { state: 'loading' }));
    const timer = setTimeout(async () => {
      const answer = await client.ask('search', { query: trimmed, limit: SEARCH_LIMIT });
      if (!current) return;
      setResult(answer.ok ? { state: 'done', query: trimmed, hits: answer.value.hits } : { state: 'error', error: answer.error });
    }, delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, query, delayMs]);
  return result;
}
