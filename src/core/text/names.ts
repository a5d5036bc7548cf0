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

const UPPER_START = /^\p{Lu}/u;
const ARTICLE_UPPER_START = /^(?:al|el)-\p{Lu}/u;

/**
 * Whether a word starts with a capital, or is "al-"/"el-" and a capital. ASCII is decided by its
 * code: the Unicode regexes were the costliest step of `extractNames` (run on every word).
 */
function isCapitalised(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 128) return UPPER_START.test(t);
  if ((c === 97 || c === 101) && t.charCodeAt(1) === 108 && t.charCodeAt(2) === 45) {
    const d = t.charCodeAt(3);
    return d >= 65 && d <= 90 ? true : d >= 128 && ARTICLE_UPPER_START.test(t);
  }
  return false;
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

/** Character classes of a word, by code point: a letter or digit, a first letter of a long word, a mark inside one. */
const LETTER_OR_DIGIT = 1;
const LONG_WORD_START = 2;
const INSIDE_WORD = 4;
const ASCII_CLASS = new Uint8Array(128).map((_, c) => {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9]/.test(ch)) return LETTER_OR_DIGIT | LONG_WORD_START | INSIDE_WORD;
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
    wideClass.set(cp, c);
  }
  return c;
}

/**
 * The words of a text as `/[\p{Lu}\p{Ll}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu` finds them
 * (a letter or digit; or from an upper- or lowercase letter or a digit, letters, digits and inner
 * ' ’ . - up to the last letter or digit), without a possessive "'s", read in one pass over the
 * characters: that regex and a replace per word were a third of the cost of `extractNames`. A
 * unit test compares the two on the articles and on odd Unicode.
 */
export function nameTokens(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const cls = classOf(cp);
    if (!(cls & LETTER_OR_DIGIT)) {
      i += width;
      continue;
    }
    const start = i;
    let end = i + width;
    if (cls & LONG_WORD_START) {
      let j = end;
      while (j < n) {
        const next = text.codePointAt(j)!;
        const c = classOf(next);
        if (!(c & INSIDE_WORD)) break;
        j += next > 0xffff ? 2 : 1;
        if (c & LETTER_OR_DIGIT) end = j;
      }
    }
    i = end;
    // A possessive is not part of the name: "Assad's" is "Assad".
    let wordEnd = end;
    if (end - start >= 3 && text.charCodeAt(end - 1) === 115) {
      const q = text.charCodeAt(end - 2);
      if (q === 39 || q === 0x2019) wordEnd = end - 2;
    }
    out.push({ text: text.slice(start, wordEnd), start, end: wordEnd });
  }
  return out;
}

const SPACE = /\s/;

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
  while (j > 0 && SPACE.test(text[j - 1]!)) {
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
  const toks = nameTokens(text);
  const midCapitalised = new Set(
    toks.filter((t) => isCapitalised(t.text) && !sentenceInitial(text, t.start)).map((t) => t.text),
  );
  const out: NameMention[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (!isCapitalised(t.text)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < toks.length) {
      const n = toks[j]!;
      // Names do not cross line breaks or punctuation: a space, a hyphen or nothing.
      if (!joinsName(text, toks[j - 1]!.end, n.start)) break;
      if (isCapitalised(n.text)) j++;
      else if (CONNECTORS.has(n.text.toLowerCase()) && toks[j + 1] && isCapitalised(toks[j + 1]!.text) && text.slice(n.end, toks[j + 1]!.start).length <= 1) j += 2;
      else break;
    }
    let run = toks.slice(i, j);
    // Drop leading function or opener words ("The United Nations", "In Damascus").
    while (run.length > 0) {
      const lower = run[0]!.text.toLowerCase();
      const initial = sentenceInitial(text, run[0]!.start);
      if (STOP_WORDS.has(lower) || CALENDAR.has(lower) || (initial && COMMON_OPENERS.has(lower) && run.length > 1)) run = run.slice(1);
      else break;
    }
    while (run.length > 0 && CALENDAR.has(run[run.length - 1]!.text.toLowerCase())) run = run.slice(0, -1);
    if (run.length === 1) {
      const only = run[0]!;
      const lower = only.text.toLowerCase();
      const known = isKnownName(lower) || /^\p{Lu}{2,}$/u.test(only.text);
      const commonShape = COMMON_OPENERS.has(lower) || STOP_WORDS.has(lower) || COMMON_SUFFIX.test(lower);
      if (sentenceInitial(text, only.start) && !known && !midCapitalised.has(only.text) && commonShape) run = [];
      else if (COMMON_OPENERS.has(lower) && !known && !midCapitalised.has(only.text)) run = [];
    }
    if (run.length > 0) {
      const first = run[0]!;
      const last = run[run.length - 1]!;
      const written = text.slice(first.start, last.end);
      const key = nameKey(written);
      if (key !== '') out.push({ text: written, start: first.start, end: last.end, key });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}
