/**
 * Matching quality on the hand-labelled evaluation set (tests/fixtures/eval/match-eval.json):
 * page sentences that paraphrase a source sentence (label "match", with the quote they paraphrase)
 * and sentences that only borrow a phrase, the same people, or another story (label "none").
 *
 * A "match" counts as found only when the matched claim's sources contain the cited quote or one
 * of the `also` quotes (other sentences stating the same fact): the right claim, not just any
 * claim that shares words. Precision, recall and per-category figures are printed.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../src/cli/bundled-articles';
import type { Corpus } from '../../src/core/corpus/types';
import { createMatcher, thresholdFor, type Match, type Strictness } from '../../src/core/match';
import { normalizeText } from '../../src/core/text';

interface EvalItem {
  id: string;
  text: string;
  label: 'match' | 'none';
  source?: { file: string; quote: string };
  /** Other source sentences that state the same fact: a match to a claim holding any of them is right. */
  also?: Array<{ file: string; quote: string }>;
  conflict?: { page: string; sources: string | Array<{ value: string }> };
  category: string;
}

const items: EvalItem[] = JSON.parse(
  readFileSync(new URL('../fixtures/eval/match-eval.json', import.meta.url), 'utf8'),
);

type Result = { item: EvalItem; match: Match | undefined; correct: boolean };
let corpus: Corpus;
const byPreset = new Map<Strictness, Result[]>();
let results: Result[];

function evaluate(threshold: number): Result[] {
  const matcher = createMatcher(corpus, { threshold });
  const matches = matcher.match(items.map((i) => i.text));
  const byIndex = new Map(matches.map((m) => [m.index, m]));
  const articleOf = new Map(corpus.articles.map((a) => [a.file, a.id]));
  const claims = new Map(corpus.claims.map((c) => [c.id, c]));
  return items.map((item, i) => {
    const match = byIndex.get(i);
    const wanted = item.source ? [item.source, ...(item.also ?? [])] : [];
    const sources = match ? claims.get(match.claimId)?.sources ?? [] : [];
    const correct =
      item.label === 'match' &&
      wanted.some((want) =>
        sources.some((s) => s.article === articleOf.get(want.file) && normalizeText(s.quote).includes(normalizeText(want.quote))),
      );
    return { item, match, correct };
  });
}

beforeAll(async () => {
  corpus = await loadBundledCorpus();
  for (const preset of ['strict', 'balanced', 'loose'] as const) byPreset.set(preset, evaluate(thresholdFor(preset)));
  results = byPreset.get('balanced')!;
});

function rates(rs: Result[]) {
  const tp = rs.filter((r) => r.correct).length;
  const reported = rs.filter((r) => r.match !== undefined).length;
  const positives = rs.filter((r) => r.item.label === 'match').length;
  return { tp, reported, positives, precision: reported ? tp / reported : 1, recall: positives ? tp / positives : 1 };
}

describe('matching quality on the labelled evaluation set', () => {
  // Balanced is the default and holds the product targets (precision >= 0.95 with recall >=
  // 0.85); the other presets have floors a little under what they measure (see constants.ts).
  it.each([
    ['strict', 0.98, 0.5],
    ['balanced', 0.95, 0.85],
    ['loose', 0.85, 0.95],
  ] as const)('%s: precision >= %s and recall >= %s', (preset, minPrecision, minRecall) => {
    const r = rates(byPreset.get(preset)!);
    console.log(`${preset} (threshold ${thresholdFor(preset)}): precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)}`);
    expect(r.precision).toBeGreaterThanOrEqual(minPrecision);
    expect(r.recall).toBeGreaterThanOrEqual(minRecall);
  });

  it('prints precision, recall and per-category results at the balanced preset', () => {
    const all = rates(results);
    const lines = [`all: precision ${all.precision.toFixed(3)} (${all.tp}/${all.reported}), recall ${all.recall.toFixed(3)} (${all.tp}/${all.positives})`];
    for (const half of ['even', 'odd'] as const) {
      const r = rates(results.filter((x) => (Number(x.item.id.replace(/\D/g, '')) % 2 === 0) === (half === 'even')));
      lines.push(`${half} ids: precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)}`);
    }
    for (const category of [...new Set(items.map((i) => i.category))]) {
      const rs = results.filter((r) => r.item.category === category);
      const found = rs.filter((r) => r.match !== undefined).length;
      lines.push(`  ${category}: ${rs.length} sentences, ${found} matched, ${rs.filter((r) => r.correct).length} to the right claim`);
    }
    const misses = results.filter((r) => (r.item.label === 'match') !== r.correct || (r.item.label === 'none' && r.match));
    lines.push('errors:', ...misses.map((r) => `  ${r.item.id} ${r.item.label} ${r.match ? `matched ${r.match.claimId} (${r.match.score})` : 'no match'}: ${r.item.text}`));
    console.log(lines.join('\n'));
    // Other stories never match, whatever they borrow: no "unrelated" or "other-syria" sentence.
    const strays = results.filter((r) => (r.item.category === 'unrelated' || r.item.category === 'other-syria') && r.match);
    expect(strays.map((r) => r.item.id)).toEqual([]);
  });

  it('reports every labelled conflict as a conflict with the page figure and the source figure', () => {
    const labelled = results.filter((r) => r.item.conflict);
    expect(labelled.length).toBeGreaterThan(0);
    const missed = labelled.filter(({ item, match }) => {
      const want = item.conflict!;
      const sourceValues = typeof want.sources === 'string' ? [want.sources] : want.sources.map((s) => s.value);
      return !match?.conflicts.some(
        (c) => c.page.includes(want.page) && sourceValues.every((v) => c.sources.some((s) => s.value.includes(v))),
      );
    });
    console.log(`conflicts: ${labelled.length - missed.length}/${labelled.length} reported`);
    expect(missed.map((r) => `${r.item.id}: ${JSON.stringify(r.match?.conflicts ?? 'no match')}`)).toEqual([]);
  });
});
