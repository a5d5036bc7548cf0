import { segmentSentences } from '../../core/text';
import { extractArticle, readPageMetadata } from '../../dom';
import { MAX_ARTICLE_LENGTH, type ArticleMeta } from '../../messaging/protocol';
import { t } from '../popup/i18n';
import { MIN_ARTICLE_SENTENCES, type SourceText } from '../popup/source-rules';

/** A file the reader chose, read into an article to add, or why it cannot be one. */
export type FileArticle = { ok: true; name: string; source: SourceText } | { ok: false; name: string; reason: string };

/**
 * Files larger than this are refused unread. A saved news page with its inline scripts and styles
 * measured 0.3-4 MB on the pages under tests/fixtures and a few real saves; 25 MB is a video or
 * an archive, not an article.
 */
export const MAX_FILE_BYTES = 25_000_000;

/**
 * A decoded file is binary when it holds a NUL or when more than 1 in 20 characters are
 * replacement or control characters: UTF-8 text in any script has none of either, while images,
 * PDFs and archives decoded as UTF-8 are a third or more of them.
 */
const BINARY_SHARE = 0.05;

export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 20_000);
  const odd = sample.match(/[\uFFFD\u0001-\u0008\u000E-\u001F]/g)?.length ?? 0;
  return sample.length > 0 && odd / sample.length > BINARY_SHARE;
}

const isHtml = (file: File, text: string) =>
  /\.html?$/i.test(file.name) || file.type === 'text/html' || /^\s*<(!doctype html|html)[\s>]/i.test(text);

/** "flood-report" for "flood-report.html": the title of a page that does not give one. */
export const titleFromName = (name: string) => name.replace(/\.[a-z0-9]{1,5}$/i, '').trim() || name;

/**
 * The article of a saved page: the same extraction the content script runs on a live page. A
 * parsed document is never laid out, so every block counts as visible; markup that hides itself
 * (`hidden`, `aria-hidden`) is still left out by the DOM layer's element rules.
 */
function fromHtml(name: string, html: string, parser: DOMParser): { text: string; meta: ArticleMeta; sentences: number } {
  const doc = parser.parseFromString(html, 'text/html');
  const article = extractArticle(doc, { isVisible: () => true });
  // A saved page has no address of its own; the one it declares is the base for its links.
  const declared = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const { url, ...meta } = readPageMetadata(doc, absoluteUrl(declared) ?? '');
  return {
    text: article.blocks.map((b) => b.text).join('\n\n'),
    meta: { ...meta, title: meta.title ?? titleFromName(name), ...(url ? { url } : {}) },
    sentences: article.sentences.length,
  };
}

function absoluteUrl(href: string | null | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Reads one chosen file into an article to add; every way it can fail is a reason, never a throw. */
export async function readArticleFile(file: File, parser: DOMParser = new DOMParser()): Promise<FileArticle> {
  const name = file.name;
  const miss = (reason: string): FileArticle => ({ ok: false, name, reason });
  if (file.size > MAX_FILE_BYTES) return miss(t('fileTooLarge'));
  let raw: string;
  try {
    raw = await file.text();
  } catch (error) {
    return miss(t('fileUnreadable', error instanceof Error ? error.message : String(error)));
  }
  if (raw.trim() === '') return miss(t('fileEmpty'));
  if (looksBinary(raw)) return miss(t('fileBinary'));
  const page = isHtml(file, raw)
    ? fromHtml(name, raw, parser)
    : { text: raw.replace(/\r\n?/g, '\n').trim(), meta: {}, sentences: segmentSentences(raw).length };
  if (page.sentences < MIN_ARTICLE_SENTENCES) return miss(t('fileNotArticle', page.sentences));
  if (page.text.length > MAX_ARTICLE_LENGTH) return miss(t('fileTooLarge'));
  return { ok: true, name, source: { text: page.text, meta: page.meta, file: name } };
}
