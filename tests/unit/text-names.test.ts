import { describe, expect, it } from 'vitest';
import { extractNames, nameKey } from '../../src/core/text';

describe('extractNames', () => {
  it.each([
    ['Bashar al-Assad', 'Bashar Assad'],
    ['Syrian President Bashar al-Assad', 'Assad'],
    ['Sednaya', 'Saydnaya'],
    ['Rami Abdel Rahman', 'Rami Abdurrahman'],
    ['Hayat Tahrir al-Sham', 'HTS'],
    ['the U.S.', 'United States'],
  ])('%j and %j have the same key', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it('lists the people, places and bodies of a sentence, not its opening word', () => {
    const text =
      'According to Rami Abdel Rahman, head of the Syrian Observatory for Human Rights, "Assad left Syria via Damascus International Airport."';
    expect(extractNames(text).map((n) => n.text)).toEqual([
      'Rami Abdel Rahman',
      'Syrian Observatory for Human Rights',
      'Assad',
      'Syria',
      'Damascus International Airport',
    ]);
  });

  it.each([
    'Heavy gunfire was reported in the city.',
    'Residents described widespread panic.',
    'On Sunday the city fell.',
  ])('finds no name in %j', (text) => {
    expect(extractNames(text)).toEqual([]);
  });

  it('keeps spans exact', () => {
    const text = 'Hezbollah forces left Homs for the Hermel area in Lebanon.';
    for (const n of extractNames(text)) expect(text.slice(n.start, n.end)).toBe(n.text);
    expect(extractNames(text).map((n) => n.key)).toEqual(['hezbollah', 'homs', 'hermel', 'lebanon']);
  });
});

describe('the one-pass word reader', () => {
  it('reads the words the word pattern reads, on every sentence of the articles and on odd text', async () => {
    const { readBundledArticles } = await import('../../src/cli/bundled-articles');
    const { segmentSentences } = await import('../../src/core/text');
    const { nameTokens } = await import('../../src/core/text/names');
    // The pattern the reader replaced, with its possessive replace: the reference.
    const byRegex = (text: string) =>
      [...text.matchAll(/[\p{Lu}\p{Ll}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu)].map((m) => {
        const word = m[0].replace(/’s$|'s$/, '');
        return { text: word, start: m.index, end: m.index + word.length };
      });
    const texts = (await readBundledArticles()).flatMap((a) => segmentSentences(a.text).map((s) => s.text));
    texts.push(
      "Assad's and Assad’s regime, the U.S.-backed S.D.F. ... 'quoted' -dash- x's 's",
      'Arabic بشار الأسد and Chinese 叙利亚 with ǅemal (titlecase) and ½ ² Ⅻ numerals',
      'Emoji 🇸🇾 between words, astral 𝐀𝐬𝐬𝐚𝐝 letters, a lone \ud800 surrogate, tabs\tand\nlines',
      "Trailing marks: Homs.' Damascus’. end-",
    );
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) expect(nameTokens(text), text).toEqual(byRegex(text));
  });
});
