/**
 * Text normalisation shared by the corpus builder, the matcher and the DOM layer.
 *
 * Pages and captured articles mix typographic and straight quotes, non-breaking spaces and
 * several dash characters; two sentences that differ only in those must compare equal.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
/** Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus. */
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * NFKC, straight quotes and apostrophes, one dash character, collapsed whitespace.
 * Why: comparison of wording across outlets must ignore typography. The result is not
 * offset-preserving; use it for comparison, never to locate text in a page.
 */
export function normalizeText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
