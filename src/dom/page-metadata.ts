/**
 * What a page says about itself, for "Add this article": the metadata news sites publish for
 * link previews and search engines (Open Graph, article:*, JSON-LD NewsArticle, <meta name>),
 * with the visible headline and the URL as fallbacks. Read-only, like the rest of this layer.
 */
export interface PageMetadata {
  url: string;
  site: string | null;
  title: string | null;
  date: string | null;
  byline: string | null;
}

const meta = (doc: Document, ...keys: string[]): string | null => {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
};

/** The first JSON-LD object that describes an article, if the page has one that parses. */
function jsonLdArticle(doc: Document): Record<string, unknown> | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // broken JSON-LD is common; the other sources still work
    }
    const items = (Array.isArray(data) ? data : [data]).flatMap((d) =>
      d && typeof d === 'object' && Array.isArray((d as { '@graph'?: unknown })['@graph'])
        ? ((d as { '@graph': unknown[] })['@graph'] as unknown[])
        : [d],
    );
    const article = items.find(
      (d): d is Record<string, unknown> =>
        !!d && typeof d === 'object' && /Article|Posting|Report/.test(String((d as { '@type'?: unknown })['@type'] ?? '')),
    );
    if (article) return article;
  }
  return null;
}

const text = (v: unknown): string | null => {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (Array.isArray(v)) return v.map(text).filter(Boolean).join(', ') || null;
  if (v && typeof v === 'object' && 'name' in v) return text((v as { name: unknown }).name);
  return null;
};

export function readPageMetadata(doc: Document, url = doc.location?.href ?? ''): PageMetadata {
  const ld = jsonLdArticle(doc);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  let pageUrl = url;
  if (canonical) {
    // An absolute canonical URL needs no base (and the page's own URL may be unknown, as on the
    // command line); a relative one is resolved against the page's.
    for (const attempt of [() => new URL(canonical), () => new URL(canonical, url)]) {
      try {
        pageUrl = attempt().href;
        break;
      } catch {
        continue;
      }
    }
  }
  let host: string | null = null;
  try {
    host = new URL(pageUrl).hostname || null;
  } catch {
    host = null;
  }
  const headline = doc.querySelector('article h1, main h1, h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const time = doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime');
  return {
    url: pageUrl,
    site: meta(doc, 'og:site_name', 'application-name') ?? text(ld?.publisher) ?? host,
    title: text(ld?.headline) ?? meta(doc, 'og:title', 'twitter:title') ?? headline ?? (doc.title.trim() || null),
    date: meta(doc, 'article:published_time', 'datePublished', 'date') ?? text(ld?.datePublished) ?? time ?? null,
    byline:
      text(ld?.author) ??
      meta(doc, 'author', 'article:author', 'byl') ??
      (doc.querySelector('[rel="author"], .byline, [itemprop="author"]')?.textContent?.replace(/\s+/g, ' ').trim() || null),
  };
}
