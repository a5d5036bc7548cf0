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
/** Anything but printable ASCII, and the backtick (a quote to normalise). */
const BEYOND_PLAIN_ASCII = /[^\x20-\x5f\x61-\x7e]/;
/**
 * In printable ASCII the only whitespace is the space: whether there is a double one, or one at
 * either end (a search for two spaces is cheaper than a pattern with alternatives).
 */
function spacesToFix(s: string): boolean {
  return s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32 || s.includes('  ');
}

/**
 * NFKC, straight quotes and apostrophes, one dash character, collapsed whitespace.
 * Why: comparison of wording across outlets must ignore typography. The result is not
 * offset-preserving; use it for comparison, never to locate text in a page.
 */
export function normalizeText(s: string): string {
  // Printable ASCII without a backtick is already NFKC, with straight quotes and one dash: only
  // spaces can need work. Most news text is, and this is the hot path of `contentTerms`.
  if (!BEYOND_PLAIN_ASCII.test(s)) return spacesToFix(s) ? typographic(s)! : s;
  return typographic(s) ?? s
    .normalize('NFKC')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Typographic quotes and dashes that NFKC leaves alone, and what they become. */
const TYPOGRAPHIC: ReadonlyMap<number, string> = new Map([
  [0x2018, "'"],
  [0x2019, "'"],
  [0x201c, '"'],
  [0x201d, '"'],
  [0x2013, '-'],
  [0x2014, '-'],
]);

/**
 * Accented Latin letters (U+00C0 to U+024F) that NFKC leaves alone: "é", "ř", "ā" in names.
 * None of them composes with a neighbour, so a text of these, ASCII and the characters above is
 * its own NFKC form; a combining mark or any other character takes the general path.
 */
const LATIN_FROM = 0xc0;
const LATIN_STABLE = Array.from({ length: 0x250 - LATIN_FROM }, (_, k) => {
  const ch = String.fromCharCode(LATIN_FROM + k);
  return ch.normalize('NFKC') === ch;
});

/**
 * `normalizeText` in one pass for the text most pages have: printable ASCII, line breaks and
 * tabs, curly quotes, en or em dashes and accented Latin letters, none of which NFKC changes.
 * Undefined for any other text, which takes the general path. A single space between words is
 * left in place, so a sentence is cut and joined only where it changes (one slice per space made
 * this most of the cost of `contentTerms` on pages with curly quotes).
 */
function typographic(s: string): string | undefined {
  let out = '';
  let from = 0;
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      let j = i + 1;
      for (; j < n; j++) {
        const d = s.charCodeAt(j);
        if (d !== 32 && d !== 9 && d !== 10 && d !== 13) break;
      }
      if (i === 0) from = j;
      else if (j === n) {
        out += s.slice(from, i);
        from = n;
      } else if (c !== 32 || j > i + 1) {
        out += s.slice(from, i) + ' ';
        from = j;
      }
      i = j;
      continue;
    }
    let replacement: string | undefined;
    if (c === 0x60) replacement = "'";
    else if (c < 0x20 || c > 0x7e) {
      if (c >= LATIN_FROM && c < 0x250) {
        if (!LATIN_STABLE[c - LATIN_FROM]) return undefined;
      } else {
        replacement = TYPOGRAPHIC.get(c);
        if (replacement === undefined) return undefined;
      }
    }
    if (replacement !== undefined) {
      out += s.slice(from, i) + replacement;
      from = i + 1;
    }
    i++;
  }
  return from === 0 ? s : out + s.slice(from);
}
