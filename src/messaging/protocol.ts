/**
 * Every message that crosses a context boundary, in one typed map, named by direction
 * (content script → background, popover → background, background → content script...).
 *
 * Messages are untrusted input: another extension context can be stale (an old content script
 * after an update) and a page can never reach these channels, but a malformed message must still
 * be ignored rather than acted on. `parseRequest` validates the shape of each request at the
 * receiving edge; anything else is dropped (and logged once per type by the receiver).
 */
import type { Article, Claim } from '../core/corpus/types';
import type { Note } from '../storage/note';

/** What the content script shows for one matched page sentence. */
export interface WireMatch {
  /** Index into the sentence list the content script sent. */
  index: number;
  claimId: string;
  score: number;
  confidence: string;
  /** Figures on the page that differ from the sources, with each source figure and its articles. */
  conflicts: Array<{ page: string; sources: Array<{ value: string; articles: string[] }>; description: string }>;
  /** Canonical claim text and status summary, for the in-page list of claims. */
  claimText: string;
  status: string;
}

/** Notes travel as the store's own type: one definition of a note. */
export type NoteRecord = Note;

export interface SearchHit {
  claim: Claim;
  score: number;
}

/** Requests answered by the background, keyed by `type`, with the response each gets. */
export interface BackgroundRequests {
  /** content → background: match the article sentences of a page. */
  'match-sentences': { req: { sentences: string[]; threshold?: number }; res: { matches: WireMatch[] } };
  /** popover/popup → background: one claim with the articles it cites. */
  'get-claim': { req: { claimId: string }; res: { claim: Claim; articles: Article[] } | null };
  /** popup → background: search the whole corpus. */
  search: { req: { query: string; limit?: number }; res: { hits: SearchHit[] } };
  /** options → background: the whole corpus summary. */
  'get-corpus': { req: Record<string, never>; res: { articles: Article[]; claims: Claim[] } };
  /** popover → background: close the popover in the tab that shows it. */
  'popover-close': { req: Record<string, never>; res: null };
  /** popover/popup → background: the reader's notes on one claim. The popover is an extension
   * page framed in a web page (a third-party context that cannot open IndexedDB), so notes are
   * always read and written by the background. */
  'notes-list': { req: { claimId: string }; res: { notes: NoteRecord[] } };
  'notes-save': {
    req: { id?: string; claimId: string; text: string; pageUrl?: string; sentence?: string; updatedAt?: number };
    res: { note: NoteRecord };
  };
  'notes-remove': { req: { id: string }; res: { note: NoteRecord | null } };
  'notes-restore': { req: { note: NoteRecord }; res: { note: NoteRecord } };
  /** popup/options → background: add an article to the reader's own corpus. */
  'corpus-add': { req: { text: string; meta: ArticleMeta; file?: string }; res: { article: Article; claims: number } };
  /** popup/options → background: remove an article the reader added. */
  'corpus-remove': { req: { articleId: string }; res: { removed: boolean } };
  /** popup/options → background: the articles the reader added. */
  'corpus-user-articles': { req: Record<string, never>; res: { articles: Article[] } };
  /** options → background: the reader's added articles with their full text, for export. */
  'corpus-export': { req: Record<string, never>; res: UserCorpusExport };
}

/** The export file of the reader's own articles (documented in the README). */
export interface UserCorpusExport {
  format: 'crosscheck-user-corpus';
  version: 1;
  articles: Array<{ file: string; text: string; meta: ArticleMeta; addedAt: number }>;
}

/** What a page says about itself (see src/dom/page-metadata.ts). */
export interface ArticleMeta {
  url?: string;
  site?: string | null;
  title?: string | null;
  date?: string | null;
  byline?: string | null;
}

/** Requests answered by a tab's content script (sent with tabs.sendMessage). */
export interface ContentRequests {
  /** background → content: keyboard command to move between claims. */
  'step-claim': { req: { direction: 1 | -1 }; res: null };
  /** popup → content: the claims found on this page, in page order. */
  'page-claims': { req: Record<string, never>; res: { claims: PageClaim[] } };
  /** popup → content: scroll to one found sentence and open its popover. */
  'reveal-claim': { req: { index: number }; res: null };
  /** background → content: close the popover (the user pressed Escape inside it). */
  'close-popover': { req: Record<string, never>; res: null };
  /** popup → content: the page's article text and metadata, for "Add this article". */
  'extract-article': { req: Record<string, never>; res: { text: string; meta: ArticleMeta; sentences: number } };
  /** background → content: the corpus changed (an article was added or removed): match again. */
  'corpus-changed': { req: Record<string, never>; res: null };
}

export interface PageClaim {
  /** Position in the page's list of found sentences. */
  index: number;
  sentence: string;
  claimId: string;
  claimText: string;
  status: string;
  conflict: boolean;
}

export type BackgroundType = keyof BackgroundRequests;
export type ContentType = keyof ContentRequests;
export type RequestOf<M, K extends keyof M> = M[K] extends { req: infer R } ? R : never;
export type ResponseOf<M, K extends keyof M> = M[K] extends { res: infer R } ? R : never;
export type Envelope<M, K extends keyof M = keyof M> = K extends keyof M
  ? { type: K } & RequestOf<M, K>
  : never;

/** A note is the reader's own writing; 100,000 characters is a long essay. */
export const MAX_NOTE_LENGTH = 100_000;

function isNote(v: unknown): v is NoteRecord {
  if (typeof v !== 'object' || v === null) return false;
  const n = v as Record<string, unknown>;
  return (
    isString(n.id, 200) &&
    isString(n.claimId, 200) &&
    isString(n.text, MAX_NOTE_LENGTH) &&
    Number.isFinite(n.createdAt) &&
    Number.isFinite(n.updatedAt)
  );
}

/** Longer than any news article (a 20,000-word long read is about 130,000 characters). */
export const MAX_ARTICLE_LENGTH = 2_000_000;

function isMeta(v: unknown): v is ArticleMeta {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  return ['url', 'site', 'title', 'date', 'byline'].every((k) => {
    const x = (v as Record<string, unknown>)[k];
    return x === undefined || x === null || isString(x, 4_000);
  });
}

type Check = (value: Record<string, unknown>) => boolean;

const isString = (v: unknown, max = 10_000): v is string => typeof v === 'string' && v.length <= max;
const isStringArray = (v: unknown, maxItems: number, maxLen: number): v is string[] =>
  Array.isArray(v) && v.length <= maxItems && v.every((s) => isString(s, maxLen));
const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** Limits that keep a hostile or huge page from flooding the background: a 20,000-word article
 * is about 1,000 sentences, so 20,000 sentences of up to 5,000 characters is far beyond real. */
export const MAX_SENTENCES = 20_000;
export const MAX_SENTENCE_LENGTH = 5_000;

const backgroundChecks: Record<BackgroundType, Check> = {
  'match-sentences': (m) =>
    isStringArray(m.sentences, MAX_SENTENCES, MAX_SENTENCE_LENGTH) &&
    (m.threshold === undefined || (typeof m.threshold === 'number' && m.threshold >= 0 && m.threshold <= 1)),
  'get-claim': (m) => isString(m.claimId, 200),
  search: (m) => isString(m.query, 1_000) && (m.limit === undefined || isIndex(m.limit)),
  'get-corpus': () => true,
  'popover-close': () => true,
  'notes-list': (m) => isString(m.claimId, 200),
  'notes-save': (m) =>
    (m.id === undefined || isString(m.id, 200)) &&
    isString(m.claimId, 200) &&
    isString(m.text, MAX_NOTE_LENGTH) &&
    (m.pageUrl === undefined || isString(m.pageUrl, 4_000)) &&
    (m.sentence === undefined || isString(m.sentence, MAX_SENTENCE_LENGTH)) &&
    (m.updatedAt === undefined || Number.isFinite(m.updatedAt)),
  'notes-remove': (m) => isString(m.id, 200),
  'notes-restore': (m) => isNote(m.note),
  'corpus-add': (m) =>
    isString(m.text, MAX_ARTICLE_LENGTH) && isMeta(m.meta) && (m.file === undefined || isString(m.file, 4_000)),
  'corpus-remove': (m) => isString(m.articleId, 200),
  'corpus-user-articles': () => true,
  'corpus-export': () => true,
};

const contentChecks: Record<ContentType, Check> = {
  'step-claim': (m) => m.direction === 1 || m.direction === -1,
  'page-claims': () => true,
  'reveal-claim': (m) => isIndex(m.index),
  'close-popover': () => true,
  'extract-article': () => true,
  'corpus-changed': () => true,
};

function parseWith<M>(checks: Record<string, Check>, raw: unknown): Envelope<M> | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const message = raw as Record<string, unknown>;
  const type = message.type;
  if (typeof type !== 'string' || !Object.hasOwn(checks, type)) return null;
  return checks[type]!(message) ? (message as unknown as Envelope<M>) : null;
}

/** Validates a request addressed to the background; null when it is not one we answer. */
export const parseBackgroundRequest = (raw: unknown) =>
  parseWith<BackgroundRequests>(backgroundChecks, raw);

/** Validates a request addressed to a content script; null when it is not one we answer. */
export const parseContentRequest = (raw: unknown) => parseWith<ContentRequests>(contentChecks, raw);
