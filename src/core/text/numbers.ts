/**
 * Numbers in news sentences, with what they count. The corpus compares quantities across
 * outlets ("hundreds" vs "2,000" soldiers, "13-year" vs "five-year-long" conflict), so a number
 * needs its kind and unit, not just its digits.
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };
/** Plural scale words used alone ("hundreds of soldiers"): approximate counts. */
const APPROXIMATE: Record<string, number> = {
  dozens: 12, scores: 20, hundreds: 100, thousands: 1000, millions: 1e6,
};

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december',
];
const MONTH_RE =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

const NUMBER_WORD = [...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES)].join('|');
/** One number: digits with thousands separators/decimals, or a run of number words. */
const NUMBER_RE = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(?:hundred|thousand|million|billion))?|(?:a\\s+)?(?:${NUMBER_WORD})(?:[\\s-]+(?:and\\s+)?(?:${NUMBER_WORD}))*`;
const DURATION_UNIT = '(?:year|month|week|day|hour|decade)s?';
const QUALIFIER_RE =
  '(?:at least|more than|less than|fewer than|up to|over|some|around|about|approximately|nearly|almost|roughly|an estimated)';

export type NumberKind = 'count' | 'duration' | 'year' | 'date';

export interface NumberMention {
  kind: NumberKind;
  /** Text as written, including a qualifier ("at least 111 civilians", "13-year", "since 2011"). */
  text: string;
  start: number;
  end: number;
  /** Numeric value (count, length in `unit`s, year); for dates, the day of the month. */
  value: number;
  /** What is counted, stemmed through the alias table ("soldier"), or the duration unit ("year"); null when not stated. */
  unit: string | null;
  /** "hundreds", "some 2,000", "around": the writer did not give an exact figure. */
  approximate: boolean;
  /** "at least", "more than", "since", "in"... as written, lowercased; null when absent. */
  qualifier: string | null;
  /** Comparison key: "2000 soldier", "13 year", "2011", "11-27". */
  normalized: string;
}

/** Parses digits ("2,000") or number words ("two thousand", "twenty-four"); NaN if neither. */
export function parseNumber(text: string): number {
  const t = text.toLowerCase().replace(/^a\s+/, 'one ').trim();
  const digits = /^(\d[\d,]*(?:\.\d+)?)(?:\s+(hundred|thousand|million|billion))?$/.exec(t);
  if (digits) {
    const base = Number(digits[1]!.replace(/,/g, ''));
    return digits[2] ? base * (SCALES[digits[2]] ?? 1) : base;
  }
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of t.split(/[\s-]+/)) {
    if (w === 'and') continue;
    if (w in UNITS) current += UNITS[w]!;
    else if (w in TENS) current += TENS[w]!;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w in SCALES) {
      total += (current || 1) * SCALES[w]!;
      current = 0;
    } else return Number.NaN;
    seen = true;
  }
  return seen ? total + current : Number.NaN;
}

const APPROX_QUALIFIERS = new Set(['some', 'around', 'about', 'approximately', 'nearly', 'almost', 'roughly', 'an estimated']);

const UNIT_STOP = new Set([
  'of', 'the', 'a', 'an', 'and', 'or', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'had', 'have',
  'has', 'were', 'was', 'are', 'is', 'who', 'which', 'that', 'more', 'than', 'from', 'into',
]);

/** Canonical unit for a counted noun; set by the terms module to avoid an import cycle. */
let unitNormalizer: (word: string) => string = (w) => w;
export function setUnitNormalizer(fn: (word: string) => string): void {
  unitNormalizer = fn;
}

const UNIT_AFTER = /^(?:\s+of)?((?:\s+[A-Z][\p{L}'-]*){0,2})\s+([\p{Ll}][\p{Ll}'-]*)/u;
/** "2,000 Palestinians": a capitalised plural noun directly after the number. */
const CAPITALISED_UNIT_AFTER = /^\s+([A-Z][\p{Ll}]+s)\b/u;
const NOT_A_UNIT = /(?:ing|ed|ly)$/;

/** The noun a count refers to: "2,000 [Syrian] troops", "hundreds of [Syrian] soldiers". */
function unitAfter(rest: string): string | null {
  const m = UNIT_AFTER.exec(rest);
  if (m && !UNIT_STOP.has(m[2]!) && !NOT_A_UNIT.test(m[2]!)) return unitNormalizer(m[2]!);
  const cap = CAPITALISED_UNIT_AFTER.exec(rest);
  return cap ? unitNormalizer(cap[1]!.toLowerCase()) : null;
}

interface Span {
  start: number;
  end: number;
}
function overlaps(spans: Span[], start: number, end: number): boolean {
  return spans.some((s) => start < s.end && s.start < end);
}

// The patterns of `extractNumbers`, compiled once and read with `exec` from `lastIndex` 0:
// `matchAll` makes a copy of its pattern on every call, six per sentence. Nothing called
// while one is read (`parseNumber`, `unitAfter`) reads figures, so a pattern is never in use twice.
const CLOCK_RE = /\b\d{1,2}:\d{2}\b/g;
const DATE_RE = new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\b|\\b(\\d{1,2})\\s+(${MONTH_RE})(?:\\s+(\\d{4}))?\\b`, 'g');
const DURATION_RE = new RegExp(`\\b(?:(${QUALIFIER_RE})\\s+)?(${NUMBER_RE})[\\s-]+(${DURATION_UNIT})(?:-long|-old)?\\b`, 'gi');
const YEAR_RE = /\b(?:(since|in|until|from|by|of)\s+)?((?:19|20)\d\d)\b(?!,\d)/gi;
const APPROX_RE = /\b(dozens|scores|hundreds|thousands|millions)\b/gi;
const HAS_MONTH = new RegExp(MONTH_RE);
const HAS_DURATION_UNIT = /year|month|week|day|hour|decade/i;
const HAS_YEAR_DIGITS = /(?:19|20)\d\d/;
const LOWERCASE_WORD_NEXT = /^\s+[\p{Ll}]/u;
const COUNT_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:(${QUALIFIER_RE})\\s+)?(${NUMBER_RE})(?![\\p{L}\\p{N}])`, 'giu');
/**
 * Whether a text can hold a figure at all: a digit, or a number or approximate word where the
 * patterns above can start one (after a non-word character for `\b`, after a non-letter for the
 * count pattern's look-behind). The two differ only after "_" or on a word spelt with "ſ" or the
 * Kelvin sign (which `iu` folds to "s" and "k"), so the slower second test is run only on a text
 * with one of those: it was half the cost of a sentence without figures.
 */
const DIGIT = /\d/;
const NUMBER_WORDS_ANY = `(?:${NUMBER_WORD}|dozens|scores|hundreds|thousands|millions)`;
const NUMBER_WORD_AT_BOUNDARY = new RegExp(`\\b${NUMBER_WORDS_ANY}`, 'i');
const NUMBER_WORD_AFTER_NON_LETTER = new RegExp(`(?<![\\p{L}\\p{N}])${NUMBER_WORDS_ANY}`, 'iu');
const ONLY_AFTER_NON_LETTER = /[_\u017f\u212a]/;

function mayHaveFigure(text: string): boolean {
  return (
    DIGIT.test(text) ||
    NUMBER_WORD_AT_BOUNDARY.test(text) ||
    (ONLY_AFTER_NON_LETTER.test(text) && NUMBER_WORD_AFTER_NON_LETTER.test(text))
  );
}

/**
 * Counts, durations, years and dates in a sentence, with their spans in `text`. Why: the corpus
 * lists the figures a claim gives and flags the same quantity given differently; the popover
 * shows them side by side. A sentence without numbers gives an empty list.
 */
export function extractNumbers(text: string): NumberMention[] {
  // Every figure below has a digit or a number word; most sentences have neither, and running the
  // five patterns on them was most of the cost (the matcher reads the figures of every match).
  if (!mayHaveFigure(text)) return [];
  const out: NumberMention[] = [];
  const taken: Span[] = [];
  const push = (m: NumberMention) => {
    if (overlaps(taken, m.start, m.end)) return;
    taken.push({ start: m.start, end: m.end });
    out.push(m);
  };

  // Clock times ("12:23") are neither counts nor years.
  CLOCK_RE.lastIndex = text.includes(':') ? 0 : text.length + 1;
  for (let m; (m = CLOCK_RE.exec(text)) !== null; ) taken.push({ start: m.index, end: m.index + m[0].length });

  // Dates: "November 27", "Dec 8, 2024", "27 November". Each pattern below is run only on a text
  // that has what it cannot match without (a month, a unit of time, a year's digits): scanning
  // a sentence for them was most of the cost, and most sentences have none.
  DATE_RE.lastIndex = HAS_MONTH.test(text) ? 0 : text.length + 1;
  for (let m; (m = DATE_RE.exec(text)) !== null; ) {
    const monthText = (m[1] ?? m[5] ?? '').toLowerCase().replace('.', '');
    const month = MONTHS.findIndex((n) => n.startsWith(monthText.slice(0, 3))) + 1;
    const day = Number(m[2] ?? m[4]);
    if (month === 0 || day < 1 || day > 31) continue;
    const year = m[3] ?? m[6];
    const norm = `${year ? `${year}-` : ''}${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    push({
      kind: 'date', text: m[0], start: m.index, end: m.index + m[0].length, value: day,
      unit: null, approximate: false, qualifier: null, normalized: norm,
    });
  }

  // Durations: "13-year rebellion", "five-year-long conflict", "over five decades", "24 hours".
  DURATION_RE.lastIndex = HAS_DURATION_UNIT.test(text) ? 0 : text.length + 1;
  for (let m; (m = DURATION_RE.exec(text)) !== null; ) {
    const value = parseNumber(m[2]!);
    if (Number.isNaN(value)) continue;
    const unit = m[3]!.toLowerCase().replace(/s$/, '');
    const qualifier = m[1]?.toLowerCase() ?? null;
    push({
      kind: 'duration', text: m[0], start: m.index, end: m.index + m[0].length, value, unit,
      approximate: qualifier !== null && APPROX_QUALIFIERS.has(qualifier), qualifier,
      normalized: `${value} ${unit}`,
    });
  }

  // Years: "since 2011", "in 2018", "2000".
  YEAR_RE.lastIndex = HAS_YEAR_DIGITS.test(text) ? 0 : text.length + 1;
  for (let m; (m = YEAR_RE.exec(text)) !== null; ) {
    const after = text.slice(m.index + m[0].length);
    // "2000 troops" is a count, not a year.
    if (LOWERCASE_WORD_NEXT.test(after) && !m[1] && unitAfter(after) !== null) continue;
    const qualifier = m[1]?.toLowerCase() ?? null;
    push({
      kind: 'year', text: m[0], start: m.index, end: m.index + m[0].length, value: Number(m[2]),
      unit: null, approximate: false, qualifier, normalized: m[2]!,
    });
  }

  // Approximate counts: "hundreds of Syrian soldiers", "thousands of detainees".
  APPROX_RE.lastIndex = 0;
  for (let m; (m = APPROX_RE.exec(text)) !== null; ) {
    const value = APPROXIMATE[m[1]!.toLowerCase()] ?? 0;
    const unit = unitAfter(text.slice(m.index + m[0].length));
    push({
      kind: 'count', text: m[0], start: m.index, end: m.index + m[0].length, value, unit,
      approximate: true, qualifier: null, normalized: `${m[1]!.toLowerCase()}${unit ? ` ${unit}` : ''}`,
    });
  }

  // Counts: "at least 111 civilians", "some 2,000 fighters", "370,000 people", "four cities".
  COUNT_RE.lastIndex = 0;
  for (let m; (m = COUNT_RE.exec(text)) !== null; ) {
    const value = parseNumber(m[2]!);
    if (Number.isNaN(value)) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    const unit = unitAfter(text.slice(end));
    // A bare number word with no counted noun ("one of the", "no one") is not a figure.
    if (unit === null && !DIGIT.test(m[2]!)) continue;
    const qualifier = m[1]?.toLowerCase() ?? null;
    push({
      kind: 'count', text: m[0], start, end, value, unit,
      approximate: qualifier !== null && APPROX_QUALIFIERS.has(qualifier), qualifier,
      normalized: `${value}${unit ? ` ${unit}` : ''}`,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
