import type { BackgroundRequests, BackgroundType, RequestOf, ResponseOf } from '../../messaging/protocol';

/** An answer from the background, or why there is none: a miss is a value the UI shows. */
export type Answer<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * What the popover needs from the extension: one typed request function. Components take it as
 * a prop, so tests hand in a plain object instead of mocking modules.
 */
export interface PopoverClient {
  ask<K extends BackgroundType>(
    type: K,
    request: RequestOf<BackgroundRequests, K>,
  ): Promise<Answer<ResponseOf<BackgroundRequests, K>>>;
}

type RawAsk = <K extends BackgroundType>(
  type: K,
  request: RequestOf<BackgroundRequests, K>,
) => Promise<ResponseOf<BackgroundRequests, K>>;

/**
 * Wraps `askBackground`: the background's `listen` answers a failed handler with `{ error }`, and
 * the promise rejects when the extension was reloaded under the frame. Both become `ok: false`.
 */
export function clientFrom(ask: RawAsk): PopoverClient {
  return {
    async ask(type, request) {
      try {
        const value = await ask(type, request);
        if (value && typeof value === 'object' && 'error' in value && typeof value.error === 'string') {
          return { ok: false, error: value.error };
        }
        return { ok: true, value };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
