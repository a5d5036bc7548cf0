/**
 * The full build: every article at once, the reference clustering. The bundled corpus.json is this
 * build of assets/articles; ./incremental adds a reader's articles on top of it.
 */

import type { Claim, Corpus, Disagreement } from './types';
import { sentenceFeatures, type SentenceFeatures } from './features';
import { idfWeights } from './similarity';
import { clusterSentences } from './cluster';
import { conflictLengthDisagreement, conflictLengthSentences } from './conflict-length';
import { byPosition, claimIdOf, compareClaims, makeClaim, ownDisagreements } from './claim';
import { denialDisagreement, denialStatements, deniers, denialTarget, sharedDenialGroups, type Denier } from './denials';
import { prepareArticles } from './prepare';

/** Position of a sentence in reading order, as one number (articles hold far fewer than 10,000 sentences). */
export function positionOf(s: { articleIndex: number; index: number }): number {
  return s.articleIndex * 10000 + s.index;
}

interface Draft {
  group: SentenceFeatures[];
  synthetic: boolean;
  position: number;
  denials: Denier[];
}

/** Unique ids: two claims with the same source sentences get "-1", "-2" in claim order. */
export function uniqueIds(claims: Claim[], taken: Set<string> = new Set()): void {
  for (const c of claims) {
    let id = c.id;
    for (let n = 1; taken.has(id); n++) id = `${c.id}-${n}`;
    c.id = id;
    taken.add(id);
  }
}

/**
 * Builds the claim corpus from source articles. Same input, same output: claim ids hash the
 * source sentences, and every ordering is by file name and position.
 */
export function buildCorpus(files: Array<{ file: string; text: string }>): Corpus {
  const prepared = prepareArticles(files);
  const features: SentenceFeatures[] = prepared.flatMap((p, ai) =>
    p.sentences.map((s, k) => sentenceFeatures(s.id, p.article.id, ai, k, s.text)),
  );
  const checkable = features.filter((s) => s.checkable);
  const w = idfWeights(checkable);
  const byId = new Map(checkable.map((s) => [s.id, s]));
  const denierList = deniers(checkable.flatMap((s) => denialStatements(s, byId.get(`${s.article}:s${s.index - 1}`))));

  let groups = clusterSentences(checkable, w);
  const shared = sharedDenialGroups(denierList);
  groups = [...groups.filter((g) => !shared.some((sh) => g.every((s) => sh.includes(s)))), ...shared];
  const drafts: Draft[] = groups.map((g) => {
    const group = [...g].sort(byPosition);
    return { group, synthetic: false, position: positionOf(group[0]!), denials: [] };
  });
  const conflict = conflictLengthSentences(checkable);
  if (conflictLengthDisagreement(conflict)) drafts.push({ group: conflict, synthetic: true, position: positionOf(conflict[0]!), denials: [] });

  const candidates = drafts.map((d) => ({ sentences: d.group, synthetic: d.synthetic, position: d.position, key: d.group.map((s) => s.id).join(' '), draft: d }));
  for (const d of denierList) denialTarget(d, candidates, w)?.draft.denials.push(d);

  const labels = new Map(prepared.map((p) => [p.article.id, p.article.label]));
  const label = (a: string) => labels.get(a) ?? a;
  const total = prepared.length;
  const claims = drafts.map((d) => {
    const reporting = [...new Set(d.group.map((s) => s.article))].sort();
    const denials: Disagreement[] = d.denials.map((x) => denialDisagreement(x, reporting, label));
    return makeClaim(claimIdOf(d.group), d.group, w, total, ownDisagreements(d.group, d.synthetic), denials);
  });
  const position = new Map(drafts.map((d, i) => [claims[i]!, d.position]));
  claims.sort((a, b) => compareClaims(a, b, (c) => position.get(c) ?? 0));
  uniqueIds(claims);
  return { version: 1, articles: prepared.map((p) => p.article), claims };
}
