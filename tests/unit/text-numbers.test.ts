import { describe, expect, it } from 'vitest';
import { extractNumbers, parseNumber } from '../../src/core/text';

describe('extractNumbers', () => {
  it.each([
    ['some 2,000 fighters had been sent', 'count', 'some 2,000', '2000 fighter', true],
    ['displaced 370,000 people', 'count', '370,000', '370000 peopl', false],
    ['including at least 111 civilians', 'count', 'at least 111', '111 civilian', false],
    ['allowed in hundreds of Syrian soldiers', 'count', 'hundreds', 'hundreds soldier', true],
    ['put the figure at 2,000 troops', 'count', '2,000', '2000 soldier', false],
    ['caps the 13-year rebellion', 'duration', '13-year', '13 year', false],
    ['intensifying the five-year-long conflict', 'duration', 'five-year-long', '5 year', false],
    ['ends a 24-year rule', 'duration', '24-year', '24 year', false],
    ['less than two weeks after', 'duration', 'less than two weeks', '2 week', false],
    ['the conflict began in 2011', 'year', 'in 2011', '2011', false],
    ['for the first time since 2018', 'year', 'since 2018', '2018', false],
    ['began on November 27, has', 'date', 'November 27', '11-27', false],
    ['Dec 8, 2024 - 12:23', 'date', 'Dec 8, 2024', '2024-12-08', false],
  ] as const)('%j -> %s %j', (sentence, kind, text, normalized, approximate) => {
    const found = extractNumbers(sentence);
    expect(found).toHaveLength(1);
    const n = found[0]!;
    expect({ kind: n.kind, text: n.text, normalized: n.normalized, approximate: n.approximate }).toEqual({
      kind, text, normalized, approximate,
    });
    expect(sentence.slice(n.start, n.end)).toBe(n.text);
  });

  it('finds a count and a duration in one sentence', () => {
    const found = extractNumbers('taking four cities within 24 hours');
    expect(found.map((n) => [n.kind, n.normalized])).toEqual([
      ['count', '4 citi'],
      ['duration', '24 hour'],
    ]);
  });

  it('finds nothing in a sentence without figures', () => {
    expect(extractNumbers('Heavy gunfire was reported in Damascus.')).toEqual([]);
  });

  it.each([
    ['2,000', 2000],
    ['two thousand', 2000],
    ['twenty-four', 24],
    ['a hundred', 100],
    ['three hundred and seventy thousand', 370000],
    ['many', Number.NaN],
  ])('parseNumber(%j) = %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });
});
