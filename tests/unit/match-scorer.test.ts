import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../src/cli/bundled-articles';
import { profileText } from '../../src/core/match/profile';
import { SCORING } from '../../src/core/match/constants';
import { PageScorer, measureOverlap, scoreOverlap, weigh, withNames, type WeighedProfile } from '../../src/core/match/score';
import { Reached, TermIndex } from '../../src/core/match/term-index';

const labelled: Array<{ text: string }> = JSON.parse(
  readFileSync(new URL('../fixtures/eval/match-eval.json', import.meta.url), 'utf8'),
);


// The scoring rules written the plain way (a merge of two id-sorted profiles, a search per head): the reference the marking scorer is checked against. Flags as in score.ts.
const SEEN = 1;
const NUMERIC = 2;
const NAME = 4;
const POLARITY = 8;

/** Whether a profile has a head: `heads` holds one head id per term (-1 for none). */
function hasHead(heads: readonly number[], head: number): boolean {
  return heads.includes(head);
}

function reference(page: WeighedProfile, source: WeighedProfile, w = SCORING) {
  const shared: number[] = [];
  let sharedPage = 0;
  let sharedSource = 0;
  let sharedContentMass = 0;
  let pageMass = 0;
  let j = 0;
  for (let i = 0; i < page.ids.length; i++) {
    const id = page.ids[i]!;
    while (j < source.ids.length && source.ids[j]! < id) j++;
    const exact = j < source.ids.length && source.ids[j] === id;
    const flags = page.flags[i]!;
    const numeric = (flags & NUMERIC) !== 0;
    if (!exact && numeric && source.profile.hasFigures) continue;
    const head = page.head[i]!;
    const inSource = exact || (head >= 0 && hasHead(source.head, head));
    const weight = page.idf[i]!;
    const isName = (flags & NAME) !== 0;
    if (!inSource) {
      let extra = flags & SEEN && !numeric ? 1 : w.unseenWeight;
      if (isName) extra *= w.foreignNameWeight;
      if (flags & POLARITY) extra *= w.polarityWeight;
      pageMass += weight * extra;
      continue;
    }
    pageMass += weight;
    shared.push(i);
    const credit = isName || (exact && (source.flags[j]! & NAME) !== 0) ? w.sharedNameCredit : 1;
    sharedPage += weight * credit;
    sharedSource += weight * credit;
    if (!numeric && !isName) sharedContentMass += weight;
  }
  let sourceMass = 0;
  let i = 0;
  for (let k = 0; k < source.ids.length; k++) {
    const id = source.ids[k]!;
    while (i < page.ids.length && page.ids[i]! < id) i++;
    let extra = 1;
    if (!(i < page.ids.length && page.ids[i] === id)) {
      const flags = source.flags[k]!;
      if (flags & NUMERIC) continue;
      const head = source.head[k]!;
      if (head >= 0 && hasHead(page.head, head)) continue;
      if (flags & NAME) extra *= w.missingNameWeight;
      if (flags & POLARITY) extra *= w.polarityWeight;
    }
    sourceMass += source.idf[k]! * extra;
  }
  const pageCoverage = pageMass > 0 ? sharedPage / pageMass : 0;
  const sourceCoverage = sourceMass > 0 ? sharedSource / sourceMass : 0;
  const b2 = w.beta * w.beta;
  const f = pageCoverage === 0 || sourceCoverage === 0 ? 0 : ((1 + b2) * pageCoverage * sourceCoverage) / (b2 * pageCoverage + sourceCoverage);
  shared.sort((x, y) => page.order[x]! - page.order[y]!);
  return {
    score: sharedContentMass < w.minContentMass ? 0 : f,
    overlap: { shared: shared.map((k) => page.terms[k]!), sharedContentMass, pageCoverage, sourceCoverage },
  };
}

describe('the marking scorer gives what the scoring rules give, written the plain way', () => {
  it('on every labelled sentence against every source, with and without names', async () => {
    const corpus = await loadBundledCorpus();
    const index = new TermIndex();
    for (const c of corpus.claims) index.add({ id: c.id, terms: c.terms });
    const idf = (t: string) => index.idf(t);
    const seen = (t: string) => index.df(t) > 0;
    const sources = corpus.claims.flatMap((c) =>
      c.sources.map((s) => weigh(profileText(s.quote), idf, seen, (t) => index.termId(t), (h) => index.headId(h))),
    );
    const scorer = new PageScorer();
    let compared = 0;
    let positive = 0;
    const differ: string[] = [];
    for (const { text } of labelled) {
      const full = profileText(text);
      // A page only looks ids up: its words no source has get -1.
      const bare = weigh(profileText(text, full.list, false), idf, seen, (t) => index.term(t)?.id ?? -1, (h) => index.head(h)?.id ?? -1);
      const named = withNames(bare, full);
      scorer.load(bare, index.termIds, index.headIds);
      for (const page of [bare, named]) {
        scorer.reflag(page);
        for (const source of sources) {
          const expected = reference(page, source);
          const actual = scorer.score(source);
          compared++;
          if (expected.score > 0) positive++;
          if (actual !== expected.score) differ.push(`${text} / ${source.profile.text}: ${actual} vs ${expected.score}`);
          if (JSON.stringify(scorer.overlap(source)) !== JSON.stringify(expected.overlap)) differ.push(`overlap: ${text} / ${source.profile.text}`);
        }
      }
    }
    expect(differ.slice(0, 5)).toEqual([]);
    // The module functions give the same, loading a scorer of their own.
    const page = weigh(profileText(labelled[0]!.text), idf, seen, (t) => index.term(t)?.id ?? -1, (h) => index.head(h)?.id ?? -1);
    for (const source of sources) {
      expect(scoreOverlap(page, source)).toBe(reference(page, source).score);
      expect(measureOverlap(page, source)).toEqual(reference(page, source).overlap);
    }
    expect(compared).toBe(labelled.length * 2 * sources.length);
    // The comparison means something only if many pairs score above zero.
    expect(positive).toBeGreaterThan(1000);
  });

  it('refuses a page other than the one loaded', () => {
    const index = new TermIndex();
    index.add({ id: 'a', terms: ['airport', 'assad'] });
    const w = (text: string) => weigh(profileText(text), (t) => index.idf(t), () => true, (t) => index.termId(t), (h) => index.headId(h));
    const scorer = new PageScorer();
    scorer.load(w('Assad left from the airport.'), index.termIds, index.headIds);
    expect(() => scorer.reflag(w('Rebels took Homs.'))).toThrow(/not the loaded page/);
  });
});

describe('claims come out of the reach heap best bound first', () => {
  it('orders any pushes by bound, ties by slot', () => {
    const heap = new Reached();
    const bounds = [3, 9, 1, 9, 5, 7, 2, 8, 6, 4, 0.5, 7];
    bounds.forEach((b, slot) => heap.push(slot, b));
    heap.heapify();
    const out: Array<[number, number]> = [];
    for (let slot = heap.next(); slot >= 0; slot = heap.next()) out.push([slot, heap.bound]);
    const expected = bounds.map((b, slot) => [slot, b] as [number, number]).sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    expect(out).toEqual(expected);
  });

  it('finds a claim through a common term with a rarer one, or alone when it can reach the bar', () => {
    // 300 claims share "said" (longer than the 200-claim floor): it is tested claim by claim, not read.
    const index = new TermIndex();
    for (let i = 0; i < 300; i++) index.add({ id: `c${i}`, terms: ['said', `rare${i}`] });
    const reached = new Reached();
    const said = index.term('said');
    const rare = index.term('rare7');
    index.reach([said, rare], [1, 5], 5.5, reached);
    expect(reached.size).toBe(1);
    expect(index.idAt(reached.next())).toBe('c7');
    expect(reached.bound).toBe(6);
    // "said" alone weighs less than the bar: no claim can reach it through "said" only.
    index.reach([said], [1], 1.5, reached);
    expect(reached.size).toBe(0);
    // It weighs enough: every claim on it can, and every one is found without reading its list.
    index.reach([said], [1], 0.5, reached);
    expect(reached.size).toBe(300);
    expect(index.idAt(reached.next())).toBe('c0');
  });
});
