/**
 * Matching benchmark (`npm run bench`): figures printed, not asserted. Every time is a median of
 * several runs and is also given as a ratio to the floor, segmentSentences on the same page text
 * in the same run, so figures from different machines compare.
 *
 * Corpora: the bundled one, and generated ones of 10,000 and 100,000 claims whose sentences are
 * drawn from the words of the bundled articles mixed with a generic news vocabulary (Zipf
 * frequencies), with invented names and figures, one to three sources per claim.
 */

import Fuse from 'fuse.js';
import type { Claim, Corpus } from '../src/core/corpus/types';
import { loadBundledCorpus, readBundledArticles } from '../src/cli/bundled-articles';
import { ClaimMatcher, TermIndex, measureIndexBytes } from '../src/core/match';
import { contentTerms, segmentSentences } from '../src/core/text';

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

async function makeSentenceGenerator(): Promise<() => string> {
  const counts = new Map<string, number>();
  for (const { text } of await readBundledArticles()) {
    for (const w of text.toLowerCase().match(/[a-z][a-z'-]+/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  for (const w of NEWS_WORDS) counts.set(w, (counts.get(w) ?? 0) + 2);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w);
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

function generateCorpus(size: number, sentence: () => string): Corpus {
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

// ---------- timing ----------
/** Milliseconds of warm-up before a steady-state measurement: V8 optimises hot code after a few hundred calls. */
const WARM_UP_MS = 200;
/** A sample repeats the function until it takes at least this long, so sub-millisecond work is not timer noise. */
const MIN_SAMPLE_MS = 20;

/** Median of `runs` samples, once per call: for one-off costs (building and loading the index). */
function time(fn: () => void, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/**
 * Steady-state time of one call: warm-up calls first (at least 3, and `WARM_UP_MS`), then the
 * median of `runs` samples of `reps` calls each. Matching and the floor are measured alike, so
 * neither ratio side carries the other's compilation.
 */
function timeWarm(fn: () => void, runs = 5): number {
  const start = performance.now();
  let calls = 0;
  while (calls < 3 || performance.now() - start < WARM_UP_MS) {
    fn();
    calls++;
  }
  const perCall = (performance.now() - start) / calls;
  const reps = Math.max(1, Math.ceil(MIN_SAMPLE_MS / Math.max(perCall, 1e-3)));
  return time(() => {
    for (let i = 0; i < reps; i++) fn();
  }, runs) / reps;
}
const ms = (x: number) => `${x < 1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;

/** Sentences per paragraph of a generated page, about what news pages have. */
const PARAGRAPH = 4;

/**
 * A page as paragraphs: sentences of the corpus (some paraphrased), the rest unrelated text.
 * Paragraphs, not one string, because that is how the DOM layer hands text over (block by
 * block), and because Intl.Segmenter in Node 20 is superlinear on one long string (3,000
 * sentences in one string take seconds), which would flatter every ratio.
 */
function makePage(n: number, corpus: Corpus, sentence: () => string): string[] {
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

const segmentPage = (page: string[]) => page.flatMap((p) => segmentSentences(p).map((s) => s.text));

function benchCorpus(label: string, corpus: Corpus, sentence: () => string, rows: string[]): void {
  const json = JSON.stringify(corpus);
  let matcher = new ClaimMatcher(corpus.claims);
  const build = time(() => {
    matcher = new ClaimMatcher(corpus.claims);
  }, 3);
  const indexBytes = measureIndexBytes(matcher.index);
  const indexJson = JSON.stringify(matcher.index.toJSON());
  const load = time(() => {
    const parsed = JSON.parse(json) as Corpus;
    new ClaimMatcher(parsed.claims);
  }, 3);
  const loadSerialised = time(() => {
    JSON.parse(json);
    TermIndex.fromJSON(JSON.parse(indexJson));
  }, 3);
  console.log(`\n## ${label}: ${corpus.claims.length.toLocaleString('en-US')} claims`);
  console.log(`corpus JSON ${(json.length / 1024).toFixed(0)} KiB; index JSON ${(indexBytes / 1024).toFixed(0)} KiB`);
  console.log(`index build ${ms(build)}; load (JSON.parse + build index) ${ms(load)}; load (JSON.parse corpus + serialised index) ${ms(loadSerialised)}`);
  rows.push(`| ${label} | index | build ${ms(build)} | load ${ms(load)} (from serialised index ${ms(loadSerialised)}) | index ${(indexBytes / 1024).toFixed(0)} KiB, corpus ${(json.length / 1024).toFixed(0)} KiB |`);

  for (const n of [30, 300, 3000]) {
    const page = makePage(n, corpus, sentence);
    const sentences = segmentPage(page);
    const warm = new ClaimMatcher(corpus.claims);
    // The first call on a fresh matcher, before the page's code is optimised: what a reader's first page costs.
    const cold = time(() => warm.match(sentences), 1);
    const floor = timeWarm(() => segmentPage(page));
    let found = 0;
    const matchTime = timeWarm(() => {
      found = warm.match(sentences).length;
    });
    // What the text layer alone costs per sentence: the part of matching no index can avoid.
    const termsOnly = timeWarm(() => sentences.forEach((s) => contentTerms(s)));
    console.log(`page of ${sentences.length} sentences: match ${ms(matchTime)} (${found} matches; first call ${ms(cold)}), floor ${ms(floor)}, ratio ${(matchTime / floor).toFixed(1)}x; contentTerms alone ${ms(termsOnly)} (${(termsOnly / floor).toFixed(1)}x)`);
    rows.push(`| ${label} | ${sentences.length} sentences | match ${ms(matchTime)} (${found} matches) | floor ${ms(floor)} | **${(matchTime / floor).toFixed(1)}x** | ${(termsOnly / floor).toFixed(1)}x |`);
    if (n === 3000 && label === 'bundled') {
      // The whole page as one string: segmentation must stay linear (it works in windows).
      const whole = page.join(' ');
      const oneString = time(() => segmentSentences(whole), 3);
      console.log(`the same page as one string of ${whole.length.toLocaleString('en-US')} characters: segmentSentences ${ms(oneString)}`);
      rows.push(`| ${label} | one string of ${sentences.length} sentences | segmentSentences ${ms(oneString)} | floor ${ms(floor)} | ${(oneString / floor).toFixed(1)}x | |`);
    }
  }

  // Sample: index vs fuse.js per sentence, and vs brute force (every claim scored).
  const sample = segmentPage(makePage(120, corpus, sentence)).slice(0, 120);
  const fuse = new Fuse(corpus.claims, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.4 });
  // fuse.js scans every claim per query (about a second per sentence at 100,000 claims): a
  // smaller sample there, compared per sentence.
  const fuseSample = sample.slice(0, corpus.claims.length > 20_000 ? 5 : corpus.claims.length > 1000 ? 15 : sample.length);
  const fuseTime = (time(() => fuseSample.forEach((s) => fuse.search(s.slice(0, 64), { limit: 1 })), 1) / fuseSample.length) * sample.length;
  const indexTime = time(() => matcher.match(sample), 3);
  let agree = 0;
  let positives = 0;
  // Brute force scores every claim (about 0.2 s per sentence at 100,000): 60 sentences there.
  const bruteSample = sample.slice(0, corpus.claims.length > 20_000 ? 60 : sample.length);
  const bruteTime = time(() => {
    agree = 0;
    positives = 0;
    for (const s of bruteSample) {
      const a = matcher.bestFor(s);
      const b = matcher.bestByBruteForce(s);
      const aOk = a && a.score >= matcher.threshold ? a.claim.id : null;
      const bOk = b && b.score >= matcher.threshold ? b.claim.id : null;
      if (bOk) positives++;
      if (aOk === bOk) agree++;
    }
  }, 1);
  console.log(`sample of ${sample.length}: index ${ms(indexTime)}, fuse.search ${ms(fuseTime)} (extrapolated from ${fuseSample.length}) (${(fuseTime / indexTime).toFixed(0)}x slower), brute force agreement ${agree}/${bruteSample.length} (${positives} brute-force matches; ${ms(bruteTime)} for both)`);
  rows.push(`| ${label} | sample of ${sample.length} | index ${ms(indexTime)} | fuse.search ${ms(fuseTime)} (index ${(fuseTime / indexTime).toFixed(0)}x faster) | agrees with brute force on ${agree}/${bruteSample.length} (${positives} matches) |`);
}

const rows: string[] = [];
const sentence = await makeSentenceGenerator();
benchCorpus('bundled', await loadBundledCorpus(), sentence, rows);
for (const size of [10_000, 100_000]) benchCorpus(`generated ${size.toLocaleString('en-US')}`, generateCorpus(size, sentence), sentence, rows);
console.log('\nMarkdown rows for docs/matching.md:\n');
console.log(rows.join('\n'));
