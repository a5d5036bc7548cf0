import { describe, expect, it } from 'vitest';
import { readBundledArticles } from '../../src/cli/bundled-articles';
import {
  addArticle,
  ArticleAlreadyInCorpusError,
  ArticleNotInCorpusError,
  buildCorpus,
  createCorpusBuilder,
  removeArticle,
  type Corpus,
} from '../../src/core/corpus';

const files = await readBundledArticles();
const full = buildCorpus(files);

/** A reader's own article: it restates the departure and the Homs denial and adds facts of its own. */
const USER_ARTICLE = {
  file: 'https://news.example.org/syria/assad-gone',
  text: [
    'Assad gone as rebels hold Damascus',
    'Syrian President Bashar al-Assad has left the country, the Syrian Observatory for Human Rights said on Sunday.',
    'Rebels led by Hayat Tahrir al-Sham said they had captured the city of Homs overnight.',
    'The Syrian defence ministry denied that rebels had entered Homs.',
    'A curfew was announced in the coastal city of Tartus by local officials, who said 40 checkpoints had been set up.',
    'Since the war began in 2011, the fighting has displaced millions of Syrians.',
  ].join('\n\n'),
  meta: { site: 'news.example.org', title: 'Assad gone as rebels hold Damascus', url: 'https://news.example.org/syria/assad-gone' },
  origin: 'user' as const,
};

function claimQuoting(corpus: Corpus, quote: string) {
  return corpus.claims.find((c) => c.sources.some((s) => s.quote.includes(quote)));
}

describe('adding an article and removing it gives back the corpus before', () => {
  it.each(files.map((f) => [f.file, f] as const))('bundled %s: built from the other four, added, removed', (_, fifth) => {
    const four = buildCorpus(files.filter((f) => f !== fifth));
    const snapshot = structuredClone(four);
    const five = addArticle(four, { file: fifth.file, text: fifth.text, origin: 'user' });
    expect(five.articles).toHaveLength(5);
    expect(five.claims.some((c) => c.sources.some((s) => s.article === five.articles[4]!.id))).toBe(true);
    expect(four).toEqual(snapshot);
    expect(removeArticle(five, five.articles[4]!.id)).toEqual(four);
  });

  it("a reader's own article, on top of the bundled five", () => {
    const mine = addArticle(full, USER_ARTICLE);
    expect(removeArticle(mine, mine.articles[5]!.id)).toEqual(full);
  });

  it('two additions removed in either order', () => {
    const four = buildCorpus(files.slice(0, 4));
    const both = addArticle(addArticle(four, { ...files[4]!, origin: 'user' }), USER_ARTICLE);
    const [, , , , fifth, sixth] = both.articles;
    expect(removeArticle(removeArticle(both, sixth!.id), fifth!.id)).toEqual(four);
    expect(removeArticle(removeArticle(both, fifth!.id), sixth!.id)).toEqual(four);
  });
});

describe("a reader's article joins the claims it states", () => {
  const mine = addArticle(full, USER_ARTICLE);
  const id = mine.articles[5]!.id;

  it.each([
    ["Assad's departure", 'has reportedly left the country', 'has left the country, the Syrian Observatory'],
    ['Homs captured', 'claimed to have seized Homs', 'they had captured the city of Homs overnight'],
    ['the conflict length', 'five-year-long conflict', 'Since the war began in 2011, the fighting'],
  ])('%s', (_, existing, added) => {
    const claim = claimQuoting(mine, existing)!;
    expect(claim.sources.some((s) => s.article === id && s.quote.includes(added))).toBe(true);
    expect(claim.status.summary).toMatch(/^Reported by \d of 6 articles/);
  });

  it('keeps the ids of the claims it joined and of those it did not touch', () => {
    expect(mine.claims.map((c) => c.id).sort()).toEqual(expect.arrayContaining(full.claims.map((c) => c.id).sort()));
  });

  it('the denial it repeats counts it among the deniers\' reporters', () => {
    const homs = claimQuoting(mine, 'claimed to have seized Homs')!;
    const denial = homs.disagreements.find((d) => d.kind === 'denial')!;
    expect(denial.values[1]!.articles).toEqual(['a1', 'a3', id].sort());
  });

  it('a fact no other article states is a new single-source claim', () => {
    const curfew = claimQuoting(mine, 'A curfew was announced in the coastal city of Tartus')!;
    expect(curfew.sources.map((s) => s.article)).toEqual([id]);
    expect(curfew.status).toEqual({ kind: 'single-source', articles: 1, summary: 'Reported by 1 of 6 articles only.' });
  });

  it('labels it by its title', () => {
    expect(mine.articles[5]).toMatchObject({ label: 'Assad gone as rebels hold Damascus', origin: 'user', url: USER_ARTICLE.meta.url });
  });
});

describe('the same article twice is refused', () => {
  const mine = addArticle(full, USER_ARTICLE);

  it.each([
    ['the same text', USER_ARTICLE],
    ['the same URL, other text', { ...USER_ARTICLE, text: 'Other words entirely about the weather in Oslo on Monday.' }],
    ['the same sentences with other page furniture', { ...USER_ARTICLE, text: `${USER_ARTICLE.text}\n\nShare this Post`, meta: {} }],
  ])('%s', (_, input) => {
    expect(() => addArticle(mine, input)).toThrow(new ArticleAlreadyInCorpusError(mine.articles[5]!.id, 'Assad gone as rebels hold Damascus'));
  });

  it('a bundled article added again, by its text', () => {
    const again = files[2]!;
    expect(() => addArticle(full, { file: 'copy.txt', text: again.text, origin: 'user' })).toThrow('This article is already in your corpus: Article 3 (agencies)');
  });

  it('removing an article that is not there says so', () => {
    expect(() => removeArticle(full, 'u00000000')).toThrow(ArticleNotInCorpusError);
  });
});

describe('the builder keeps its index between changes', () => {
  it('adds and removes like the pure functions', () => {
    const b = createCorpusBuilder(full);
    const article = b.add(USER_ARTICLE);
    expect(b.corpus()).toEqual(addArticle(full, USER_ARTICLE));
    b.remove(article.id);
    expect(b.corpus()).toEqual(full);
  });
});

describe("a claim is judged by what its sources state in common, not by one source", () => {
  /** Three reports of one flood level; the first also says schools closed. */
  const FLOOD = [
    'Floodwater in Marlow rose 4 metres above normal on Tuesday, and the town council closed 12 schools near the river.',
    'Water levels in Marlow stood 4 metres above normal on Tuesday, the Environment Agency said.',
    'The river at Marlow rose 4 metres above its normal level on Tuesday, residents said.',
  ];
  const page = (text: string, k: number) => ({
    file: `https://example.org/flood-${k}`,
    text: `Flood report ${k}\n\n${text}`,
    meta: { url: `https://example.org/flood-${k}`, title: `Flood report ${k}` },
    origin: 'user' as const,
  });
  const flooded = FLOOD.reduce((c, text, k) => addArticle(c, page(text, k)), full);
  const level = claimQuoting(flooded, 'Water levels in Marlow')!;

  it('the three reports of the level are one claim', () => {
    expect(level.sources.map((s) => s.quote)).toEqual(FLOOD);
  });

  it.each([
    ['restates the level', 'Marlow saw water 4 metres above normal on Tuesday, officials said.', true],
    ['states only the schools, which one source adds', 'The town council closed 12 schools near the river in Marlow on Wednesday, a spokesman said.', false],
  ])('a fourth article that %s joins it: %s', (_, text, joined) => {
    const next = addArticle(flooded, page(text, 9));
    const claim = next.claims.find((c) => c.id === level.id)!;
    expect(claim.sources.some((s) => s.quote === text)).toBe(joined);
    expect(removeArticle(next, next.articles[next.articles.length - 1]!.id)).toEqual(flooded);
  });
});
