/**
 * Named entities of a sentence: capitalised runs ("Syrian Observatory for Human Rights",
 * "Bashar al-Assad"), each with a comparison key from the alias table so that "Bashar al-Assad",
 * "Bashar Assad" and "Assad" compare equal, and "Sednaya" equals "Saydnaya".
 */

import { CANONICAL_TERMS, replaceAcronyms, replacePhrases } from './aliases';
import { canonicalWord } from './terms';
import { normalizeText } from './normalize';
import { STOP_WORDS } from './stopwords';

export interface NameMention {
  /** As written in the text. */
  text: string;
  start: number;
  end: number;
  /** Comparison key: lowercased, aliased ("assad", "sednaya prison", "rami abdurrahman"). */
  key: string;
}

/** Lowercase connectors allowed inside a name: "Observatory for Human Rights", "Bashar al-Assad". */
const CONNECTORS = new Set(['al', 'el', 'bin', 'ibn', 'de', 'for', 'of', 'al-', 'el-']);

/** Months and weekdays are dates, not names; the numbers module handles dates. */
const CALENDAR = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec',
]);

/** Capitalised words that open news sentences without naming anything. */
const COMMON_OPENERS = new Set([
  'early', 'heavy', 'residents', 'reports', 'government', 'earlier', 'videos', 'footage',
  'analysts', 'diplomats', 'tensions', 'despite', 'meanwhile', 'hours', 'news', 'global',
  'international', 'global', 'rebels', 'rebel', 'forces', 'soon', 'over', 'amid', 'following',
  'while', 'additionally', 'source', 'credit', 'read', 'share', 'post', 'president', 'minister',
  'syrian', 'islamist', 'interior', 'defense', 'defence',
]);

/**
 * Endings of ordinary English words ("Residents", "Heavy", "Earlier", "Following"); a
 * sentence-initial word with one of them is taken for a common word unless the text capitalises
 * it mid-sentence too. Proper names in the five articles that end so (Homs, Daraa...) also occur
 * mid-sentence or are in the alias table.
 */
const COMMON_SUFFIX = /(?:s|ly|ed|ing|y|er|al|ive|ous|ent|ence|ance|ion|ic|ful|less|ness|ment|able)$/;


export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Keys by name as written: the same names recur on every page and in every source quote. */
const keyMemo = new Map<string, string>();
/** Names kept in the memo before it is cleared, so a long session cannot grow it without bound. */
const KEY_MEMO_LIMIT = 20_000;

/** The comparison key of a name as written. */
export function nameKey(name: string): string {
  const known = keyMemo.get(name);
  if (known !== undefined) return known;
  const key = computeNameKey(name);
  if (keyMemo.size >= KEY_MEMO_LIMIT) keyMemo.clear();
  keyMemo.set(name, key);
  return key;
}

function computeNameKey(name: string): string {
  let s = replaceAcronyms(normalizeText(name)).toLowerCase();
  s = s.replace(/'s$/, '').replace(/'/g, '');
  s = replacePhrases(s);
  const words = (s.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w !== 'al' && w !== 'el' && w !== 'the');
  const keyed = words
    .map((w) => {
      const c = canonicalWord(w);
      return CANONICAL_TERMS.has(c) ? c : w;
    })
    .filter((w, i, all) => i === 0 || all[i - 1] !== w);
  // "Syrian President Bashar al-Assad" and "Assad" are one person: drop a title and what precedes it.
  let lastTitle = -1;
  keyed.forEach((w, i) => {
    if (TITLE_WORDS.has(w)) lastTitle = i;
  });
  const named = lastTitle >= 0 && lastTitle < keyed.length - 1 ? keyed.slice(lastTitle + 1) : keyed;
  return named.join(' ');
}

/** Titles and offices that precede a person's name. */
const TITLE_WORDS = new Set([
  'president', 'elect', 'prime', 'minister', 'secretary', 'general', 'leader', 'king', 'queen',
  'envoy', 'spokesman', 'spokeswoman', 'head', 'chief', 'dr', 'mr', 'mrs', 'ms', 'gen', 'sheikh',
]);

/**
 * Character classes of a word, by code point: a letter or digit, a first letter of a long word, a
 * mark inside one, a capital.
 */
const LETTER_OR_DIGIT = 1;
const LONG_WORD_START = 2;
const INSIDE_WORD = 4;
const UPPER = 8;
/** A character of two UTF-16 units. */
const WIDE = 16;
const ASCII_CLASS = new Uint8Array(128).map((_, c) => {
  const ch = String.fromCharCode(c);
  if (/[A-Z]/.test(ch)) return LETTER_OR_DIGIT | LONG_WORD_START | INSIDE_WORD | UPPER;
  if (/[a-z0-9]/.test(ch)) return LETTER_OR_DIGIT | LONG_WORD_START | INSIDE_WORD;
  return ch === "'" || ch === '.' || ch === '-' ? INSIDE_WORD : 0;
});
const wideClass = new Map<number, number>();

function classOf(cp: number): number {
  if (cp < 128) return ASCII_CLASS[cp]!;
  let c = wideClass.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = /^[\p{L}\p{N}]$/u.test(ch) ? LETTER_OR_DIGIT | INSIDE_WORD : cp === 0x2019 ? INSIDE_WORD : 0;
    if (/^[\p{Lu}\p{Ll}\p{N}]$/u.test(ch)) c |= LONG_WORD_START;
    if (/^\p{Lu}$/u.test(ch)) c |= UPPER;
    if (cp > 0xffff) c |= WIDE;
    wideClass.set(cp, c);
  }
  return c;
}

/** The class of the character at `i`; ASCII by its code unit, the rest by code point. */
function classAt(text: string, i: number): number {
  const u = text.charCodeAt(i);
  return u < 128 ? ASCII_CLASS[u]! : classOf(text.codePointAt(i)!);
}

/**
 * Whether the word at `start..end` starts with a capital, or is "al-"/"el-" and a capital;
 * `first` is the class of its first character.
 */
function capitalisedAt(text: string, start: number, end: number, first: number): boolean {
  if (first & UPPER) return true;
  const c = text.charCodeAt(start);
  return (
    (c === 97 || c === 101) &&
    end - start > 3 &&
    text.charCodeAt(start + 1) === 108 &&
    text.charCodeAt(start + 2) === 45 &&
    (classAt(text, start + 3) & UPPER) !== 0
  );
}

/**
 * The words of the text last read by `scanWords`, as spans and whether each is capitalised.
 * Arrays reused from call to call rather than an object and a string per word: most words are
 * lowercase and need nothing but their first letter read. Nothing `extractNames` calls reads
 * names, so the arrays are never in use twice.
 */
let wordStart = new Int32Array(64);
let wordEnd = new Int32Array(64);
let wordCapitalised = new Uint8Array(64);

function growWords(): void {
  const size = wordStart.length * 2;
  const start = new Int32Array(size);
  const end = new Int32Array(size);
  const capitalised = new Uint8Array(size);
  start.set(wordStart);
  end.set(wordEnd);
  capitalised.set(wordCapitalised);
  wordStart = start;
  wordEnd = end;
  wordCapitalised = capitalised;
}

/**
 * The words of a text as `/[\p{Lu}\p{Ll}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu` finds them
 * (a letter or digit; or from an upper- or lowercase letter or a digit, letters, digits and inner
 * ' ’ . - up to the last letter or digit), without a possessive "'s", read in one pass over the
 * characters: that regex and a replace per word were a third of the cost of `extractNames`. A
 * unit test compares the two on the articles and on odd Unicode.
 */
export function nameTokens(text: string): Token[] {
  const count = scanWords(text);
  const out: Token[] = [];
  for (let k = 0; k < count; k++) out.push({ text: text.slice(wordStart[k]!, wordEnd[k]!), start: wordStart[k]!, end: wordEnd[k]! });
  return out;
}

/** Reads the words of a text into `wordStart`, `wordEnd` and `wordCapitalised`; returns how many. */
function scanWords(text: string): number {
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cls = classAt(text, i);
    const width = cls & WIDE ? 2 : 1;
    if (!(cls & LETTER_OR_DIGIT)) {
      i += width;
      continue;
    }
    const start = i;
    let end = i + width;
    if (cls & LONG_WORD_START) {
      let j = end;
      while (j < n) {
        const c = classAt(text, j);
        if (!(c & INSIDE_WORD)) break;
        j += c & WIDE ? 2 : 1;
        if (c & LETTER_OR_DIGIT) end = j;
      }
    }
    i = end;
    // A possessive is not part of the name: "Assad's" is "Assad".
    let last = end;
    if (end - start >= 3 && text.charCodeAt(end - 1) === 115) {
      const q = text.charCodeAt(end - 2);
      if (q === 39 || q === 0x2019) last = end - 2;
    }
    if (count === wordStart.length) growWords();
    wordStart[count] = start;
    wordEnd[count] = last;
    wordCapitalised[count] = capitalisedAt(text, start, last, cls) ? 1 : 0;
    count++;
  }
  return count;
}

/** Whether a UTF-16 unit is one `/\s/` matches; a test of the code rather than a regex per character. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Whether the text between two words lets a name run on: nothing, a space, a no-break space or a hyphen. */
function joinsName(text: string, from: number, to: number): boolean {
  if (to === from) return true;
  if (to - from > 1) return false;
  const c = text.charCodeAt(from);
  return c === 32 || c === 0xa0 || c === 45;
}

/** Whether a lowercased word's canonical term is in the alias table, memoised (it stems the word). */
const knownMemo = new Map<string, boolean>();

function isKnownName(lower: string): boolean {
  let known = knownMemo.get(lower);
  if (known === undefined) {
    known = CANONICAL_TERMS.has(canonicalWord(lower));
    if (knownMemo.size >= KEY_MEMO_LIMIT) knownMemo.clear();
    knownMemo.set(lower, known);
  }
  return known;
}

/**
 * True when `start` opens a sentence: text start or after ". ", quotes, or a line break; that
 * is, when the text before it matches `(?:^|[.!?]["”’)]?\s+|\n\s*)["“(]?$`. Read backwards from
 * `start` rather than by running that regex on the whole prefix, which made `extractNames`
 * quadratic in the length of the text.
 */
function sentenceInitial(text: string, start: number): boolean {
  let i = start;
  const opener = text[i - 1];
  if (i > 0 && (opener === '"' || opener === '“' || opener === '(')) i--;
  if (i === 0) return true;
  let j = i;
  let newline = false;
  while (j > 0 && isSpace(text.charCodeAt(j - 1))) {
    if (text[j - 1] === '\n') newline = true;
    j--;
  }
  if (newline) return true;
  if (j === i || j === 0) return false;
  let k = j - 1;
  const closer = text[k];
  if (k > 0 && (closer === '"' || closer === '”' || closer === '’' || closer === ')')) k--;
  const end = text[k];
  return end === '.' || end === '!' || end === '?';
}

/**
 * Named entities of a text with their spans. Why: the corpus records which people, places and
 * organisations a claim names, and compares spellings across outlets. A sentence-initial single
 * word is kept only when it is known to the alias table, an acronym, or capitalised elsewhere in
 * the same text mid-sentence ("Hezbollah forces..." yes, "Heavy gunfire..." no).
 */
export function extractNames(text: string): NameMention[] {
  const count = scanWords(text);
  const out: NameMention[] = [];
  let i = 0;
  while (i < count) {
    if (!wordCapitalised[i]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < count) {
      // Names do not cross line breaks or punctuation: a space, a hyphen or nothing.
      if (!joinsName(text, wordEnd[j - 1]!, wordStart[j]!)) break;
      if (wordCapitalised[j]) j++;
      else if (j + 1 < count && wordCapitalised[j + 1] && wordStart[j + 1]! - wordEnd[j]! <= 1 && CONNECTORS.has(lowerWord(text, j))) j += 2;
      else break;
    }
    // The run is words first..last - 1.
    let first = i;
    let last = j;
    // Drop leading function or opener words ("The United Nations", "In Damascus").
    let lower = '';
    while (first < last) {
      lower = lowerWord(text, first);
      if (STOP_WORDS.has(lower) || CALENDAR.has(lower) || (last - first > 1 && COMMON_OPENERS.has(lower) && sentenceInitial(text, wordStart[first]!))) first++;
      else break;
    }
    // The first word is no month (checked above), so a trailing date stops before it.
    while (last - 1 > first && CALENDAR.has(lowerWord(text, last - 1))) last--;
    if (last - first === 1 && dropsSingleWord(text, first, lower, count)) first = last;
    if (first < last) {
      const start = wordStart[first]!;
      const end = wordEnd[last - 1]!;
      const written = text.slice(start, end);
      const key = nameKey(written);
      if (key !== '') out.push({ text: written, start, end, key });
    }
    i = j;
  }
  return out;
}

function lowerWord(text: string, k: number): string {
  return text.slice(wordStart[k]!, wordEnd[k]!).toLowerCase();
}

const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

/**
 * Whether a name of one word (word `k` of `count`, `lower` lowercased) is a common word instead: one with a common
 * shape that opens a sentence, or a common opener anywhere, unless the alias table knows it, it
 * is an acronym, or the text capitalises it mid-sentence too ("Hezbollah forces..." yes, "Heavy
 * gunfire..." no). Read only for single words, the rarer case, so nothing is computed for the
 * other words of the text.
 */
function dropsSingleWord(text: string, k: number, lower: string, count: number): boolean {
  const start = wordStart[k]!;
  const written = text.slice(start, wordEnd[k]!);
  const opener = COMMON_OPENERS.has(lower);
  // Stop words never get here: a run's leading stop words are dropped above.
  if (!opener && !COMMON_SUFFIX.test(lower)) return false;
  if (!opener && !sentenceInitial(text, start)) return false;
  if (isKnownName(lower) || ALL_CAPITALS.test(written)) return false;
  return !capitalisedMidSentence(text, written, count);
}

/** Whether some word of the text is `written`, capitalised, and not at a sentence start. */
function capitalisedMidSentence(text: string, written: string, count: number): boolean {
  for (let k = 0; k < count; k++) {
    const start = wordStart[k]!;
    if (
      wordCapitalised[k] &&
      wordEnd[k]! - start === written.length &&
      text.startsWith(written, start) &&
      !sentenceInitial(text, start)
    ) {
      return true;
    }
  }
  return false;
}
