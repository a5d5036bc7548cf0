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

/** Spans of figures and names, the words whose differences change what a sentence claims. */
function keySpans(text: string): Span[] {
  return [...extractNumbers(text), ...extractNames(text)].map((m) => [m.start, m.end] as const);
}

/**
 * Turns a per-character "changed" mask into parts, cut at the edges of figures and names so that
 * only "2,000" is emphasised in "said 2,000 soldiers". Runs without a letter or digit (a changed
 * comma, a space) are not worth a mark.
 */
function partsFromMask(text: string, mask: readonly boolean[]): WordingPart[] {
  const changed = wholeFigures(text, mask);
  const spans = keySpans(text);
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
 * jsdiff splits "500,000" into "500", ",", "000", so "500,000" against "370,000" would mark only
 * "500". A figure is one thing to a reader: when any digit of it differs, the whole is marked.
 */
function wholeFigures(text: string, mask: readonly boolean[]): boolean[] {
  const out = [...mask];
  for (const m of text.matchAll(/\d(?:[\d,.]*\d)?/g)) {
    const end = m.index + m[0].length;
    if (out.slice(m.index, end).some(Boolean)) out.fill(true, m.index, end);
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
