import { describe, expect, it } from 'vitest';
import { readBundledArticles } from '../../src/cli/bundled-articles';
import { buildCorpus, type Claim, type DisagreementKind } from '../../src/core/corpus';

const files = await readBundledArticles();
const corpus = buildCorpus(files);

/** The claim that has `quote` among its sources and a disagreement of `kind`. */
function claimWith(quote: string, kind: DisagreementKind): Claim | undefined {
  return corpus.claims.find((c) => c.sources.some((s) => s.quote.includes(quote)) && c.disagreements.some((d) => d.kind === kind));
}

describe('every disagreement listed in assets/articles/README.md is found on the right claim', () => {
  it.each([
    { what: 'conflict length', quote: 'five-year-long conflict', kind: 'quantity', values: { 'five-year-long': ['a0'], '13-year': ['a3'], 'since 2011': ['a1', 'a2', 'a4'] } },
    { what: 'soldiers fled to Iraq', quote: 'hundreds of Syrian soldiers', kind: 'quantity', values: { hundreds: ['a3'], '2000': ['a1', 'a3'] } },
    { what: '370,000 displaced: who counted', quote: 'more than 370,000 people have been displaced', kind: 'attribution', values: { 'United Nations': ['a0'], Observatory: ['a1'] } },
    { what: 'prison name', quote: 'Saydnaya military prison', kind: 'spelling', values: { Sednaya: ['a0', 'a1', 'a3'], Saydnaya: ['a2'] } },
    { what: 'monitor head name', quote: 'according to Rami Abdurrahman', kind: 'spelling', values: { 'Abdel Rahman': ['a1'], Abdurrahman: ['a2'] } },
    { what: 'defence ministry on Homs', quote: 'claimed to have seized Homs', kind: 'denial', values: { 'denied by the Syrian defense ministry': ['a1', 'a3'] } },
    { what: 'interior minister on withdrawals', quote: 'dismissed claims of military withdrawal', kind: 'denial', values: { 'denied by the Interior Minister, Mohammed al-Rahmoun': ['a1'] } },
    { what: "government on Assad's departure", quote: 'has reportedly left the country', kind: 'denial', values: { 'denied by the government': ['a2'] } },
  ] as const)('$what', ({ quote, kind, values }) => {
    const claim = claimWith(quote, kind);
    expect(claim, `a claim quoting "${quote}" with a ${kind} disagreement`).toBeDefined();
    const found = claim!.disagreements.filter((d) => d.kind === kind).flatMap((d) => d.values);
    for (const [value, articles] of Object.entries(values)) {
      expect(found.find((v) => v.value === value)?.articles, value).toEqual(articles);
    }
    if (kind === 'denial') expect(claim!.status.kind).toBe('denied');
    if (kind === 'quantity' || kind === 'attribution') expect(claim!.status.kind).toMatch(/disputed|denied/);
  });
});

describe('claims', () => {
  it('building twice gives identical output, ids included', () => {
    expect(JSON.stringify(buildCorpus([...files].reverse()))).toBe(JSON.stringify(corpus));
  });

  it('ids are unique and every source quote is an exact sentence of its article', () => {
    expect(new Set(corpus.claims.map((c) => c.id)).size).toBe(corpus.claims.length);
    for (const c of corpus.claims) for (const s of c.sources) expect(s.sentenceId.startsWith(`${s.article}:s`)).toBe(true);
  });

  it.each([
    "What's Your Reaction?",
    'Share this Post',
    'Source link',
    'Read more:',
    'Hindenburg Research',
    'Credit: ABC News',
  ])('no claim quotes boilerplate %j', (text) => {
    expect(corpus.claims.some((c) => c.sources.some((s) => s.quote.includes(text)))).toBe(false);
  });

  it.each([
    ['370,000 displaced, in two articles', 'more than 370,000 people have been displaced', ['a0', 'a1']],
    ['Hezbollah fighters left positions around Damascus', 'Hezbollah fighters had vacated positions', ['a0', 'a1', 'a3']],
    ['the statue of Hafez al-Assad toppled', 'toppled a statue', ['a1', 'a3']],
    ["Assad's departure, the corpus's main claim, in all five", 'has reportedly left the country', ['a0', 'a1', 'a2', 'a3', 'a4']],
    ['Homs captured', 'claimed to have seized Homs', ['a0', 'a1', 'a2', 'a3', 'a4']],
    ['rebels entering Damascus', 'forces were moving into Damascus', ['a0', 'a1', 'a2', 'a3']],
  ])('%s is one claim', (_, quote, articles) => {
    const claim = corpus.claims.find((c) => c.sources.some((s) => s.quote.includes(quote)) && c.status.articles === articles.length);
    expect([...new Set(claim?.sources.map((s) => s.article))]).toEqual(articles);
    expect(claim?.status.summary).toContain(`Reported by ${articles.length} of 5 articles`);
  });

  it.each([
    ['Assad left the country', 'has reportedly left the country', ['appears to have fled Damascus', 'decided to leave the presidential post', 'departed via Damascus International Airport', 'whereabouts of Assad remain unknown']],
    ['Hezbollah left its positions around Damascus', 'Hezbollah fighters had vacated positions', ['had left their positions around the Syrian capital', 'has asked its forces to withdraw']],
  ])('one claim holds every wording of "%s"', (_, quote, wordings) => {
    const claim = corpus.claims.find((c) => c.sources.some((s) => s.quote.includes(quote)))!;
    for (const w of wordings) expect(claim.sources.some((s) => s.quote.includes(w)), w).toBe(true);
  });

  it('Hezbollah withdrawing from the Homs area is not the withdrawal from around Damascus', () => {
    const claim = corpus.claims.find((c) => c.sources.some((s) => s.quote.includes('Hezbollah fighters had vacated positions')))!;
    expect(claim.sources.some((s) => s.quote.includes('withdraw from the Homs area'))).toBe(false);
  });

  it('the denials of army withdrawals go to one claim, not to the Hezbollah withdrawal', () => {
    const denied = corpus.claims.filter((c) => c.disagreements.some((d) => d.kind === 'denial' && /withdrawal/.test(d.description)));
    expect(denied).toHaveLength(1);
    expect(denied[0]!.sources.map((s) => s.article)).toEqual(['a0', 'a1']);
    expect(denied[0]!.sources.some((s) => /Hezbollah/.test(s.quote))).toBe(false);
    expect(denied[0]!.status.summary).toBe('Reported by 2 of 5 articles; denied by the Interior Minister, Mohammed al-Rahmoun; the Syrian government.');
  });

  it('a sentence stating two facts supports two claims', () => {
    const twoFacts = 'at least 826 people killed';
    expect(corpus.claims.filter((c) => c.sources.some((s) => s.quote.includes(twoFacts))).length).toBeGreaterThanOrEqual(2);
  });

  it('single-source claims say so', () => {
    const single = corpus.claims.filter((c) => c.status.articles === 1 && c.disagreements.length === 0);
    expect(single.length).toBeGreaterThan(0);
    for (const c of single) expect(c.status).toEqual({ kind: 'single-source', articles: 1, summary: 'Reported by 1 of 5 articles only.' });
  });

  it('claims carry attributions, facts and matcher terms', () => {
    const displaced = claimWith('more than 370,000 people have been displaced', 'attribution')!;
    expect(displaced.attributions.map((a) => [a.who, a.article])).toEqual([
      ['United Nations', 'a0'],
      ['Observatory', 'a1'],
    ]);
    expect(displaced.facts).toContainEqual({ kind: 'number', value: '370000 peopl', text: 'more than 370,000' });
    expect(displaced.terms).toEqual(expect.arrayContaining(['370000', 'displac', 'un', 'observatory']));
  });
});
