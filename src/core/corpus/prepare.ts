/**
 * From a captured article to what the builder works on: cleaned body, sentences with offsets, and
 * article metadata with a short label the UI can show beside a quote.
 */

import type { Article, SourceSentence } from './types';
import { segmentSentences } from '../text';
import { cleanArticle, type CleanedArticle, type DroppedLine } from './clean';

export interface PreparedArticle {
  article: Article;
  /** Cleaned body text; sentence offsets index it. */
  body: string;
  sentences: SourceSentence[];
  dropped: DroppedLine[];
}

/** What a reader's page tells about an article they add (all optional: pages often lack some). */
export interface ArticleMeta {
  site?: string;
  title?: string;
  date?: string;
  byline?: string;
  url?: string;
}

/**
 * Longest label, in characters. The popover lists sources in a column about 320 px wide; at the
 * popover's 13 px font, 60 characters fill two lines, a whole headline four or five.
 */
export const LABEL_MAX = 60;

/** A headline cut at a word boundary to fit the label, with an ellipsis when cut. */
export function shortTitle(title: string, max = LABEL_MAX): string {
  const t = title.trim().replace(/\s+/g, ' ');
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/**
 * The credit as a reader would say it: "Source: With inputs from agencies" -> "agencies",
 * "AFP, AFPTV" -> "AFP", "ABC News" stays. Only what the text names; no outlet is invented.
 */
export function shortCredit(credit: string): string {
  const first = credit.replace(/^(?:source|credit)s?:\s*/i, '').split(', ')[0]!.trim();
  return first.replace(/^(?:with\s+)?inputs?\s+from\s+(?:the\s+)?/i, '');
}

/** "Bashar Al-Assad Flees Syria As Rebels Move In", or "Article 3 (agencies)" when there is no headline. */
export function articleLabel(position: number, headline: string | null, credit: string | null): string {
  if (headline) return shortTitle(headline);
  const n = `Article ${position + 1}`;
  return credit ? `${n} (${shortCredit(credit)})` : n;
}

/** A page the reader adds: its title, else its site with the credit, else as a bundled article. */
function userLabel(position: number, headline: string | null, credit: string | null, site: string | null): string {
  if (headline || !site) return articleLabel(position, headline, credit);
  return shortTitle(credit ? `${site} (${shortCredit(credit)})` : site);
}

function sentencesOf(id: string, body: string): SourceSentence[] {
  return segmentSentences(body).map((s, k) => ({ id: `${id}:s${k}`, article: id, text: s.text, start: s.start, end: s.end }));
}

/** Cleans and segments one article under the given id and label position. */
export function prepareArticle(
  id: string,
  position: number,
  file: string,
  text: string,
  origin: Article['origin'],
  meta: ArticleMeta = {},
): PreparedArticle {
  const cleaned: CleanedArticle = cleanArticle(text);
  const headline = meta.title?.trim() || cleaned.headline;
  const credit = meta.byline?.trim() || cleaned.credit;
  const article: Article = {
    id, file, headline, date: meta.date?.trim() || cleaned.date, credit,
    label: userLabel(position, headline, credit, meta.site?.trim() || null),
    origin,
  };
  if (meta.url) article.url = meta.url;
  return { article, body: cleaned.body, sentences: sentencesOf(id, cleaned.body), dropped: cleaned.dropped };
}

/**
 * Cleans and segments the articles, in file-name order. Why exported: tests and the maintainers'
 * tools check the cleaning (every dropped line with its reason) and the sentence offsets.
 */
export function prepareArticles(files: Array<{ file: string; text: string }>): PreparedArticle[] {
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return sorted.map(({ file, text }, i) => prepareArticle(`a${i}`, i, file, text, 'bundled'));
}
