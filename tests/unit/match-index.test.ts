import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../src/cli/bundled-articles';
import { ClaimMatcher, TermIndex, buildTermIndex, measureIndexBytes, thresholdFor } from '../../src/core/match';
import { contentTerms, termGeneration } from '../../src/core/text';

const claims = [
  { id: 'airport', terms: ['assad', 'depart', 'damascus', 'airport'] },
  { id: 'prison', terms: ['hts', 'capture', 'sednaya', 'prison', 'damascus'] },
  { id: 'iraq', terms: ['2000', 'soldier', 'depart', 'iraq'] },
];

describe('the inverted index proposes claims that share rare terms', () => {
  const index = buildTermIndex(claims);

  it.each([
    [['sednaya', 'prison', 'release'], 'prison'],
    [['assad', 'airport', 'plane'], 'airport'],
    [['soldier', 'iraq', 'border'], 'iraq'],
  ])('terms %j find %s first', (terms, id) => {
    expect(index.candidates(terms, 3)[0]?.id).toBe(id);
  });

  it('finds nothing for terms no claim has (a miss is an empty list)', () => {
    expect(index.candidates(['floodwat', 'river'], 3)).toEqual([]);
  });

  it('weighs a rare term above a common one', () => {
    expect(index.idf('airport')).toBeGreaterThan(index.idf('damascus'));
    expect(index.idf('never-seen')).toBeGreaterThan(index.idf('airport'));
  });
});

describe('claims can be added and removed one at a time', () => {
  it('a removed claim is no longer proposed, an added one is', () => {
    const index = buildTermIndex(claims);
    expect(index.remove('prison')).toBe(true);
    expect(index.remove('prison')).toBe(false);
    expect(index.size).toBe(2);
    expect(index.candidates(['sednaya'], 3)).toEqual([]);
    index.add({ id: 'homs', terms: ['rebel', 'capture', 'homs'] });
    expect(index.candidates(['homs'], 3).map((c) => c.id)).toEqual(['homs']);
    expect(index.df('capture')).toBe(1);
  });

  it('adding a claim twice replaces it', () => {
    const index = buildTermIndex(claims);
    index.add({ id: 'iraq', terms: ['jordan'] });
    expect(index.size).toBe(3);
    expect(index.candidates(['iraq'], 3)).toEqual([]);
    expect(index.candidates(['jordan'], 3).map((c) => c.id)).toEqual(['iraq']);
  });
});

describe('the index serialises to JSON and back', () => {
  it('round-trips with the same candidates and a measurable size', () => {
    const index = buildTermIndex(claims);
    index.remove('iraq');
    const copy = TermIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    expect(copy.size).toBe(2);
    expect(copy.candidates(['airport', 'prison'], 5)).toEqual(index.candidates(['airport', 'prison'], 5));
    expect(measureIndexBytes(copy)).toBe(measureIndexBytes(index));
    expect(measureIndexBytes(index)).toBeGreaterThan(50);
    copy.remove('airport');
    expect(copy.candidates(['airport'], 5)).toEqual([]);
  });
});

describe('the bounded search finds what scoring every claim finds', () => {
  it('agrees with brute force on every labelled sentence at each preset', async () => {
    const items: Array<{ text: string }> = JSON.parse(readFileSync(new URL('../fixtures/eval/match-eval.json', import.meta.url), 'utf8'));
    const matcher = new ClaimMatcher((await loadBundledCorpus()).claims);
    const differ: string[] = [];
    for (const preset of ['strict', 'balanced', 'loose'] as const) {
      const threshold = thresholdFor(preset);
      for (const { text } of items) {
        const fast = matcher.bestFor(text, threshold);
        const slow = matcher.bestByBruteForce(text);
        const a = fast && fast.score >= threshold ? fast.claim.id : null;
        const b = slow && slow.score >= threshold ? slow.claim.id : null;
        if (a !== b) differ.push(`${preset}: ${text} (${a} vs ${b})`);
      }
    }
    expect(differ).toEqual([]);
  });
});

describe('a claim that shares only common terms with a sentence is still found', () => {
  it('finds what brute force finds when the common terms alone can reach the threshold', () => {
    // 600 claims, each with three of four common words (each in 450 claims, far above the
    // 200 whose lists the index reads) and one word of its own.
    const common = ['harbor', 'tunnel', 'cargo', 'freight'];
    const letters = (i: number) => String.fromCharCode(97 + (i % 26)) + String.fromCharCode(97 + Math.floor(i / 26));
    const claims = Array.from({ length: 600 }, (_, i) => {
      const quote = `${common.filter((_, k) => k !== i % 4).join(' ')} zor${letters(i)}vik.`;
      return {
        id: `c${i}`,
        text: quote,
        sources: [{ article: 'a0', quote, sentenceId: `a0:${i}` }],
        attributions: [],
        facts: [],
        disagreements: [],
        status: { kind: 'single-source' as const, articles: 1, summary: '' },
        terms: contentTerms(quote),
      };
    });
    const matcher = new ClaimMatcher(claims);
    expect(matcher.index.df('harbor')).toBeGreaterThan(matcher.index.maxDf);
    const threshold = thresholdFor('balanced');
    const sentence = 'Harbor tunnel cargo freight.';
    const slow = matcher.bestByBruteForce(sentence);
    expect(slow!.score).toBeGreaterThanOrEqual(threshold);
    expect(matcher.bestFor(sentence, threshold)?.claim.id).toBe(slow!.claim.id);
    expect(matcher.match([sentence]).map((m) => m.claimId)).toEqual([slow!.claim.id]);
  });
});

describe('one matcher serves every strictness setting', () => {
  it('gives, with a threshold per call, what a matcher built for that threshold gives', async () => {
    const corpus = await loadBundledCorpus();
    const labelled = JSON.parse(
      readFileSync(new URL('../fixtures/eval/match-eval.json', import.meta.url), 'utf8'),
    ) as Array<{ text: string }>;
    const sentences = labelled.map((l) => l.text);
    const shared = new ClaimMatcher(corpus.claims);
    for (const strictness of ['strict', 'balanced', 'loose'] as const) {
      const threshold = thresholdFor(strictness);
      const own = new ClaimMatcher(corpus.claims, { threshold }).match(sentences);
      expect(shared.match(sentences, threshold)).toEqual(own);
    }
    expect(shared.match(sentences, thresholdFor('strict')).length).toBeLessThan(
      shared.match(sentences, thresholdFor('loose')).length,
    );
  });
});

describe('the matcher survives the text layer numbering its terms again', () => {
  it('matches the same sentences before and after a page with more distinct words than the term bound', async () => {
    const corpus = await loadBundledCorpus();
    const matcher = new ClaimMatcher(corpus.claims);
    const sentences = corpus.claims.slice(0, 20).map((c) => c.sources[0]!.quote);
    const before = matcher.match(sentences);
    expect(before.length).toBeGreaterThan(10);
    const generation = termGeneration();
    // A hostile page: 120,000 distinct invented words, past the bound on interned terms.
    const letters = 'bcdfghklmnprstvz';
    const word = (i: number) => {
      let w = '';
      for (let n = i + 1; n > 0; n = Math.floor(n / letters.length)) w += `${letters[n % letters.length]}a`;
      return w;
    };
    for (let i = 0; i < 120_000; i += 2_000) {
      matcher.match([Array.from({ length: 2_000 }, (_, k) => word(i + k)).join(' ') + '.']);
    }
    // Numbered again once, not on every sentence past the bound.
    const renumbered = termGeneration();
    expect(renumbered).toBe(generation + 1);
    expect(matcher.match(sentences)).toEqual(before);
    expect(termGeneration()).toBe(renumbered);
    // A fresh matcher, whose memo was never filled in the old numbering, agrees.
    expect(new ClaimMatcher(corpus.claims).match(sentences)).toEqual(before);
  });
});
