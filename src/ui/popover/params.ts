import { MAX_SENTENCE_LENGTH } from '../../messaging/protocol';
import type { MatchConfidence } from '../../core/match/types';

/** A figure on the page that no source gives, as the content script passes it. */
export interface PageConflict {
  page: string;
  description: string;
  /** The figures the sources give, with their articles, when the sender includes them. */
  sources?: Array<{ value: string; articles: string[] }>;
}

/** What the content script tells the popover in its URL hash (see src/content/index.ts). */
export interface PopoverParams {
  claimId: string;
  sentence: string;
  /** 0..1, or null when absent or malformed. */
  score: number | null;
  confidence: MatchConfidence | null;
  conflicts: PageConflict[];
  pageUrl: string | undefined;
  /** Opened from the keyboard: focus moves into the popover. */
  keyboard: boolean;
}

const CONFIDENCES: readonly MatchConfidence[] = ['close paraphrase', 'paraphrase', 'loose match'];
/** A sentence states a handful of figures; more than this in a hash is not from our content script. */
const MAX_CONFLICTS = 20;

const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

function parseConflicts(raw: string | null): PageConflict[] {
  if (!raw) return [];
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  return data.slice(0, MAX_CONFLICTS).flatMap((c): PageConflict[] => {
    const o = c as Record<string, unknown> | null;
    if (!o || !str(o.page, 200) || !str(o.description, 1_000)) return [];
    const sources = Array.isArray(o.sources)
      ? o.sources.flatMap((s) => {
          const v = s as Record<string, unknown> | null;
          return v && str(v.value, 200) && Array.isArray(v.articles) && v.articles.every((a) => str(a, 200))
            ? [{ value: v.value, articles: v.articles as string[] }]
            : [];
        })
      : undefined;
    return [sources ? { page: o.page, description: o.description, sources } : { page: o.page, description: o.description }];
  });
}

/**
 * Reads the URL hash. The hash is written by our content script, but it travels through the
 * page's DOM (the frame's src), so every field is checked; a missing claim id is a miss (null),
 * anything else malformed falls back to "unknown" rather than failing the whole popover.
 */
export function parsePopoverParams(hash: string): PopoverParams | null {
  const p = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const claimId = p.get('claim');
  if (!claimId || claimId.length > 200) return null;
  const sentence = p.get('sentence') ?? '';
  const score = Number(p.get('score'));
  const confidence = p.get('confidence');
  const page = p.get('page');
  return {
    claimId,
    sentence: sentence.slice(0, MAX_SENTENCE_LENGTH),
    score: p.has('score') && Number.isFinite(score) && score >= 0 && score <= 1 ? score : null,
    confidence: CONFIDENCES.find((c) => c === confidence) ?? null,
    conflicts: parseConflicts(p.get('conflicts')),
    pageUrl: page && page.length <= 4_000 ? page : undefined,
    keyboard: p.get('keyboard') === '1',
  };
}
