import { describe, expect, it } from 'vitest';
import { normalizeText, segmentSentences } from '../../src/core/text';

describe('segmentSentences', () => {
  it.each([
    {
      name: 'a closing quote ends the sentence, not the period inside it',
      text: 'HTS declared an "end to the era of tyranny." Hours earlier, the group claimed Homs.',
      expected: ['HTS declared an "end to the era of tyranny."', 'Hours earlier, the group claimed Homs.'],
    },
    {
      name: 'typographic closing quote',
      text: 'They announced an “end of the era of tyranny.” Hours later the prison opened.',
      expected: ['They announced an “end of the era of tyranny.”', 'Hours later the prison opened.'],
    },
    {
      name: 'U.S. and U.K. inside a sentence',
      text: 'The U.S. and the U.K. called for talks. Russia did not.',
      expected: ['The U.S. and the U.K. called for talks.', 'Russia did not.'],
    },
    {
      name: 'U.S. ending a sentence before a common opener',
      text: 'Talks were called by the U.S. The next day Russia agreed.',
      expected: ['Talks were called by the U.S.', 'The next day Russia agreed.'],
    },
    {
      name: 'titles and initials',
      text: 'Dr. Ahmed met Gen. Mark Smith and J. Smith in Idlib. Mr. Lavrov said no.',
      expected: ['Dr. Ahmed met Gen. Mark Smith and J. Smith in Idlib.', 'Mr. Lavrov said no.'],
    },
    {
      name: 'ellipsis inside a quote does not split',
      text: '“It was not like this this morning… suddenly everyone was scared,” said Rania. She left.',
      expected: ['“It was not like this this morning… suddenly everyone was scared,” said Rania.', 'She left.'],
    },
    {
      name: 'lines without final punctuation are sentences of their own',
      text: 'Bashar Al-Assad Flees Syria As Rebels Move In\n\nSyrian President Bashar al-Assad has left Damascus.',
      expected: ['Bashar Al-Assad Flees Syria As Rebels Move In', 'Syrian President Bashar al-Assad has left Damascus.'],
    },
  ])('$name', ({ text, expected }) => {
    const spans = segmentSentences(text);
    expect(spans.map((s) => s.text)).toEqual(expected);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('gives no sentences for blank text', () => {
    expect(segmentSentences('  \n\n ')).toEqual([]);
  });
});

describe('normalizeText', () => {
  it.each([
    ['Syria’s “end of the era”', 'Syria\'s "end of the era"'],
    ['Dec 8, 2024\u00a0-\u00a012:23', 'Dec 8, 2024 - 12:23'],
    ['war — blood – tears', 'war - blood - tears'],
    ['  many\n\nspaces\t here ', 'many spaces here'],
    ['morning\u2026 suddenly', 'morning... suddenly'],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});
