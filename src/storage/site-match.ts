/**
 * Hostnames as the reader types them into the disabled-sites list, and the match against the
 * page's hostname. `www.` is dropped on both sides and subdomains count as the site, so disabling
 * "example.com" also covers "www.example.com" and "news.example.com".
 */

/** The hostname a reader meant, from a hostname or a pasted URL; `undefined` if there is none. */
export function normalizeHostname(input: string): string | undefined {
  const trimmed = input.trim().toLowerCase();
  if (trimmed === '') return undefined;
  let host: string;
  try {
    host = new URL(trimmed.includes('://') ? trimmed : `http://${trimmed}`).hostname;
  } catch {
    return undefined;
  }
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  return host === '' ? undefined : host;
}

/** Whether `hostname` is one of `sites` (already normalised) or a subdomain of one. */
export function hostMatches(sites: readonly string[], hostname: string): boolean {
  const host = normalizeHostname(hostname);
  if (host === undefined) return false;
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}
