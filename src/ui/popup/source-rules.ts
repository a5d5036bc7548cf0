import type { Article } from '../../core/corpus/types';
import type { ArticleMeta } from '../../messaging/protocol';

/**
 * Fewer sentences than this and a page is not taken as an article. The shortest wire brief in
 * the bundled set has about 15 sentences; section fronts, video pages and paywall stubs measured
 * on the fixtures give 0-3 prose sentences. Five leaves room for a short brief and refuses those.
 */
export const MIN_ARTICLE_SENTENCES = 5;

/** What is kept of an article the reader added, enough to add it again (Undo, import). */
export interface SourceText {
  text: string;
  meta: ArticleMeta;
  file: string;
}

/**
 * The reader's article already added from the same address, if any. The builder refuses the
 * same text twice anyway; asking first spares a round trip and names the article it duplicates.
 */
export function sameSource(articles: readonly Article[], meta: ArticleMeta): Article | undefined {
  const url = meta.url?.trim();
  if (!url) return undefined;
  return articles.find((a) => a.origin === 'user' && (a.url === url || a.file === url));
}

/** "example.com" for a page address; the address itself when it is not one. */
export function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}

/**
 * "11 Dec 2024" for the ISO dates pages declare ("2024-12-11T18:30:00+02:00"), in the reader's
 * locale; any other form ("Dec 8, 2024 - 12:23", as articles write it) is shown as written. The
 * calendar day is the publisher's own, not shifted into the reader's time zone.
 */
export function readableDate(date: string, locale?: string): string {
  const ymd = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(date.trim());
  if (!ymd) return date;
  const [year, month, dayOfMonth] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
  const day = new Date(Date.UTC(year, month - 1, dayOfMonth));
  // Date.UTC rolls "2024-13-45" over into 2025; a date that does not exist is shown as written.
  if (day.getUTCMonth() !== month - 1 || day.getUTCDate() !== dayOfMonth) return date;
  return day.toLocaleDateString(locale, { dateStyle: 'medium', timeZone: 'UTC' });
}
