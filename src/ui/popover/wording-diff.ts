import { diffWords } from 'diff';
import { extractNames, extractNumbers } from '../../core/text';

/** A run of one sentence's text: shared with the other side or only in this one. */
export interface WordingPart {
  text: string;
  /** Only in this sentence: the other side words it differently or not at all. */
  changed: boolean;
  /** A changed figure or name: the differences that change what a sentence claims. */
  key: boolean;
}

export interface WordingComparison {
  /** The page sentence; `changed` marks words that no source shares. */
  page: WordingPart[];
  /** Each source quote, in the order given; `changed` marks words the page does not share. */
  sources: WordingPart[][];
}

type Span = readonly [start: number, end: number];

/** Number words as a reader scans for them ("hundreds", "five-year-long"). */
const NUMBER_WORDS =
  /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|scores)\b(?:-\w+)*/gi;
const DIGITS = /\d(?:[\d,.]*\d)?/g;

/**
 * Spans of figures: digits and number words. Only the figure itself, not its qualifier or unit:
 * in "some 500,000 people" against "more than 370,000 people" the figure is what must be seen.
 */
function figureSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(DIGITS)) spans.push([m.index, m.index + m[0].length]);
  for (const mention of extractNumbers(text)) {
    for (const w of mention.text.matchAll(NUMBER_WORDS)) {
      const start = mention.start + w.index;
      spans.push([start, start + w[0].length]);
    }
  }
  return spans;
}

/**
 * Turns a per-character "changed" mask into parts, cut at the edges of figures and names so that
 * only "2,000" is emphasised in "said 2,000 soldiers". Runs without a letter or digit (a changed
 * comma, a space) are not worth a mark.
 */
function partsFromMask(text: string, mask: readonly boolean[]): WordingPart[] {
  const figures = figureSpans(text);
  const changed = settleMask(text, mask, figures);
  const spans = [...figures, ...extractNames(text).map((m) => [m.start, m.end] as const)];
  const inKey = new Array<boolean>(text.length).fill(false);
  for (const [s, e] of spans) for (let i = s; i < e; i++) inKey[i] = true;
  const parts: WordingPart[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && changed[i] === changed[start] && inKey[i] === inKey[start]) continue;
    const piece = text.slice(start, i);
    const isChanged = changed[start] === true && /[\p{L}\p{N}]/u.test(piece);
    const part = { text: piece, changed: isChanged, key: isChanged && inKey[start] === true };
    const last = parts.at(-1);
    if (last && !last.changed && !part.changed) last.text += piece;
    else parts.push(part);
    start = i;
  }
  return parts;
}

/**
 * jsdiff splits "500,000" into "500", ",", "000" and "five-year-long" at its hyphens, so against
 * "370,000" or "13-year" only part of the figure would be marked. A figure is one thing to a
 * reader: when any of it differs, all of it is marked. Spaces at the edges of a changed run are
 * left unmarked, so a mark covers words, not the gaps beside them.
 */
function settleMask(text: string, mask: readonly boolean[], figures: readonly Span[]): boolean[] {
  const out = [...mask];
  for (const [s, e] of figures) if (out.slice(s, e).some(Boolean)) out.fill(true, s, e);
  for (let i = 0; i < text.length; i++) {
    if (!out[i] || !/\s/.test(text[i]!)) continue;
    let j = i;
    while (j < text.length && /\s/.test(text[j]!)) j++;
    const inside = i > 0 && out[i - 1] && j < text.length && out[j];
    if (!inside) out.fill(false, i, j);
    i = j - 1;
  }
  return out;
}

/**
 * Word-level differences between the page's sentence and each source's. The page sentence is
 * shown once, so its marks are the words no source shares; each quote is marked against the page.
 * jsdiff's runs join back into the exact input strings (checked in tests), which is what lets the
 * per-source masks over the page sentence line up character by character.
 */
export function compareWording(pageSentence: string, quotes: readonly string[]): WordingComparison {
  const pageOnly = new Array<boolean>(pageSentence.length).fill(quotes.length > 0);
  const sources = quotes.map((quote) => {
    const changes = diffWords(pageSentence, quote);
    const aligned = alignMask(changes.filter((c) => !c.added), pageSentence.length);
    for (let i = 0; i < pageOnly.length; i++) pageOnly[i] = pageOnly[i]! && aligned[i] === true;
    return partsFromMask(quote, alignMask(changes.filter((c) => !c.removed), quote.length, 'added'));
  });
  return { page: partsFromMask(pageSentence, pageOnly), sources };
}

/** A changed/unchanged flag per UTF-16 unit of one side, from that side's runs. */
function alignMask(
  runs: ReadonlyArray<{ value: string; added: boolean; removed: boolean }>,
  length: number,
  flag: 'added' | 'removed' = 'removed',
): boolean[] {
  const mask: boolean[] = [];
  for (const run of runs) for (let i = 0; i < run.value.length; i++) mask.push(run[flag]);
  // A side whose runs do not add up to its text would misplace every mark: show none instead.
  return mask.length === length ? mask : new Array<boolean>(length).fill(false);
}
