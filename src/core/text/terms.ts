/**
 * Content terms: the words of a sentence that carry its fact, in one canonical form, so that two
 * outlets' wordings of the same fact share terms. Used by the corpus builder to cluster sentences
 * into claims and by the matcher to find claims in a page.
 */

import { aliasOf, replaceAcronyms, replacePhrases } from './aliases';
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

/** Tokens after aliasing: letters/digits runs, keeping "2000" whole. */
function tokenize(s: string): string[] {
  return s.match(/[\p{L}\p{N}]+/gu) ?? [];
}

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
    const digits = /^\d+$/.test(t);
    const scale = t === 'hundred' || t === 'thousand' || t === 'million' || t === 'billion';
    const runIsDigits = run.length > 0 && /^\d+$/.test(run[0]!);
    if (digits) {
      flush();
      run = [t];
    } else if (scale && run.length > 0) {
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
  s = s.replace(/(\d),(\d{3})(?!\d)/g, '$1$2').replace(/(\d),(\d{3})(?!\d)/g, '$1$2');
  s = s.replace(/'s\b/g, '').replace(/'/g, '');
  s = replacePhrases(s);
  const tokens = foldNumbers(tokenize(s));
  const out: string[] = [];
  for (const t of tokens) {
    if (STOP_WORDS.has(t)) continue;
    if (/^\d+$/.test(t)) {
      out.push(t);
      continue;
    }
    if (t.length < 2) continue;
    const c = canonicalWord(t);
    if (STOP_WORDS.has(c)) continue;
    out.push(c);
  }
  return out;
}
