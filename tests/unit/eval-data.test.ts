/**
 * Guards the hand-written evaluation data. The matcher is tuned against these files, so a quote
 * that drifts from its article, a mislabelled category or a page sentence copied from a source
 * would silently skew every figure measured on them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../src/core/text';

const ROOT = join(__dirname, '..', '..');
const ARTICLE_DIR = join(ROOT, 'assets', 'articles');
const EVAL_DIR = join(ROOT, 'tests', 'fixtures', 'eval');

interface EvalItem {
  id: string;
  text: string;
  label: 'match' | 'none';
  source?: { file: string; quote: string };
  /** Other sentences that state the same fact; finding any of them is finding the fact. */
  also?: Array<{ file: string; quote: string }>;
  conflict?: { page: string; sources: string };
  category: string;
  difficulty?: 'easy' | 'medium' | 'hard';
}

interface FactPair {
  a: string;
  b: string;
  same: boolean;
  note: string;
}

const articles = new Map(
  readdirSync(ARTICLE_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f, readFileSync(join(ARTICLE_DIR, f), 'utf8')] as const),
);
const articleSentences = [...articles.values()].flatMap((body) =>
  segmentSentences(body).map((s) => s.text),
);

const items = JSON.parse(readFileSync(join(EVAL_DIR, 'match-eval.json'), 'utf8')) as EvalItem[];
const pairs = JSON.parse(readFileSync(join(EVAL_DIR, 'same-fact-pairs.json'), 'utf8')) as FactPair[];

/** Minimum items per category: enough for a per-category rate to move by under 5 points per item. */
const CATEGORY_MINIMUMS: Record<string, { label: 'match' | 'none'; min: number }> = {
  paraphrase: { label: 'match', min: 70 },
  'changed-number': { label: 'match', min: 15 },
  'other-syria': { label: 'none', min: 25 },
  'same-people-other-things': { label: 'none', min: 20 },
  unrelated: { label: 'none', min: 25 },
  'shared-phrase': { label: 'none', min: 25 },
};

/**
 * Fewest word edits a page sentence needs to become any stretch of an article sentence. Three
 * is "a few words differ": a near-verbatim paraphrase still has to change something a matcher
 * could trip on, or the set measures string equality.
 */
const MIN_WORD_EDITS = 3;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Edit distance from `page` to the closest contiguous span of `source` (free source prefix/suffix). */
function spanEditDistance(page: string[], source: string[]): number {
  let prev: number[] = new Array<number>(source.length + 1).fill(0);
  for (let i = 1; i <= page.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= source.length; j++) {
      const sub = (prev[j - 1] ?? 0) + (page[i - 1] === source[j - 1] ? 0 : 1);
      row.push(Math.min(sub, (prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1));
    }
    prev = row;
  }
  return Math.min(...prev);
}

function sentencesHolding(file: string, quote: string): string[] {
  const body = articles.get(file) ?? '';
  return segmentSentences(body)
    .map((s) => s.text)
    .filter((s) => s.includes(quote));
}

function isArticleSubstring(text: string): boolean {
  return [...articles.values()].some((body) => body.includes(text));
}

describe('match-eval.json', () => {
  it('has unique ids of the form p000', () => {
    const ids = items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^p\d{3}$/.test(id))).toEqual([]);
  });

  it('holds at least 180 sentences', () => {
    expect(items.length).toBeGreaterThanOrEqual(180);
  });

  it.each(Object.entries(CATEGORY_MINIMUMS))('has enough %s items, all labelled as expected', (category, rule) => {
    const inCategory = items.filter((i) => i.category === category);
    expect(inCategory.length).toBeGreaterThanOrEqual(rule.min);
    expect(inCategory.filter((i) => i.label !== rule.label).map((i) => i.id)).toEqual([]);
  });

  it('uses only known categories', () => {
    expect(items.filter((i) => !(i.category in CATEGORY_MINIMUMS)).map((i) => i.id)).toEqual([]);
  });

  it('has paraphrases at every difficulty', () => {
    const byDifficulty = new Map<string, number>();
    for (const i of items.filter((x) => x.category === 'paraphrase')) {
      byDifficulty.set(i.difficulty ?? 'none', (byDifficulty.get(i.difficulty ?? 'none') ?? 0) + 1);
    }
    expect([...byDifficulty.keys()].sort()).toEqual(['easy', 'hard', 'medium']);
    for (const count of byDifficulty.values()) expect(count).toBeGreaterThanOrEqual(10);
  });

  it.each(items.map((i) => [i.id, i] as const))('%s reads like a news sentence of 10-40 words', (_id, item) => {
    const n = item.text.split(/\s+/).length;
    expect(n).toBeGreaterThanOrEqual(10);
    expect(n).toBeLessThanOrEqual(40);
  });

  const matches = items.filter((i) => i.label === 'match');
  it.each(matches.map((i) => [i.id, i] as const))('%s cites a quote from one sentence of its article', (_id, item) => {
    expect(item.source).toBeDefined();
    expect(['easy', 'medium', 'hard']).toContain(item.difficulty);
    const { file, quote } = item.source ?? { file: '', quote: '' };
    expect(articles.has(file)).toBe(true);
    expect(articles.get(file)).toContain(quote);
    expect(sentencesHolding(file, quote).length).toBeGreaterThan(0);
    for (const other of item.also ?? []) {
      expect(articles.get(other.file)).toContain(other.quote);
      expect(sentencesHolding(other.file, other.quote).length).toBeGreaterThan(0);
      expect(sentencesHolding(other.file, other.quote)).not.toEqual(sentencesHolding(file, quote));
    }
  });

  const nones = items.filter((i) => i.label === 'none');
  it.each(nones.map((i) => [i.id, i] as const))('%s has no source, conflict or difficulty', (_id, item) => {
    expect(item.source).toBeUndefined();
    expect(item.also).toBeUndefined();
    expect(item.conflict).toBeUndefined();
    expect(item.difficulty).toBeUndefined();
  });

  it.each(matches.map((i) => [i.id, i] as const))(
    '%s carries a conflict exactly when it changes a number',
    (_id, item) => {
      if (item.category !== 'changed-number') {
        expect(item.conflict).toBeUndefined();
        return;
      }
      const conflict = item.conflict ?? { page: '', sources: '' };
      expect(item.text).toContain(conflict.page);
      expect(item.source?.quote).toContain(conflict.sources);
      expect(item.source?.quote).not.toContain(conflict.page);
      expect(conflict.page).not.toBe(conflict.sources);
    },
  );

  it.each(items.map((i) => [i.id, i] as const))('%s is not copied from an article', (_id, item) => {
    expect(isArticleSubstring(item.text)).toBe(false);
    const page = words(item.text);
    const closest = Math.min(...articleSentences.map((s) => spanEditDistance(page, words(s))));
    expect(closest).toBeGreaterThanOrEqual(MIN_WORD_EDITS);
  });
});

describe('same-fact-pairs.json', () => {
  it('holds at least 60 pairs, with both same-fact and different-fact pairs', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(60);
    expect(pairs.filter((p) => p.same).length).toBeGreaterThanOrEqual(25);
    expect(pairs.filter((p) => !p.same).length).toBeGreaterThanOrEqual(20);
  });

  it('has no pair twice', () => {
    const keys = pairs.map((p) => [p.a, p.b].sort().join('\u0000'));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(pairs.map((p, n) => [n, p] as const))('pair %i quotes article sentences exactly', (_n, pair) => {
    expect(typeof pair.same).toBe('boolean');
    expect(pair.note.length).toBeGreaterThan(5);
    expect(pair.a).not.toBe(pair.b);
    for (const side of [pair.a, pair.b]) {
      expect(articleSentences.some((s) => s.includes(side))).toBe(true);
    }
  });
});

const DEMO_DIR = join(ROOT, 'assets', 'demo');
const demoHtml = readFileSync(join(DEMO_DIR, 'article.html'), 'utf8');
const demoReadme = readFileSync(join(DEMO_DIR, 'README.md'), 'utf8');

/** Inline elements join their text to the words around them; every other tag breaks the text. */
const INLINE_TAGS = /<\/?(?:a|em|strong|span|time|b|i)\b[^>]*>/g;

function htmlText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(INLINE_TAGS, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&middot;/g, '·')
    .replace(/&copy;/g, '©')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** Rows of the README's tables whose first cell is an id such as m1, c2 or n3. */
function readmeRows(prefix: 'm' | 'c' | 'n'): string[][] {
  return demoReadme
    .split('\n')
    .filter((line) => new RegExp(`^\\| ${prefix}\\d+ \\|`).test(line))
    .map((line) => line.trim().slice(1, -1).split('|').map((cell) => cell.trim()));
}

const demoText = htmlText(demoHtml);
const demoBlocks = [...demoHtml.matchAll(/<(p|blockquote)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => ({
  raw: m[0],
  text: htmlText(m[2] ?? '').trim(),
}));
const demoMatches = readmeRows('m');
const demoConflicts = readmeRows('c');
const demoNones = readmeRows('n');

describe('demo article', () => {
  it('is a self-contained page: no scripts, no external resources', () => {
    expect(demoHtml).not.toMatch(/<script|<link|<iframe|\bsrc=|url\(\s*['"]?(?:https?:)?\/\//i);
    expect(demoHtml).not.toMatch(/href="(?:https?:)?\/\//i);
  });

  it('has the parts of a news page', () => {
    for (const part of ['<header', '<nav', '<h1', '<time', '<aside', '<footer', 'class="byline"']) {
      expect(demoHtml).toContain(part);
    }
    const body = /<div class="body">([\s\S]*?)<\/div>/.exec(demoHtml)?.[1] ?? '';
    const paragraphs = body.match(/<p>/g)?.length ?? 0;
    expect(paragraphs).toBeGreaterThanOrEqual(12);
    expect(paragraphs).toBeLessThanOrEqual(18);
  });

  it('lists about ten matches, three conflicts and several non-matches', () => {
    expect(demoMatches.length).toBeGreaterThanOrEqual(9);
    expect(demoMatches.length).toBeLessThanOrEqual(12);
    expect(demoConflicts.length).toBeGreaterThanOrEqual(3);
    expect(demoNones.length).toBeGreaterThanOrEqual(5);
    expect(demoMatches.filter((row) => row[2] !== '').length).toBeGreaterThanOrEqual(4);
  });

  it.each([...demoMatches, ...demoConflicts, ...demoNones].map((row) => [row[0], row[1] ?? ''] as const))(
    '%s occurs once in the page text and is not copied from an article',
    (_id, sentence) => {
      expect(demoText.split(sentence).length - 1).toBe(1);
      const page = words(sentence);
      const closest = Math.min(...articleSentences.map((s) => spanEditDistance(page, words(s))));
      expect(closest).toBeGreaterThanOrEqual(MIN_WORD_EDITS);
    },
  );

  it.each(demoMatches.map((row) => [row[0], row] as const))('%s spans its markup and cites its source', (_id, row) => {
    const [, sentence = '', markup = '', file = '', quote = ''] = row;
    if (markup !== '') {
      const block = demoBlocks.find((b) => b.text.includes(sentence));
      expect(block?.raw).toContain(`<${markup}`);
    }
    expect(articles.get(file)).toContain(quote);
    expect(sentencesHolding(file, quote).length).toBeGreaterThan(0);
  });

  it.each(demoConflicts.map((row) => [row[0], row] as const))('%s differs from its source by the listed figure', (_id, row) => {
    const [, sentence = '', pageValue = '', sourceValue = '', file = '', quote = ''] = row;
    expect(sentence).toContain(pageValue);
    expect(quote).toContain(sourceValue);
    expect(quote).not.toContain(pageValue);
    expect(articles.get(file)).toContain(quote);
    expect(sentencesHolding(file, quote).length).toBeGreaterThan(0);
  });
});
