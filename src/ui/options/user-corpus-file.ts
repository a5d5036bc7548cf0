import { MAX_ARTICLE_LENGTH, type ArticleMeta } from '../../messaging/protocol';
import { t } from '../popup/i18n';
import type { SourceText } from '../popup/source-rules';

/** An export file read back: the records that can be added, and why each other one cannot. */
export type CorpusFile =
  | { ok: true; sources: Array<{ index: number; source: SourceText }>; invalid: Array<{ index: number; reason: string }> }
  | { ok: false; error: string };

const META_KEYS = ['url', 'site', 'title', 'date', 'byline'] as const;
/** Longer than any real URL, title or byline; the same bound the background checks. */
const MAX_META_LENGTH = 4_000;

/** The meta fields kept from a record, or null when one of them is not text. Unknown keys are dropped. */
function readMeta(value: unknown): ArticleMeta | null {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) return null;
  const meta: ArticleMeta = {};
  for (const key of META_KEYS) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string' || v.length > MAX_META_LENGTH) return null;
    if (key === 'url') meta.url = v;
    else meta[key] = v;
  }
  return meta;
}

function readRecord(record: unknown, index: number): SourceText | string {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return t('recordNotObject');
  const r = record as Record<string, unknown>;
  if (typeof r.text !== 'string' || r.text.trim() === '') return t('recordNoText');
  if (r.text.length > MAX_ARTICLE_LENGTH) return t('recordTooLong');
  const meta = readMeta(r.meta);
  if (meta === null) return t('recordBadMeta');
  if (r.file !== undefined && (typeof r.file !== 'string' || r.file.length > MAX_META_LENGTH)) return t('recordBadFile');
  const file = (typeof r.file === 'string' && r.file.trim()) || meta.url || t('recordFileFallback', index + 1);
  return { text: r.text, meta, file };
}

/**
 * Checks a file the reader chose against the export format (crosscheck-user-corpus, version 1).
 * The file as a whole must be one; a record that is not is reported by its position (1-based, as
 * a reader counts) and the others still go in.
 */
export function readUserCorpusFile(text: string): CorpusFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: t('corpusFileNotJson') };
  }
  const file = data as Record<string, unknown> | null;
  if (typeof file !== 'object' || file === null || file.format !== 'crosscheck-user-corpus' || !Array.isArray(file.articles)) {
    return { ok: false, error: t('corpusFileWrongFormat') };
  }
  if (file.version !== 1) return { ok: false, error: t('corpusFileWrongVersion', String(file.version)) };
  const sources: Array<{ index: number; source: SourceText }> = [];
  const invalid: Array<{ index: number; reason: string }> = [];
  file.articles.forEach((record: unknown, i: number) => {
    const read = readRecord(record, i);
    if (typeof read === 'string') invalid.push({ index: i + 1, reason: read });
    else sources.push({ index: i + 1, source: read });
  });
  return { ok: true, sources, invalid };
}
