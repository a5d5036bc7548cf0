/**
 * Generated corpora and pages for the matching benchmark: sentences drawn from the words of the
 * bundled articles mixed with a generic news vocabulary (Zipf frequencies), with invented names
 * and figures, one to three sources per claim. Deterministic: the same seed gives the same corpus.
 */

import type { Claim, Corpus } from '../../src/core/corpus/types';
import { readBundledArticles } from '../../src/cli/bundled-articles';
import { contentTerms } from '../../src/core/text';

// ---------- deterministic randomness ----------
let seed = 20241208;
function rand(): number {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

// ---------- vocabulary ----------
const NEWS_WORDS = `government minister officials police election vote parliament president council court
judge ruling law bill budget tax economy inflation prices market shares investors bank interest rates
company workers union strike protest protesters crowd city town village region province border
country nation state federal local agency report reports reported statement spokesperson said says
told announced confirmed denied warned urged called demanded promised pledged agreed rejected
accused charged arrested detained released sentenced investigation inquiry evidence witness victims
families children women men people residents community hospital doctors patients health disease
outbreak vaccine school students teachers university research scientists study climate weather storm
flood floodwaters rain wildfire fire drought heat temperatures emissions energy oil gas power
electricity water supply food aid relief humanitarian refugees migrants camp shelter housing rent
homes building bridge road highway rail train airport flight airline passengers crash accident
killed injured dead wounded missing rescue emergency services army military troops soldiers navy
forces attack attacks strike strikes missile drone bombing explosion ceasefire talks negotiations
deal agreement treaty sanctions trade tariffs exports imports growth jobs unemployment wages
pension spending debt deficit reform policy plan proposal campaign candidate party leader
opposition coalition majority minority senate congress governor mayor cabinet ministry department
foreign domestic international global regional national official sources according week month year
day morning night weekend monday tuesday wednesday thursday friday saturday sunday early late
earlier later recent latest major significant key critical serious growing rising falling record
high low new old first second third final last next previous former current annual`.split(/\s+/);
const SYLLABLES = ['ka', 'ri', 'mo', 'lan', 'ter', 'vi', 'sa', 'dor', 'bel', 'an', 'zu', 'hen', 'ol', 'ma', 'ir', 'qu', 'est', 'ra', 'ni', 'gal'];
const name = () => {
  const w = () => {
    const s = pick(SYLLABLES) + pick(SYLLABLES) + (rand() < 0.5 ? pick(SYLLABLES) : '');
    return s[0]!.toUpperCase() + s.slice(1);
  };
  return rand() < 0.6 ? `${w()} ${w()}` : w();
};
const figure = () => {
  const r = rand();
  if (r < 0.3) return String(Math.floor(rand() * 900) + 10);
  if (r < 0.6) return (Math.floor(rand() * 900) + 100).toLocaleString('en-US') + ',000';
  if (r < 0.8) return String(1990 + Math.floor(rand() * 35));
  return pick(['hundreds', 'thousands', 'dozens', 'two', 'five', 'twelve']);
};

function zipfSampler(words: string[]): () => string {
  const weights = words.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cdf: number[] = [];
  let acc = 0;
  for (const w of weights) cdf.push((acc += w / total));
  return () => {
    const r = rand();
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]!;
  };
}

/**
 * Distinct words the generated text draws from. A real news corpus of 100,000 claims (some
 * 5 million words) uses tens of thousands of distinct words, and a Zipf sampler over this many
 * gives what real text gives: the 1,000 commonest words make about two thirds of all words, and
 * the number of distinct words grows with the corpus (Heaps' law). The articles' own 967 words come
 * first, so the commonest words are real ones; the rest are invented.
 */
export const VOCABULARY = 60_000;
/**
 * Syllables of the invented words: every consonant-vowel pair, some with a closing consonant, so
 * that words share their first letters about as often as real ones do (the scorer treats words
 * with the same first five letters as near matches).
 */
const WORD_SYLLABLES = [...'bcdfghklmnprstvz'].flatMap((c) => [...'aeiou'].flatMap((v) => [c + v, c + v + 'n', c + v + 'r']));

export async function makeSentenceGenerator(): Promise<() => string> {
  const counts = new Map<string, number>();
  for (const { text } of await readBundledArticles()) {
    for (const w of text.toLowerCase().match(/[a-z][a-z'-]+/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  for (const w of NEWS_WORDS) counts.set(w, (counts.get(w) ?? 0) + 2);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  // The rarer words of a large news corpus: invented, lowercase, two to four syllables.
  const known = new Set(ranked);
  while (ranked.length < VOCABULARY) {
    let w = '';
    for (let k = 2 + Math.floor(rand() * 3); k > 0; k--) w += pick(WORD_SYLLABLES);
    if (!known.has(w)) {
      known.add(w);
      ranked.push(w);
    }
  }
  const word = zipfSampler(ranked);
  return () => {
    const n = 12 + Math.floor(rand() * 22);
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = rand();
      out.push(r < 0.08 ? name() : r < 0.12 ? figure() : word());
    }
    const s = out.join(' ');
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  };
}

/** A second outlet's wording: some words dropped, two swapped, one figure kept. */
function paraphrase(s: string): string {
  const words = s.slice(0, -1).split(' ').filter(() => rand() > 0.2);
  if (words.length > 3) {
    const i = Math.floor(rand() * (words.length - 1));
    [words[i], words[i + 1]] = [words[i + 1]!, words[i]!];
  }
  return `${words.join(' ')}.`;
}

export function generateCorpus(size: number, sentence: () => string): Corpus {
  const articles = Array.from({ length: 50 }, (_, i) => `g${i}`);
  const claims: Claim[] = [];
  for (let i = 0; i < size; i++) {
    const first = sentence();
    const n = 1 + Math.floor(rand() * 3);
    const quotes = [first, ...Array.from({ length: n - 1 }, () => paraphrase(first))];
    const sources = quotes.map((quote, k) => ({ article: pick(articles), quote, sentenceId: `g:${i}:${k}` }));
    claims.push({
      id: `gen-${i}`,
      text: first,
      sources,
      attributions: [],
      facts: [],
      disagreements: [],
      status: { kind: n > 1 ? 'corroborated' : 'single-source', articles: n, summary: '' },
      terms: [...new Set(quotes.flatMap((q) => contentTerms(q)))],
    });
  }
  return {
    version: 1,
    articles: articles.map((id) => ({ id, file: id, headline: null, date: null, credit: null, label: id, origin: 'bundled' as const })),
    claims,
  };
}

/** Sentences per paragraph of a generated page, about what news pages have. */
const PARAGRAPH = 4;

/**
 * A page as paragraphs: sentences of the corpus (some paraphrased), the rest unrelated text.
 * Paragraphs, not one string, because that is how the DOM layer hands text over (block by
 * block), and because Intl.Segmenter in Node 20 is superlinear on one long string (3,000
 * sentences in one string take seconds), which would flatter every ratio.
 */
export function makePage(n: number, corpus: Corpus, sentence: () => string): string[] {
  const quotes = corpus.claims.flatMap((c) => c.sources.map((s) => s.quote));
  const paragraphs: string[] = [];
  for (let i = 0; i < n; i += PARAGRAPH) {
    const out: string[] = [];
    for (let k = i; k < Math.min(n, i + PARAGRAPH); k++) {
      const r = rand();
      out.push(r < 0.15 ? pick(quotes) : r < 0.3 ? paraphrase(pick(quotes)) : sentence());
    }
    paragraphs.push(out.join(' '));
  }
  return paragraphs;
}

