/**
 * Matching benchmark (`npm run bench [-- --bundled]`): figures printed, not asserted. Every time is a median of
 * several runs and is also given as a ratio to the floor, segmentSentences on the same page text,
 * timed in alternation with it (the median of the per-pair ratios), so figures from different
 * machines compare and the machine's drift stays out of the ratio.
 *
 * Corpora: the bundled one, and generated ones of 10,000 and 100,000 claims whose sentences are
 * drawn from a 60,000-word vocabulary (the bundled articles' words and a generic news list first,
 * then invented words; Zipf frequencies), with invented names and figures, one to three sources
 * per claim (scripts/lib/generated-corpus.ts).
 */

import Fuse from 'fuse.js';
import type { Corpus } from '../src/core/corpus/types';
import { loadBundledCorpus } from '../src/cli/bundled-articles';
import { generateCorpus, makePage, makeSentenceGenerator } from './lib/generated-corpus';
import { ClaimMatcher, TermIndex, measureIndexBytes } from '../src/core/match';
import { contentTerms, segmentSentences } from '../src/core/text';

// ---------- timing ----------
/** Milliseconds of warm-up before a steady-state measurement: V8 optimises hot code after a few hundred calls. */
const WARM_UP_MS = 200;
/** A sample repeats the function until it takes at least this long, so sub-millisecond work is not timer noise. */
const MIN_SAMPLE_MS = 20;

const median = (xs: readonly number[]) => [...xs].sort((p, q) => p - q)[xs.length >> 1]!;

/** Median of `runs` samples, once per call: for one-off costs (building and loading the index). */
function time(fn: () => void, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/**
 * Two functions timed in alternation, sample by sample (`rounds` pairs after the warm-up): the
 * machine's speed drifts over seconds, and timing one function after the other put the drift
 * into their ratio. Gives each one's median time and the median of the per-pair ratios b / a.
 */
function timePaired(a: () => void, b: () => void, rounds = 15): { a: number; b: number; ratio: number } {
  const repsOf = (fn: () => void) => {
    const start = performance.now();
    let calls = 0;
    while (calls < 3 || performance.now() - start < WARM_UP_MS) {
      fn();
      calls++;
    }
    return Math.max(1, Math.ceil(MIN_SAMPLE_MS / Math.max((performance.now() - start) / calls, 1e-3)));
  };
  const ra = repsOf(a);
  const rb = repsOf(b);
  const sample = (fn: () => void, reps: number) => {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) fn();
    return (performance.now() - t0) / reps;
  };
  const ta: number[] = [];
  const tb: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    // Alternate which goes first, so neither always runs right after the other's garbage.
    let x: number;
    let y: number;
    if (r % 2 === 0) {
      x = sample(a, ra);
      y = sample(b, rb);
    } else {
      y = sample(b, rb);
      x = sample(a, ra);
    }
    ta.push(x);
    tb.push(y);
    ratios.push(y / x);
  }
  return { a: median(ta), b: median(tb), ratio: median(ratios) };
}

const ms = (x: number) => `${x < 1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;

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
    let found = 0;
    const paired = timePaired(
      () => segmentPage(page),
      () => {
        found = warm.match(sentences).length;
      },
    );
    const floor = paired.a;
    const matchTime = paired.b;
    // What the text layer alone costs per sentence: the part of matching no index can avoid.
    const terms = timePaired(
      () => segmentPage(page),
      () => sentences.forEach((s) => contentTerms(s)),
    );
    console.log(`page of ${sentences.length} sentences: match ${ms(matchTime)} (${found} matches; first call ${ms(cold)}), floor ${ms(floor)}, ratio ${paired.ratio.toFixed(1)}x; contentTerms alone ${ms(terms.b)} (${terms.ratio.toFixed(1)}x)`);
    rows.push(`| ${label} | ${sentences.length} sentences | match ${ms(matchTime)} (${found} matches) | floor ${ms(floor)} | **${paired.ratio.toFixed(1)}x** | ${terms.ratio.toFixed(1)}x |`);
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
// `npm run bench -- --bundled`: the bundled corpus only (seconds, not minutes).
const sizes = process.argv.includes('--bundled') ? [] : [10_000, 100_000];
for (const size of sizes) benchCorpus(`generated ${size.toLocaleString('en-US')}`, generateCorpus(size, sentence), sentence, rows);
console.log('\nMarkdown rows for docs/matching.md:\n');
console.log(rows.join('\n'));
