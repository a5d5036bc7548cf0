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
