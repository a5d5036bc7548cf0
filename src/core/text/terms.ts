/**
 * Content terms: the words of a sentence that carry its fact, in one canonical form, so that two
 * outlets' wordings of the same fact share terms. Used by the corpus builder to cluster sentences
 * into claims and by the matcher to find claims in a page.
 */

import { aliasOf, phraseIn, phrasesStartingWith, replaceAcronyms, type PhraseList } from './aliases';
import { normalizeText } from './normalize';
import { parseNumber, setUnitNormalizer } from './numbers';
import { stem } from './stem';
import { STOP_WORDS } from './stopwords';

/** One lowercase word to its canonical term: alias table first (word, then stem), then stem. */
export function canonicalWord(word: string): string {
  const direct = aliasOf(word);
  if (direct) return direct;
  const s = stem(word);
  return aliasOf(s) ?? s;
}

setUnitNormalizer(canonicalWord);

const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
  'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred',
  'thousand', 'million', 'billion',
]);

/** Whether a token is ASCII digits only (as `/^\d+$/` tests, without the regex). */
function isDigits(t: string): boolean {
  if (t.length === 0) return false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const SCALE_WORDS = new Set(['hundred', 'thousand', 'million', 'billion']);

const THOUSANDS_COMMA = /(\d),(\d{3})(?!\d)/g;
const DIGIT_COMMA_DIGIT = /\d,\d/;
const POSSESSIVE = /'s\b/g;
const APOSTROPHE = /'/g;

/** ASCII letters and digits; other code points are classified once by `\p{L}` / `\p{N}`. */
const ASCII_WORD_CHAR = new Uint8Array(128).map((_, c) => (/[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0));
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const wideWordChar = new Map<number, boolean>();

/** Code units of the letter or digit at `i` (1, or 2 for an astral one), or 0. */
function wordCharWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return ASCII_WORD_CHAR[c]!;
  const cp = s.codePointAt(i)!;
  let word = wideWordChar.get(cp);
  if (word === undefined) {
    word = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
    wideWordChar.set(cp, word);
  }
  return word ? (cp > 0xffff ? 2 : 1) : 0;
}

/** Digits without a leading zero, short enough that `String(Number(t)) === t`. */
function isPlainInteger(t: string): boolean {
  return t.length <= 15 && (t.length === 1 || t.charCodeAt(0) !== 48);
}

/** What folding numbers needs to know of a token (see `Folder`). */
const PLAIN = 0;
const DIGITS = 1;
const NUMBER_WORD = 2;
const SCALE_WORD = 4;
const AND = 8;

/**
 * What a token contributes, memoised: its term (null for a stop word or a single letter), its
 * kind for number folding, and the alias phrases that start with it. A page of 3,000 sentences
 * has a few thousand distinct words, and stemming each occurrence was most of the cost of
 * `contentTerms`; one lookup now serves the tokenizer, the folder and the stemmer.
 */
interface TokenInfo {
  /** The token lowercased: what number folding reads. */
  word: string;
  term: string | null;
  kind: number;
  phrases: PhraseList | undefined;
}

const tokenMemo = new Map<string, TokenInfo>();
/** Tokens kept in the memo before it is cleared, so a long session cannot grow it without bound. */
const TOKEN_MEMO_LIMIT = 50_000;

function infoOf(t: string): TokenInfo {
  const known = tokenMemo.get(t);
  if (known !== undefined) return known;
  let term: string | null;
  if (STOP_WORDS.has(t)) term = null;
  else if (isDigits(t)) term = t;
  else if (t.length < 2) term = null;
  else {
    const c = canonicalWord(t);
    term = STOP_WORDS.has(c) ? null : c;
  }
  const kind =
    (isDigits(t) ? DIGITS : 0) | (NUMBER_WORDS.has(t) ? NUMBER_WORD : 0) | (SCALE_WORDS.has(t) ? SCALE_WORD : 0) | (t === 'and' ? AND : 0);
  const info: TokenInfo = { word: t, term, kind, phrases: phrasesStartingWith(t) };
  if (tokenMemo.size >= TOKEN_MEMO_LIMIT) tokenMemo.clear();
  tokenMemo.set(t, info);
  return info;
}

/**
 * `infoOf` for a token as written ("Assad", "assad"): the memo also keys tokens by their written
 * case, so the plain path never lowercases a sentence. Only tokens whose lowercase is one letter
 * for one (ASCII and the Latin letters of `LATIN_CLASS`) come here.
 */
function infoOfWritten(t: string): TokenInfo {
  const known = tokenMemo.get(t);
  if (known !== undefined) return known;
  const info = infoOf(t.toLowerCase());
  if (tokenMemo.size >= TOKEN_MEMO_LIMIT) tokenMemo.clear();
  tokenMemo.set(t, info);
  return info;
}

/**
 * Folds runs of number words ("two thousand") and digits ("2,000") into digit strings as tokens
 * go by, and hands every resulting token's term to `out`.
 */
class Folder {
  out: string[] = [];
  #run: string[] = [];
  #runIsDigits = false;

  take(t: string, info: TokenInfo): void {
    const { kind } = info;
    if (kind === PLAIN) {
      // The common case: no number in sight.
      if (this.#run.length > 0) this.#flush();
      if (info.term !== null) this.out.push(info.term);
      return;
    }
    const run = this.#run;
    if (kind & DIGITS) {
      this.#flush();
      run.push(t);
      this.#runIsDigits = true;
    } else if (run.length > 0 && kind & SCALE_WORD) {
      run.push(t);
    } else if (kind & NUMBER_WORD) {
      if (this.#runIsDigits) this.#flush();
      run.push(t);
    } else if (kind & AND && run.length > 0 && !this.#runIsDigits) {
      return;
    } else {
      this.#flush();
      if (info.term !== null) this.out.push(info.term);
    }
  }

  #flush(): void {
    const run = this.#run;
    if (run.length === 0) return;
    // A figure alone ("2000", "370000") parses to itself: no need to run the parser on it.
    if (run.length === 1 && this.#runIsDigits && isPlainInteger(run[0]!)) {
      const term = infoOf(run[0]!).term;
      if (term !== null) this.out.push(term);
      run.length = 0;
      this.#runIsDigits = false;
      return;
    }
    const v = parseNumber(run.join(' '));
    if (Number.isNaN(v)) {
      for (const w of run) {
        const term = infoOf(w).term;
        if (term !== null) this.out.push(term);
      }
    } else {
      const term = infoOf(String(v)).term;
      if (term !== null) this.out.push(term);
    }
    run.length = 0;
    this.#runIsDigits = false;
  }

  finish(): string[] {
    this.#flush();
    return this.out;
  }
}

/**
 * Canonical content terms of a text, in order, duplicates kept (callers count them): NFKC and
 * quote normalisation, acronyms ("U.S." -> "usa"), multi-word aliases ("Hayat Tahrir al-Sham" ->
 * "hts", "opposition fighters" -> "rebel"), number words to digits ("two thousand" -> "2000",
 * "2,000" -> "2000"), stop words dropped, Porter stems, single-word aliases ("fled", "left",
 * "departed" -> "depart"). Why: paraphrases across outlets must meet on the same terms.
 *
 * Most sentences are read in one pass over the text as written (`plainTerms`); the others are
 * normalised, lowercased and then read (`generalTerms`). Both give the same terms.
 */
export function contentTerms(text: string): string[] {
  return plainTerms(text) ?? generalTerms(text);
}

/**
 * The general path: normalised, lowercased text, then one pass over it: maximal runs of letters
 * and digits, with multi-word aliases folded into their canonical term, exactly as
 * `replacePhrases` then a split on `[\p{L}\p{N}]+` would give them (the regex was half the
 * cost), each token folded and stemmed as it is read. Exported so a test can hold the plain path
 * to it.
 */
export function generalTerms(text: string): string[] {
  let s = normalizeText(text);
  s = replaceAcronyms(s);
  s = s.toLowerCase();
  if (DIGIT_COMMA_DIGIT.test(s)) s = s.replace(THOUSANDS_COMMA, '$1$2').replace(THOUSANDS_COMMA, '$1$2');
  if (s.includes("'")) s = s.replace(POSSESSIVE, '').replace(APOSTROPHE, '');
  const folder = new Folder();
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    let w = c < 128 ? ASCII_WORD_CHAR[c]! : wordCharWidth(s, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    do {
      i += w;
      if (i >= n) break;
      const d = s.charCodeAt(i);
      w = d < 128 ? ASCII_WORD_CHAR[d]! : wordCharWidth(s, i);
    } while (w > 0);
    const word = s.slice(start, i);
    const info = infoOf(word);
    const phrase = info.phrases && phraseIn(info.phrases, s, start);
    if (phrase) {
      folder.take(phrase.canonical, infoOf(phrase.canonical));
      i = phrase.end;
    } else folder.take(word, info);
  }
  return folder.finish();
}

/**
 * What the plain path reads each character as. It covers the text most pages have: printable
 * ASCII, line breaks and tabs, curly quotes, en and em dashes, accented Latin letters. Anything
 * else (other Unicode, control characters, an acronym, a figure with a thousands comma) is
 * `GIVE_UP`, and the sentence takes the general path.
 */
const OTHER = 0; // not part of a word, kept in the normalised text: punctuation, "_", dashes
const LOWER = 1; // lowercase ASCII letter or digit
const UPPER = 2; // uppercase ASCII letter
const SPACE = 3; // collapsed into one space by `normalizeText`
const QUOTE = 4; // an apostrophe once normalised: removed, with a possessive "s"
const GIVE_UP = 5;
const LATIN = 6; // accented Latin letter, lowercased one for one

const ASCII_CLASS = new Uint8Array(128).map((_, c) => {
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return LOWER;
  if (c >= 65 && c <= 90) return UPPER;
  if (c === 32 || c === 9 || c === 10 || c === 13) return SPACE;
  if (c === 39 || c === 96) return QUOTE;
  if (c < 32 || c === 127) return GIVE_UP;
  return OTHER;
});

/**
 * U+00C0 to U+024F: letters that NFKC leaves alone and that lowercase to one letter (so a token's
 * lowercase is the sentence's lowercase, cut at the same places) are `LATIN`; "×" and "÷" are
 * `OTHER`; the rest ("İ" lowercases to two code units, "ĳ" changes under NFKC) give up.
 */
const LATIN_FROM = 0xc0;
const LATIN_CLASS = Uint8Array.from({ length: 0x250 - LATIN_FROM }, (_, k) => {
  const ch = String.fromCharCode(LATIN_FROM + k);
  if (ch.normalize('NFKC') !== ch) return GIVE_UP;
  if (!/\p{L}/u.test(ch)) return /[\p{N}\s]/u.test(ch) ? GIVE_UP : OTHER;
  const lower = ch.toLowerCase();
  return lower.length === 1 && /\p{L}/u.test(lower) ? LATIN : GIVE_UP;
});

function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return ASCII_CLASS[c]!;
  if (c >= LATIN_FROM && c < 0x250) return LATIN_CLASS[c - LATIN_FROM]!;
  if (c === 0x2018 || c === 0x2019) return QUOTE;
  if (c === 0x201c || c === 0x201d || c === 0x2013 || c === 0x2014) return OTHER;
  return Number.isNaN(c) ? OTHER : GIVE_UP;
}

/** Whether the character at `i` is a word character for a regex `\b` (ASCII letter, digit, "_"). */
function isRegexWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Characters removed at the quote at `i`: two for a possessive ("'s" before a non-word character,
 * as `POSSESSIVE` takes it, "S" too since it runs on lowercased text), else the quote alone.
 */
function quoteWidth(s: string, i: number): number {
  const c = s.charCodeAt(i + 1);
  return (c === 115 || c === 83) && !isRegexWordChar(s, i + 2) ? 2 : 1;
}

/** Whether `c`, from `classAt`, is part of a word. */
function isWordClass(c: number): boolean {
  return c === LOWER || c === UPPER || c === LATIN;
}

/**
 * Where the alias `variant`, whose first word (`from` characters) is the token that ends at `pos`,
 * ends in the text as written, or -1: the variant's rest compared with the text as the general
 * path would normalise it (a run of spaces is one space, a dash "-", quotes removed, lowercase),
 * and followed by no letter or digit, as `phraseIn` requires.
 */
function variantEnd(variant: string, from: number, s: string, pos: number): number {
  let p = pos;
  for (let k = from; k < variant.length; k++) {
    let cls = classAt(s, p);
    while (cls === QUOTE) {
      p += quoteWidth(s, p);
      cls = classAt(s, p);
    }
    if (p >= s.length) return -1;
    let c = s.charCodeAt(p);
    if (cls === SPACE) {
      c = 32;
      while (classAt(s, p + 1) === SPACE && p + 1 < s.length) p++;
    } else if (cls === UPPER) c += 32;
    else if (c === 0x2013 || c === 0x2014) c = 45;
    // A Latin letter or curly double quote never equals a character of a variant (ASCII).
    if (c !== variant.charCodeAt(k)) return -1;
    p++;
  }
  let q = p;
  while (classAt(s, q) === QUOTE) q += quoteWidth(s, q);
  return q < s.length && isWordClass(classAt(s, q)) ? -1 : p;
}

/**
 * `contentTerms` in one pass over the text as written, without building its normalised,
 * lowercased form: tokens are cut, looked up by their written case, and aliases matched, as the
 * general path would on that form. Undefined when the text has anything `classAt` gives up on.
 * Why: the four whole-text passes before tokenising (normalisation, acronyms, lowercase, quotes)
 * cost as much as the tokenizer.
 */
function plainTerms(s: string): string[] | undefined {
  const folder = new Folder();
  const n = s.length;
  let i = 0;
  while (i < n) {
    let cls = classAt(s, i);
    if (!isWordClass(cls)) {
      if (cls === QUOTE) i += quoteWidth(s, i);
      else if (cls === GIVE_UP) return undefined;
      // "2,000": the general path joins thousands before reading the text.
      else if (cls === OTHER && s.charCodeAt(i) === 44 && i > 0 && isDigit(s, i - 1) && isDigit(s, i + 1)) return undefined;
      else i++;
      continue;
    }
    // A token: a run of word characters, joined across removed quotes ("don't" -> "dont").
    let joined = '';
    let start = i;
    let end: number;
    for (;;) {
      // "U.S.", "UK", "UN": acronyms are replaced before lowercasing on the general path.
      if (cls === UPPER && s.charCodeAt(i) === 85) {
        const next = s.charCodeAt(i + 1);
        if (next === 46 || next === 83 || next === 75 || next === 78) return undefined;
      }
      i++;
      cls = classAt(s, i);
      if (i < n && isWordClass(cls)) continue;
      end = i;
      if (cls !== QUOTE || i >= n) break;
      let j = i;
      while (classAt(s, j) === QUOTE && j < n) j += quoteWidth(s, j);
      cls = classAt(s, j);
      if (j >= n || !isWordClass(cls)) {
        i = j;
        break;
      }
      joined += s.slice(start, end);
      start = i = j;
    }
    const info = infoOfWritten(joined === '' ? s.slice(start, end) : joined + s.slice(start, end));
    if (info.phrases !== undefined) {
      let matched = false;
      for (const [variant, canonical] of info.phrases) {
        const to = variantEnd(variant, info.word.length, s, end);
        if (to < 0) continue;
        folder.take(canonical, infoOf(canonical));
        i = to;
        matched = true;
        break;
      }
      if (matched) continue;
    }
    folder.take(info.word, info);
  }
  return folder.finish();
}

function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}
