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

/** Maximal runs of letters and digits: the tokens `contentTerms` works on. */
const WORD_RUN = /[\p{L}\p{N}]+/gu;
const THOUSANDS_COMMA = /(\d),(\d{3})(?!\d)/g;
const DIGIT_COMMA_DIGIT = /\d,\d/;
const POSSESSIVE = /'s\b/g;
const APOSTROPHE = /'/g;

/**
 * Tokens of lowercased, normalised text with multi-word aliases folded into their canonical term,
 * exactly as `replacePhrases` then a split on letter/digit runs would give them, in one pass.
 */
function tokenize(s: string): string[] {
  const out: string[] = [];
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(s); m !== null; m = WORD_RUN.exec(s)) {
    const phrase = phraseAt(s, m.index, m[0]);
    if (phrase) {
      out.push(phrase.canonical);
      WORD_RUN.lastIndex = phrase.end;
    } else out.push(m[0]);
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
