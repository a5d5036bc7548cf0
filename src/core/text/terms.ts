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

/**
 * `canonicalWord`, memoised for the figure reader, which asks it for the word a count counts
 * ("people", "soldiers") on every figure of every matching sentence. Bounded like the word memo.
 */
const unitMemo = new Map<string, string>();
setUnitNormalizer((word) => {
  let term = unitMemo.get(word);
  if (term === undefined) {
    term = canonicalWord(word);
    if (unitMemo.size >= TOKEN_MEMO_LIMIT) unitMemo.clear();
    unitMemo.set(word, term);
  }
  return term;
});

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
  /** The token itself (lowercase), for number folding. */
  word: string;
  /** Its term's id (see `termIds`), or -1 for none. */
  termId: number;
  kind: number;
  phrases: PhraseList | undefined;
  /** What the tokenizer's fast path needs of the token, as one integer (see `fastCode`). */
  fast: number;
  /**
   * For the head of alias phrases: the two characters after the head in each variant (the
   * separator and the next word's first letter, -1 for a variant that is the head alone), so a
   * phrase is looked for only where one can be ("the" starts "the capital").
   */
  phraseNext: readonly number[] | undefined;
}

/**
 * A token's fast code, kept beside it in the integer memos so that most words are read without
 * touching their memo entry: 0 not known yet, `FAST_SLOW` a token that may fold into a number or
 * start an alias phrase (read through its entry), `FAST_NONE` a plain token with no term (a stop
 * word), and `FAST_TERM + id` a plain token's term.
 */
const FAST_SLOW = 1;
const FAST_NONE = 2;
const FAST_TERM = 3;

function fastCode(termId: number, kind: number, phrases: PhraseList | undefined): number {
  // "and" only matters inside a run of number words, which the fast path never is in.
  if ((kind !== PLAIN && kind !== AND) || phrases !== undefined) return FAST_SLOW;
  return termId < 0 ? FAST_NONE : FAST_TERM + termId;
}

/**
 * Canonical terms, interned: each distinct term has a dense integer id, so that a caller keeping
 * something per term (the matcher's index entries) keeps it in an array indexed by id instead of
 * hashing the term's letters once more for every word of a page.
 */
const interned = new Map<string, number>();
const termTexts: string[] = [];
/** Distinct terms interned before every memo is cleared and numbering starts again. */
const TERM_LIMIT = 100_000;
let generation = 0;

/**
 * Changes whenever term ids start again from 0 (the interned terms reached `TERM_LIMIT`): a
 * caller that keeps data by term id drops it when this differs from what it last saw.
 */
export function termGeneration(): number {
  return generation;
}

/** The id of a canonical term's text (see `termIds` for the bound). */
function internTerm(text: string): number {
  let id = interned.get(text);
  if (id === undefined) {
    id = termTexts.length;
    termTexts.push(text);
    interned.set(text, id);
  }
  return id;
}

/** The text of a term id that `termIds` gave in the current generation. */
export function termText(id: number): string {
  return termTexts[id]!;
}

function phraseNextOf(head: string, phrases: PhraseList): number[] {
  const out: number[] = [];
  for (const [variant] of phrases) {
    if (variant.length < head.length + 2) out.push(-1, -1);
    else out.push(variant.charCodeAt(head.length), variant.charCodeAt(head.length + 1));
  }
  return out;
}

/** Whether one of a phrase head's variants can start at the head's place (`end`: where the head ends). */
function mayStartPhrase(next: readonly number[], s: string, end: number): boolean {
  for (let k = 0; k < next.length; k += 2) {
    if (next[k] === -1) return true;
    if (s.charCodeAt(end) === next[k] && s.charCodeAt(end + 1) === next[k + 1]) return true;
  }
  return false;
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
  const phrases = phrasesStartingWith(t);
  const termId = term === null ? -1 : internTerm(term);
  const info: TokenInfo = { word: t, termId, kind, phrases, fast: fastCode(termId, kind, phrases), phraseNext: phrases && phraseNextOf(t, phrases) };
  if (tokenMemo.size >= TOKEN_MEMO_LIMIT) tokenMemo.clear();
  tokenMemo.set(t, info);
  return info;
}

/**
 * Words of one to three letters a-z by a code of their letters (five bits each): "the", "of",
 * "to", "and" are a third to half of all words, and finding them here needs no string cut from
 * the sentence and no hash of it. At most 26^3 + 26^2 + 26 entries, each what `infoOf` gives.
 */
const SHORT_WORDS: Array<TokenInfo | undefined> = new Array(1 << 15).fill(undefined);
/** The fast code of each entry of `SHORT_WORDS` (0: none yet). */
const SHORT_FAST = new Int32Array(1 << 15);

/**
 * Up to six letters a-z as a number, five bits a letter (1 to 26, so codes of different
 * lengths never meet), or -1 when there is another character.
 */
function letterCode(s: string, start: number, end: number): number {
  let code = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return -1;
    code = (code << 5) | (c - 96);
  }
  return code;
}

function shortInfo(s: string, start: number, end: number): TokenInfo {
  const code = letterCode(s, start, end);
  if (code < 0) return infoOf(s.slice(start, end));
  let info = SHORT_WORDS[code];
  if (info === undefined) {
    info = SHORT_WORDS[code] = infoOf(s.slice(start, end));
    SHORT_FAST[code] = info.fast;
  }
  return info;
}

/**
 * Words of four to twelve letters a-z, found by their letters' codes in an open-addressing table
 * of plain integers: two codes of up to six letters each (`letterCode`) name such a word exactly,
 * so a lookup reads one slot of four integers and compares two of them, without cutting the word
 * out of the sentence, hashing a new string or reading the stored word. A Map of cut strings
 * cost about 80 ns a word on a page of 15,000 distinct words, and was the largest part of
 * `contentTerms`. A slot is: first code, second code (0 for six letters or fewer), 1 + the
 * entry's index in `wordInfos` (0: empty), the entry's fast code. Kept at most half full;
 * bounded like the word memo.
 */
const SLOT = 4;
let wordTable = new Int32Array(SLOT << 12);
let wordInfos: TokenInfo[] = [];

function slotHash(first: number, second: number): number {
  const h = Math.imul(first ^ Math.imul(second, 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
}

/** Empties every memo that holds terms, and starts term ids again (see `termGeneration`). */
function clearMemos(): void {
  interned.clear();
  termTexts.length = 0;
  tokenMemo.clear();
  SHORT_WORDS.fill(undefined);
  SHORT_FAST.fill(0);
  clearWordTable();
  generation++;
}

function clearWordTable(): void {
  wordTable.fill(0);
  wordInfos = [];
}

/** Puts an entry in the first free slot of its probe sequence. */
function place(table: Int32Array, first: number, second: number, entry: number, fast: number): void {
  const mask = table.length / SLOT - 1;
  let slot = slotHash(first, second) & mask;
  while (table[slot * SLOT + 2] !== 0) slot = (slot + 1) & mask;
  const k = slot * SLOT;
  table[k] = first;
  table[k + 1] = second;
  table[k + 2] = entry;
  table[k + 3] = fast;
}

/** A word with a character other than a-z, which the table does not hold. */
const NOT_LETTERS = -2;
/** A word of a-z the table does not have yet. */
const NOT_FOUND = -1;

/**
 * Where the word of four to twelve letters with these codes is in the table (the index of its
 * slot's first number), or `NOT_FOUND`.
 */
function slotOf(first: number, second: number): number {
  const table = wordTable;
  const mask = table.length / SLOT - 1;
  for (let slot = slotHash(first, second) & mask; ; slot = (slot + 1) & mask) {
    const k = slot * SLOT;
    if (table[k + 2] === 0) return NOT_FOUND;
    if (table[k] === first && table[k + 1] === second) return k;
  }
}

/** A word of four to twelve letters a-z the table does not have: its memo entry, added to it. */
function addToTable(word: string, first: number, second: number): TokenInfo {
  const info = infoOf(word);
  const table = wordTable;
  if (wordInfos.length >= TOKEN_MEMO_LIMIT) clearWordTable();
  else if (wordInfos.length * 2 >= table.length / SLOT) {
    // Doubled, every entry placed again.
    wordTable = new Int32Array(table.length * 2);
    for (let k = 0; k < table.length; k += SLOT) {
      if (table[k + 2] !== 0) place(wordTable, table[k]!, table[k + 1]!, table[k + 2]!, table[k + 3]!);
    }
  }
  wordInfos.push(info);
  place(wordTable, first, second, wordInfos.length, info.fast);
  return info;
}

/**
 * Folds runs of number words ("two thousand") and digits ("2,000") into digit strings as tokens
 * go by, and hands every resulting token's term to `out`.
 */
class Folder {
  /** Term ids so far, and how many: `ids` is the caller's array, written by position. */
  ids: number[] = [];
  count = 0;
  /** Number words and figures read but not yet folded. */
  run: string[] = [];
  #runIsDigits = false;

  /** Starts a sentence whose ids go to `ids`. */
  reset(ids: number[]): void {
    this.ids = ids;
    this.count = 0;
    if (this.run.length > 0) this.run.length = 0;
    this.#runIsDigits = false;
  }

  #push(termId: number): void {
    if (termId >= 0) this.ids[this.count++] = termId;
  }

  take(t: string, info: TokenInfo): void {
    const { kind } = info;
    if (kind === PLAIN) {
      // The common case: no number in sight.
      if (this.run.length > 0) this.#flush();
      this.#push(info.termId);
      return;
    }
    const run = this.run;
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
      this.#push(info.termId);
    }
  }

  #flush(): void {
    const run = this.run;
    if (run.length === 0) return;
    // A figure alone ("2000", "370000") parses to itself: no need to run the parser on it.
    if (run.length === 1 && this.#runIsDigits && isPlainInteger(run[0]!)) {
      this.#push(infoOf(run[0]!).termId);
      run.length = 0;
      this.#runIsDigits = false;
      return;
    }
    const v = parseNumber(run.join(' '));
    if (Number.isNaN(v)) {
      for (const w of run) this.#push(infoOf(w).termId);
    } else {
      this.#push(infoOf(String(v)).termId);
    }
    run.length = 0;
    this.#runIsDigits = false;
  }

  finish(): number {
    this.#flush();
    return this.count;
  }
}

/**
 * Canonical content terms of a text, in order, duplicates kept (callers count them): NFKC and
 * quote normalisation, acronyms ("U.S." -> "usa"), multi-word aliases ("Hayat Tahrir al-Sham" ->
 * "hts", "opposition fighters" -> "rebel"), number words to digits ("two thousand" -> "2000",
 * "2,000" -> "2000"), stop words dropped, Porter stems, single-word aliases ("fled", "left",
 * "departed" -> "depart"). Why: paraphrases across outlets must meet on the same terms.
 *
 * One pass over the lowercased text: maximal runs of letters and digits, with multi-word aliases
 * folded into their canonical term, exactly as `replacePhrases` then a split on `[\p{L}\p{N}]+`
 * would give them (the regex was half the cost), each token folded and stemmed as it is read.
 */
export function contentTerms(text: string): string[] {
  const ids = scratchIds;
  const n = termIds(text, ids);
  const out: string[] = new Array(n);
  for (let k = 0; k < n; k++) out[k] = termTexts[ids[k]!]!;
  return out;
}

const scratchIds: number[] = [];
const FOLDER = new Folder();

/**
 * `contentTerms` as term ids (see `termText`), written into `out` from position 0 (the array is
 * never truncated: its entries past the returned count are stale); returns how many. Ids are
 * valid until `termGeneration` changes, which happens only at the start of a call.
 */
export function termIds(text: string, out: number[]): number {
  // Between sentences, never during one: a sentence's ids are all of one generation.
  if (termTexts.length >= TERM_LIMIT) clearMemos();
  let s = normalizeText(text);
  s = replaceAcronyms(s);
  s = s.toLowerCase();
  if (DIGIT_COMMA_DIGIT.test(s)) s = s.replace(THOUSANDS_COMMA, '$1$2').replace(THOUSANDS_COMMA, '$1$2');
  if (s.includes("'")) s = s.replace(POSSESSIVE, '').replace(APOSTROPHE, '');
  // One folder for every call: nothing `termIds` calls reads terms, so it is never in use twice.
  const folder = FOLDER;
  folder.reset(out);
  let count = 0;
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
    // The word's letter codes (`letterCode` of its first six letters and of the next six) are
    // made as it is read; `letters` turns false at a character other than a-z.
    let first = 0;
    let second = 0;
    let letters = true;
    let d = c;
    for (;;) {
      if (letters) {
        const l = d - 96;
        if (l < 1 || l > 26) letters = false;
        else if (i - start < 6) first = (first << 5) | l;
        else second = (second << 5) | l;
      }
      i += w;
      if (i >= n) break;
      d = s.charCodeAt(i);
      w = d < 128 ? ASCII_WORD_CHAR[d]! : wordCharWidth(s, i);
      if (w === 0) break;
    }
    const length = i - start;
    // Most words: a plain word found by its letters' code, whose term id is kept beside the code,
    // so neither its memo entry nor its term is read.
    let fast = 0;
    let code = NOT_LETTERS;
    if (letters && length <= 3) {
      code = first;
      fast = SHORT_FAST[code]!;
    } else if (letters && length <= 12) {
      code = slotOf(first, second);
      if (code >= 0) fast = wordTable[code + 3]!;
    }
    if (fast >= FAST_NONE && folder.run.length === 0) {
      if (fast >= FAST_TERM) out[count++] = fast - FAST_TERM;
      continue;
    }
    // The rest (a word not met yet, a number word or figure, the start of an alias phrase)
    // through its memo entry, from where the lookup above left it.
    let info: TokenInfo;
    if (fast !== 0) info = length <= 3 ? SHORT_WORDS[code]! : wordInfos[wordTable[code + 2]! - 1]!;
    else if (length <= 3) info = shortInfo(s, start, i);
    else if (code === NOT_FOUND) info = addToTable(s.slice(start, i), first, second);
    else info = infoOf(s.slice(start, i));
    folder.count = count;
    i = takeSlow(folder, info, s, start, i);
    count = folder.count;
  }
  folder.count = count;
  return folder.finish();
}

/** A word that may fold into a number or start an alias phrase; returns where reading goes on. */
function takeSlow(folder: Folder, info: TokenInfo, s: string, start: number, end: number): number {
  const phrase = info.phrases && mayStartPhrase(info.phraseNext!, s, end) && phraseIn(info.phrases, s, start);
  if (phrase) {
    folder.take(phrase.canonical, infoOf(phrase.canonical));
    return phrase.end;
  }
  folder.take(info.word, info);
  return end;
}
