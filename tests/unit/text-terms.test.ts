import { describe, expect, it } from 'vitest';
import { contentTerms, stem } from '../../src/core/text';

describe('contentTerms canonicalises paraphrase', () => {
  it.each([
    ['fled', 'left'],
    ['departed', 'flew out'],
    ['jail', 'prison'],
    ['troops', 'soldiers'],
    ['rebels', 'insurgents'],
    ['rebels', 'opposition fighters'],
    ['Sednaya', 'Saydnaya'],
    ['Rami Abdel Rahman', 'Rami Abdurrahman'],
    ['HTS', 'Hayat Tahrir al-Sham'],
    ['the capital', 'Damascus'],
    ['Bashar al-Assad', 'Bashar Assad'],
    ['Bashar al-Assad', 'Assad'],
    ['two thousand', '2,000'],
    ['the U.S.', 'the United States'],
    ['captured', 'seized'],
  ])('%j and %j give the same terms', (a, b) => {
    expect(contentTerms(a)).toEqual(contentTerms(b));
  });

  it.each([
    ['us', 'the US'],
    ['Homs', 'Hama'],
    ['hundreds', '2,000'],
  ])('%j and %j stay different', (a, b) => {
    expect(contentTerms(a)).not.toEqual(contentTerms(b));
  });

  it('drops stop words and reporting verbs, stems the rest', () => {
    expect(contentTerms('Reports also indicate that around 2,000 Syrian troops, including officers, have fled into Iraq.')).toEqual(
      ['indic', '2000', 'syrian', 'soldier', 'offic', 'depart', 'iraq'],
    );
  });

  it.each([
    ['capturing', 'captur'],
    ['displaced', 'displac'],
    ['civilians', 'civilian'],
    ['relational', 'relat'],
    ['hopping', 'hop'],
  ])('stem(%j) = %j', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('the text layer reads every sentence as its plain reference does', () => {
  // The general normalisation, written out: NFKC, straight quotes, one dash, collapsed spaces.
  const reference = (s: string) =>
    s
      .normalize('NFKC')
      .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/\s+/g, ' ')
      .trim();

  it('normalises typographic text on its one-pass path as the general path does', async () => {
    const { normalizeText, segmentSentences } = await import('../../src/core/text');
    const { readBundledArticles } = await import('../../src/cli/bundled-articles');
    const texts = (await readBundledArticles()).flatMap((a) => segmentSentences(a.text).map((s) => s.text));
    texts.push(
      '  “Quoted,” she said — twice – with `ticks`\tand\n\r lines  ',
      'Café ﬁnal ½ … ″double prime″ ´acute´ \u00A0nbsp\u00A0 and \u000b vertical tab',
      '’Leading quote and trailing dash —',
      '\t\n',
      '',
    );
    for (const text of texts) expect(normalizeText(text), JSON.stringify(text)).toBe(reference(text));
  });
});

describe('the word memos give a word the same terms however it is reached', () => {
  it('reads thousands of new words alone and then together, in any case, to the same terms', async () => {
    const { termIds, termText } = await import('../../src/core/text');
    // Words of one to sixteen letters, so every memo is used (short words by code, four to twelve
    // letters in the table as it grows, longer ones by string), with phrase heads and number words.
    const letters = 'bcdfghklmnprstvz';
    const words: string[] = [];
    for (let i = 0; words.length < 12_000; i++) {
      let w = '';
      for (let n = i; w.length < 1 + (i % 16); n = Math.floor(n / 5) + i) w += letters[n % letters.length] + 'aeiou'[n % 5]!;
      words.push(w.slice(0, 1 + (i % 16)));
    }
    words.push('the', 'capital', 'the', 'capitol', 'two', 'hundred', 'and', 'fifty', 'and', 'syrian', 'observatory');
    const alone = words.map((w) => contentTerms(w));
    const text = words.join(' ');
    const together = contentTerms(text);
    const ids: number[] = [];
    const n = termIds(text.toUpperCase(), ids);
    expect(ids.slice(0, n).map(termText)).toEqual(together);
    expect(contentTerms(text)).toEqual(together);
    // Alone, a word is its own terms; together, phrases and numbers fold across words.
    const invented = alone.slice(0, 12_000).flat();
    expect(invented.length).toBeGreaterThan(11_000);
    expect(together.slice(0, invented.length)).toEqual(invented);
    expect(together.slice(invented.length)).toEqual(['damascus', 'capitol', '250', 'syrian', 'observatory']);
  });
});
