/**
 * A cheap gate before extraction: is this page one story? Search results, front pages, apps and
 * stubs are not, and the content script leaves them alone. It reads a few selectors and the text
 * of paragraphs only until the answer is clear, never the whole page.
 */
import { READABLE_PARAGRAPH_CHARS, READABLE_SCORE } from './thresholds';

/** Paragraphs in these regions are page furniture, not evidence of a story. */
const FURNITURE =
  'nav, footer, aside, form, header, [hidden], [aria-hidden="true"], [role="navigation"], [role="complementary"], [role="contentinfo"], [role="banner"], [role="dialog"]';

/** Schema.org types of pages that list stories or results instead of telling one. */
const LISTING_TYPE = /"@type"\s*:\s*"(?:CollectionPage|SearchResultsPage|ItemList|ProfilePage)"/;

const SEARCH_PATH = /\/(?:search|results|find)(?:[/?.]|$)|[?&](?:q|query|search|s)=/i;

function isListing(doc: Document): boolean {
  const href = (doc as Document & { location?: Location | null }).location?.href ?? '';
  if (SEARCH_PATH.test(href)) return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (LISTING_TYPE.test(script.textContent ?? '')) return true;
  }
  return false;
}

/**
 * True when the page reads as a story: enough long paragraphs outside page furniture (the
 * Readability `isProbablyReaderable` scale, see thresholds.ts), and not a listing or search page.
 */
export function looksLikeArticle(doc: Document): boolean {
  if (doc.body === null || isListing(doc)) return false;
  let score = 0;
  for (const p of doc.body.querySelectorAll('p, pre')) {
    const length = (p.textContent ?? '').trim().length;
    if (length < READABLE_PARAGRAPH_CHARS) continue;
    if (p.closest(FURNITURE) !== null) continue;
    score += Math.sqrt(length - READABLE_PARAGRAPH_CHARS);
    if (score > READABLE_SCORE) return true;
  }
  return false;
}
