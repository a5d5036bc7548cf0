import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentTerms, segmentSentences } from '../../src/core/text';
import { generalTerms } from '../../src/core/text/terms';
import { readBundledArticles } from '../../src/cli/bundled-articles';

/**
 * `contentTerms` reads most sentences in one pass over the text as written; the general path
 * normalises and lowercases first. Both must give the same terms for every text.
 */
describe('the one-pass reading of plain text gives the general path terms', () => {
  const edgeCases = [
    "Assad's forces", "the capital's streets", "the capital'sx", "don't", "rock'n'roll", "'s alone", "x's_y",
    "BASHAR AL-ASSAD'S fall", "Bashar  al–Assad", "bashar ' assad", "bashar\n\tassad", "al-'assad", 'the\u2019 capital',
    'the U.S. and the UK', 'USA', 'UNESCO', 'Ukraine and US troops', 'UN', 'U.N.', 'the Us', '1,000 troops', "1,'000", '1\u2019s',
    'two thousand and five', '2,000,000,000', '007', '12 345', 'Café Zoë in Łódź', 'İstanbul', 'ǅemal', '× 3 ÷ 4', 'ĳssel',
    'Syrian Observatory for Human Rights', 'took  the name', 'Hayat Tahrir al-Sham\u2019s fighters', '`quoted`', 'tab\tand\u000bvt',
    'cafe\u0301', '½ of them', '\u00a0nbsp', '', '   ', "'", "''s", 'a\u2014b', '\u201cquote\u201d',
  ];

  let seed = 20241208;
  const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const pieces = [
    'a', 's', 'S', 'U', 'K', 'N', '.', ',', "'", '\u2019', '\u2018', '`', ' ', '  ', '\n', '-', '\u2014', '\u2013', '_', '0', '9',
    '1,000', "'s", '\u2019s', 'U.S.', 'US', 'UK', 'UN', 'two', 'thousand', 'and', 'hundred', 'the', 'capital', 'al-assad', 'bashar',
    'al', 'sham', 'hayat', 'tahrir', 'united', 'states', 'took', 'name', 'pulled', 'out', 'opposition', 'fighters', 'fled', 'é', 'É',
    'İ', 'ß', 'ﬁ', 'ĳ', '×', '\u0301', '😀', '\u00a0', 'Assad', 'The', 'Capital', 'war', 'monitor',
  ];
  const fuzz = Array.from({ length: 20_000 }, () => {
    let s = '';
    for (let k = 1 + Math.floor(rand() * 12); k > 0; k--) s += pieces[Math.floor(rand() * pieces.length)]! + (rand() < 0.5 ? ' ' : '');
    return s;
  });

  it('on every bundled sentence, every labelled sentence, edge cases and generated text', async () => {
    const texts = (await readBundledArticles()).flatMap((a) => segmentSentences(a.text).map((s) => s.text));
    const labelled = JSON.parse(readFileSync('tests/fixtures/eval/match-eval.json', 'utf8')) as Array<{ text: string }>;
    texts.push(...labelled.map((l) => l.text), ...edgeCases, ...fuzz);
    for (const text of texts) expect(contentTerms(text), JSON.stringify(text)).toEqual(generalTerms(text));
  });
});
