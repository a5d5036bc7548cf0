import { isSiteEnabled, normalizeHostname, type Settings } from '../../storage';

/** The site a tab shows, or null for pages Crosscheck never reads (browser pages, files, the store). */
export function siteOf(url: string | undefined): string | null {
  if (url === undefined) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return normalizeHostname(parsed.hostname) ?? null;
}

/** Whether the site itself is on, whatever the global pause says. */
export const siteIsOn = (settings: Settings, host: string) => isSiteEnabled({ ...settings, paused: false }, host);

/**
 * The disabled-sites list with `host` turned on or off. Turning a site on also drops an entry for
 * a parent domain that covered it ("example.com" covers "news.example.com"), or it would stay off.
 */
export function sitesWith(settings: Settings, host: string, on: boolean): string[] {
  const sites = [...settings.disabledSites];
  if (!on) return siteIsOn(settings, host) ? [...sites, host] : sites;
  return sites.filter((site) => siteIsOn({ ...settings, disabledSites: [site] }, host));
}
