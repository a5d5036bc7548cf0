/**
 * Figures on the page that differ from the sources: the page says "500,000 displaced", every
 * source says "370,000". Two figures are the same quantity when they are of the same kind and
 * count the same thing (unit), and, when a source sentence gives several such figures, when the
 * words around them agree ("killed" vs "displaced").
 */

import type { ClaimSource } from '../corpus/types';
import { contentTerms, extractNumbers, type NumberMention } from '../text';
import type { ConflictSourceValue, MatchConflict } from './types';

/** Characters of context either side of a figure used to tell quantities apart. */
const CONTEXT_CHARS = 40;

/** The words after a count up to the counted noun, as `extractNumbers` finds its unit. */
const COUNTED_NOUN = /^(?:\s+of)?(?:\s+[A-Z][\p{L}'-]*){0,2}\s+[\p{Ll}][\p{Ll}'-]*/u;

/** Cheap test before the number parser: digits or a number word. */
const MAY_HAVE_FIGURES = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozens|scores)/i;

/**
 * What a count can count, as canonical terms: "910 people" in a death toll and "370,000 people"
 * displaced are both counts of people, but not the same quantity.
 */
const EVENT_TERMS: ReadonlySet<string> = new Set([
  'kill', 'displac', 'injur', 'wound', 'arrest', 'detain', 'release', 'depart', 'withdraw',
  'capture', 'evacu', 'rescu', 'miss',
]);

/** The words around a figure. */
interface Surroundings {
  context: Set<string>;
  /** The event term nearest the figure ("kill" for "the death toll at 910 people"), or null. */
  event: string | null;
}

/**
 * A figure of a sentence. What it reads around it is read on first use: a page figure usually
 * needs none of it (its sources give one comparable figure with no event word), and reading it
 * was most of the cost of `findConflicts`.
 */
class Figure {
  #surroundings: Surroundings | undefined;
  #written: string | undefined;

  constructor(
    readonly text: string,
    readonly mention: NumberMention,
  ) {}

  get context(): Set<string> {
    return (this.#surroundings ??= surroundingsOf(this.text, this.mention)).context;
  }

  get event(): string | null {
    return (this.#surroundings ??= surroundingsOf(this.text, this.mention)).event;
  }

  /** The figure without its qualifier ("370,000" for "more than 370,000"). */
  get written(): string {
    return (this.#written ??= writtenOf(this.text, this.mention));
  }
}

/** The event term nearest a figure: the first after it or the last before it, whichever is closer. */
function eventNear(before: string[], after: string[]): string | null {
  const a = after.findIndex((t) => EVENT_TERMS.has(t));
  let b = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    if (EVENT_TERMS.has(before[i]!)) {
      b = i;
      break;
    }
  }
  if (a < 0) return b < 0 ? null : before[b]!;
  if (b < 0) return after[a]!;
  return a <= before.length - 1 - b ? after[a]! : before[b]!;
}

function surroundingsOf(text: string, mention: NumberMention): Surroundings {
  const before = contentTerms(text.slice(Math.max(0, mention.start - CONTEXT_CHARS), mention.start));
  const after = contentTerms(text.slice(mention.end, mention.end + CONTEXT_CHARS));
  const event = eventNear(before, after);
  const context = new Set([...before, ...after].filter((t) => !/^\d+$/.test(t) && t !== mention.unit));
  return { context, event };
}

function writtenOf(text: string, mention: NumberMention): string {
  const bare = mention.qualifier && mention.text.toLowerCase().startsWith(mention.qualifier)
    ? mention.text.slice(mention.qualifier.length).trim()
    : mention.text;
  // "five cities", "2,000 Syrian troops": a count reads better with what it counts.
  const counted = mention.kind === 'count' && mention.unit !== null ? COUNTED_NOUN.exec(text.slice(mention.end))?.[0] ?? '' : '';
  return bare + counted;
}

/** Whether two figures can measure the same quantity at all. */
function comparable(a: NumberMention, b: NumberMention): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'count':
      return a.unit !== null && a.unit === b.unit;
    case 'duration':
      return a.unit === b.unit;
    case 'year':
    case 'date':
      return true;
  }
}

function sameValue(a: NumberMention, b: NumberMention): boolean {
  return a.kind === 'date' ? a.normalized.slice(-5) === b.normalized.slice(-5) : a.value === b.value;
}

function overlapCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n;
}

/**
 * Figures of source sentences, kept: quotes repeat across every page a reader opens. By quote,
 * and by a claim's list of sources, the figures of each of its sources, or null when none of
 * them gives a figure (most claims; a match of such a claim reads nothing more).
 */
export interface FigureCache {
  quotes: Map<string, Figure[]>;
  claims: WeakMap<readonly ClaimSource[], Figure[][] | null>;
}

export function figureCache(): FigureCache {
  return { quotes: new Map(), claims: new WeakMap() };
}

function cachedFigures(cache: FigureCache, text: string): Figure[] {
  let f = cache.quotes.get(text);
  if (!f) {
    f = extractNumbers(text).map((mention) => new Figure(text, mention));
    cache.quotes.set(text, f);
  }
  return f;
}

/** The figures of each source of a claim, or null when none gives one. */
function figuresOfSources(cache: FigureCache, sources: readonly ClaimSource[]): Figure[][] | null {
  let known = cache.claims.get(sources);
  if (known === undefined) {
    const figures = sources.map((src) => cachedFigures(cache, src.quote));
    known = figures.some((f) => f.length > 0) ? figures : null;
    cache.claims.set(sources, known);
  }
  return known;
}

/**
 * The source figure in one sentence that measures the same quantity as a page figure, or
 * undefined. Years and dates only pair when each side gives exactly one, since a sentence that
 * lists several years ("formed in 2012 ... in 2016") says nothing about which one is meant.
 */
function counterpart(page: Figure, pageMentions: readonly NumberMention[], source: Figure[]): Figure | undefined {
  // Killed and displaced are different quantities even when both count people.
  const options = source.filter(
    (s) => comparable(page.mention, s.mention) && (s.event === null || page.event === null || page.event === s.event),
  );
  if (options.length === 0) return undefined;
  const dated = page.mention.kind === 'year' || page.mention.kind === 'date';
  if (dated) {
    const pageSameKind = pageMentions.filter((m) => m.kind === page.mention.kind).length;
    return pageSameKind === 1 && options.length === 1 ? options[0] : undefined;
  }
  if (options.length === 1) return options[0];
  const ranked = options
    .map((s) => ({ s, n: overlapCount(page.context, s.context) }))
    .sort((x, y) => y.n - x.n);
  const best = ranked[0]!;
  return best.n > 0 && best.n > (ranked[1]?.n ?? -1) ? best.s : undefined;
}

/** Whether some source figure can measure the same quantity as a page figure. */
function anyComparable(mention: NumberMention, sourceFigures: readonly Figure[][]): boolean {
  for (const figures of sourceFigures) for (const f of figures) if (comparable(mention, f.mention)) return true;
  return false;
}

/**
 * Figures of the page sentence that no source of the claim gives for the same quantity, with
 * what the sources give instead. When any source agrees with the page there is no conflict:
 * the claim's own disagreements between sources are shown elsewhere.
 */
export function findConflicts(
  pageText: string,
  sources: readonly ClaimSource[],
  cache: FigureCache,
): MatchConflict[] {
  // Cheapest first: the sources' figures are cached, so most matches (sources without figures)
  // end here without reading the page; and a page figure has its context read only when some
  // source gives a figure it can be compared with, since reading it is most of the cost.
  const sourceFigures = figuresOfSources(cache, sources);
  if (sourceFigures === null || !MAY_HAVE_FIGURES.test(pageText)) return [];
  const mentions = extractNumbers(pageText);
  const out: MatchConflict[] = [];
  for (const mention of mentions) {
    if (!anyComparable(mention, sourceFigures)) continue;
    const fig = new Figure(pageText, mention);
    const values = new Map<string, ConflictSourceValue>();
    let agreed = false;
    for (const [k, src] of sources.entries()) {
      const other = counterpart(fig, mentions, sourceFigures[k]!);
      if (!other) continue;
      if (sameValue(fig.mention, other.mention)) {
        agreed = true;
        break;
      }
      const key = other.mention.normalized;
      const entry = values.get(key) ?? { value: other.written, articles: [] };
      if (!entry.articles.includes(src.article)) entry.articles.push(src.article);
      values.set(key, entry);
    }
    if (agreed || values.size === 0) continue;
    const sourceValues = [...values.values()];
    out.push({
      page: fig.written,
      sources: sourceValues,
      description: `This page says ${fig.written}; the sources say ${sourceValues.map((v) => v.value).join(' or ')}`,
    });
  }
  return out;
}
