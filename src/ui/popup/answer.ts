/** An answer from another extension context, or why there is none: a miss is a value the UI shows. */
export type Answer<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Settles a message round trip. The receiver's `listen` answers a failed handler with
 * `{ error }`; the promise rejects when nobody listens (no content script in that tab, or the
 * extension was reloaded). Both become `ok: false`.
 */
export async function settle<T>(pending: Promise<T>): Promise<Answer<T>> {
  try {
    const value = await pending;
    if (value && typeof value === 'object' && 'error' in value && typeof value.error === 'string') {
      return { ok: false, error: value.error };
    }
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
