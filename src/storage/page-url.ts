/**
 * The page URL a note keeps: the address without its fragment. A fragment (`#comments`,
 * `#:~:text=...` from a shared highlight link) names a place on the page, not the page, so two
 * notes on the same article would otherwise look like notes on two pages. Anything that is not an
 * absolute http(s) URL (a `file:` path, a typo from an import) is dropped rather than kept: the
 * field is a link the reader may follow back.
 */
export function normalizePageUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  parsed.hash = '';
  return parsed.href;
}
