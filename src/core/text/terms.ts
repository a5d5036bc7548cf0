/**
 * Content terms: the words of a sentence that carry its fact, in one canonical form, so that two
 * outlets' wordings of the same fact share terms. Used by the corpus builder to cluster sentences
 * into claims and by the matcher to find claims in a page.
 */

import { aliasOf, phraseAt, replaceAcronyms } from './aliases';
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

/** Folds runs of number words ("two thousand") and digits ("2,000") into digit strings. */
function foldNumbers(tokens: string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const v = parseNumber(run.join(' '));
    if (Number.isNaN(v)) out.push(...run);
    else out.push(String(v));
    run = [];
  };
  for (const t of tokens) {
    const digits = isDigits(t);
    const runIsDigits = run.length > 0 && isDigits(run[0]!);
    if (digits) {
      flush();
      run = [t];
    } else if (run.length > 0 && SCALE_WORDS.has(t)) {
      run.push(t);
    } else if (NUMBER_WORDS.has(t)) {
      if (runIsDigits) flush();
      run.push(t);
    } else if (t === 'and' && run.length > 0 && !runIsDigits) {
      continue;
    } else {
      flush();
      out.push(t);
    }
  }
  flush();
  return out;
}

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

/**
 * Maximal runs of letters and digits of lowercased, normalised text, with multi-word aliases
 * folded into their canonical term, exactly as `replacePhrases` then a split on
 * `[\p{L}\p{N}]+` would give them, in one pass without a regex (the regex was half the cost).
 */
function tokenize(s: string): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    let w = wordCharWidth(s, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    do i += w;
    while (i < n && (w = wordCharWidth(s, i)) > 0);
    const word = s.slice(start, i);
    const phrase = phraseAt(s, start, word);
    if (phrase) {
      out.push(phrase.canonical);
      i = phrase.end;
    } else out.push(word);
  }
  return out;
}

/**
 * The term a token contributes, or null when it contributes none (stop word, single letter).
 * Memoised: a page of 3,000 sentences has a few thousand distinct words, and stemming each
 * occurrence was most of the cost of `contentTerms`.
 */
const termMemo = new Map<string, string | null>();
/** Words kept in the memo before it is cleared, so a long session cannot grow it without bound. */
const TERM_MEMO_LIMIT = 50_000;

function termOf(t: string): string | null {
  const known = termMemo.get(t);
  if (known !== undefined) return known;
  let term: string | null;
  if (STOP_WORDS.has(t)) term = null;
  else if (isDigits(t)) term = t;
  else if (t.length < 2) term = null;
  else {
    const c = canonicalWord(t);
    term = STOP_WORDS.has(c) ? null : c;
  }
  if (termMemo.size >= TERM_MEMO_LIMIT) termMemo.clear();
  termMemo.set(t, term);
  return term;
}

/**
 * Canonical content terms of a text, in order, duplicates kept (callers count them): NFKC and
 * quote normalisation, acronyms ("U.S." -> "usa"), multi-word aliases ("Hayat Tahrir al-Sham" ->
 * "hts", "opposition fighters" -> "rebel"), number words to digits ("two thousand" -> "2000",
 * "2,000" -> "2000"), stop words dropped, Porter stems, single-word aliases ("fled", "left",
 * "departed" -> "depart"). Why: paraphrases across outlets must meet on the same terms.
 */
export function contentTerms(text: string): string[] {
  let s = normalizeText(text);
  s = replaceAcronyms(s);
  s = s.toLowerCase();
  if (DIGIT_COMMA_DIGIT.test(s)) s = s.replace(THOUSANDS_COMMA, '$1$2').replace(THOUSANDS_COMMA, '$1$2');
  if (s.includes("'")) s = s.replace(POSSESSIVE, '').replace(APOSTROPHE, '');
  const tokens = foldNumbers(tokenize(s));
  const out: string[] = [];
  for (const t of tokens) {
    const term = termOf(t);
    if (term !== null) out.push(term);
  }
  return out;
}
