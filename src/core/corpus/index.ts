/**
 * The claim corpus builder: articles in, claims out. Pure TypeScript with no DOM and no Node APIs,
 * so the same build runs for the bundled corpus.json and in the browser for a user's own articles.
 * The method is written up in docs/corpus.md.
 */

import type { Article, Attribution, Claim, ClaimSource, Corpus, Disagreement, SourceSentence } from './types';
import { segmentSentences, contentTerms, nameKey, aliasMentions, extractNames } from '../text';
import { cleanArticle, type CleanedArticle, type DroppedLine } from './clean';
import { sentenceFeatures, type SentenceFeatures } from './features';
import { idfWeights, similarity, type Weights } from './similarity';
import { clusterSentences } from './cluster';
import { conflictLengthMentions } from './conflict-length';
import {
  attributionDisagreements,
  quantityDisagreements,
  spellingDisagreement,
  spellingVariants,
} from './disagreements';
import { claimFacts } from './facts';
import { claimStatus } from './status';
import { fnv1a } from './hash';

export type * from './types';
export { cleanArticle, type CleanedArticle, type DroppedLine, type DropReason } from './clean';

export interface PreparedArticle {
  article: Article;
  /** Cleaned body text; sentence offsets index it. */
  body: string;
  sentences: SourceSentence[];
  dropped: DroppedLine[];
}

/** Agency credits short enough to read as "AFP-credited". */
const AGENCY_CREDIT = /^[A-Z]{2,8}(?:, [A-Z]{2,8})*$/;

function label(index: number, cleaned: CleanedArticle): string {
  if (cleaned.headline) return cleaned.headline;
  const n = `Article ${index + 1}`;
  if (!cleaned.credit) return n;
  const first = cleaned.credit.split(', ')[0]!;
  return AGENCY_CREDIT.test(first) ? `${n} (${first}-credited)` : `${n} (credit: ${cleaned.credit})`;
}

/**
 * Cleans and segments the articles, in file-name order. Why exported: tests and the maintainers'
 * tools check the cleaning (every dropped line with its reason) and the sentence offsets.
 */
export function prepareArticles(files: Array<{ file: string; text: string }>): PreparedArticle[] {
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return sorted.map(({ file, text }, i) => {
    const cleaned = cleanArticle(text);
    const id = `a${i}`;
    const sentences = segmentSentences(cleaned.body).map((s, k) => ({
      id: `${id}:s${k}`, article: id, text: s.text, start: s.start, end: s.end,
    }));
    return {
      article: {
        id, file, headline: cleaned.headline, date: cleaned.date, credit: cleaned.credit,
        label: label(i, cleaned), origin: 'bundled',
      },
      body: cleaned.body,
      sentences,
      dropped: cleaned.dropped,
    };
  });
}

/** The most representative sentence: highest total similarity to the others, then the shortest. */
function canonical(group: SentenceFeatures[], w: Weights): SentenceFeatures {
  let best = group[0]!;
  let bestScore = -1;
  for (const a of group) {
    let score = 0;
    for (const b of group) if (a !== b) score += similarity(a.termSet, b.termSet, w);
    if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) < 1e-9 && a.text.length < best.text.length)) {
      best = a;
      bestScore = score;
    }
  }
  return best;
}

function conflictLengthGroup(sentences: SentenceFeatures[]): { group: SentenceFeatures[]; disagreement: Disagreement | null } {
  const mentions = sentences.flatMap(conflictLengthMentions);
  const group = [...new Set(mentions.map((m) => m.sentence))];
  const byYears = new Map<string, { labels: Set<string>; articles: Set<string> }>();
  for (const m of mentions) {
    // "since 2011" reads as its own value: its length depends on when the article was written.
    const key = m.number.kind === 'duration' ? `${m.number.value} years` : m.label;
    const entry = byYears.get(key) ?? { labels: new Set(), articles: new Set() };
    entry.labels.add(m.label);
    entry.articles.add(m.sentence.article);
    byYears.set(key, entry);
  }
  if (new Set(group.map((s) => s.article)).size < 2 || byYears.size < 2) return { group: [], disagreement: null };
  return {
    group,
    disagreement: {
      kind: 'quantity',
      description: `The articles give different lengths for the conflict: ${[...byYears.values()].map((e) => [...e.labels].join(' / ')).join(' vs ')}.`,
      values: [...byYears.values()].map((e) => ({ value: [...e.labels].join(' / '), articles: [...e.articles].sort() })),
    },
  };
}

interface Draft {
  group: SentenceFeatures[];
  /** Built from a recurring figure rather than sentence similarity (the conflict length). */
  synthetic?: boolean;
  disagreements: Disagreement[];
}

/** Denials attach to the claim they deny: the claim whose terms best cover what is denied. */
/** Share of the denied wording (names weigh triple) a claim must cover to be the denied claim. */
const DENIAL_COVERAGE = 0.7;
const NAME_WEIGHT = 3;

function attachDenials(drafts: Draft[], all: SentenceFeatures[], w: Weights, labels: Map<string, string>): void {
  const byId = new Map(all.map((s) => [s.id, s]));
  const merged = new Map<Draft, Map<string, { who: string; what: string; articles: Set<string> }>>();
  // One denier's statements across articles are one denial: "denied that rebels had entered Homs"
  // and "had denied this" (the captured city, in the sentence before) together name what is denied.
  const byWho = new Map<string, Array<{ s: SentenceFeatures; who: string; what: string; resolved: string }>>();
  for (const s of all) {
    for (const d of s.denials) {
      let resolved = d.what;
      if (/^(?:this|it|that|the reports?|these reports)$/i.test(d.what)) {
        resolved = byId.get(`${s.article}:s${s.index - 1}`)?.text ?? d.what;
      }
      const key = nameKey(d.who);
      byWho.set(key, [...(byWho.get(key) ?? []), { s, who: d.who, what: d.what, resolved }]);
    }
  }
  for (const list of byWho.values()) {
    const what = list.map((x) => x.resolved).join(' ');
    const s = list[0]!.s;
    const d = { who: list[0]!.who, what: list.find((x) => x.what !== 'this')?.what ?? list[0]!.what };
    {
      const denied = new Set(contentTerms(what));
      const named = new Set(extractNames(what).flatMap((n) => contentTerms(n.text)));
      const weight = (t: string) => w.weight(t) * (named.has(t) ? NAME_WEIGHT : 1);
      let best: Draft | null = null;
      let bestScore = 0;
      for (const draft of drafts) {
        if (list.some((x) => draft.group.includes(x.s)) || draft.synthetic) continue;
        const terms = new Set(draft.group.flatMap((x) => x.terms));
        let shared = 0;
        let total = 0;
        for (const t of denied) {
          total += weight(t);
          if (terms.has(t)) shared += weight(t);
        }
        const score = total === 0 ? 0 : shared / total;
        const articles = new Set(draft.group.map((x) => x.article)).size;
        const bestArticles = best ? new Set(best.group.map((x) => x.article)).size : 0;
        if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) < 1e-9 && articles > bestArticles)) {
          best = draft;
          bestScore = score;
        }
      }
      const own = drafts.find((x) => x.group.includes(s) && !x.synthetic);
      const target = best && bestScore >= DENIAL_COVERAGE ? best : own;
      if (!target) continue;
      const key = nameKey(d.who);
      const entries = merged.get(target) ?? new Map();
      const entry = entries.get(key) ?? { who: d.who.replace(/^the\s+/i, '').replace(/,\s*$/, ''), what: d.what, articles: new Set<string>() };
      for (const x of list) entry.articles.add(x.s.article);
      entries.set(key, entry);
      merged.set(target, entries);
    }
  }
  for (const [draft, entries] of merged) {
    const reporting = [...new Set(draft.group.map((x) => x.article))].sort();
    for (const e of entries.values()) {
      const by = [...e.articles].map((a) => labels.get(a) ?? a).join(', ');
      draft.disagreements.push({
        kind: 'denial',
        description: `The ${e.who} denied ${e.what === 'this' ? 'it' : e.what}, according to ${by}.`,
        values: [
          { value: 'reported', articles: reporting },
          { value: `denied by the ${e.who}`, articles: [...e.articles].sort() },
        ],
      });
    }
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
  const groups = clusterSentences(checkable, w);
  const drafts: Draft[] = groups.map((group) => ({ group, disagreements: [] }));

  const conflict = conflictLengthGroup(checkable);
  if (conflict.disagreement) drafts.push({ group: conflict.group, disagreements: [conflict.disagreement], synthetic: true });

  const labels = new Map(prepared.map((p) => [p.article.id, p.article.label]));
  const variants = spellingVariants(checkable);
  for (const d of drafts) {
    if (d.disagreements.length === 0) {
      d.disagreements.push(...quantityDisagreements(d.group), ...attributionDisagreements(d.group));
    }
    const mentioned = new Set(d.group.flatMap((s) => aliasMentions(s.text).map((m) => m.canonical)));
    for (const [canonicalName, v] of variants) if (mentioned.has(canonicalName)) d.disagreements.push(spellingDisagreement(v));
  }
  attachDenials(drafts, checkable, w, labels);

  const total = prepared.length;
  const claims: Claim[] = drafts.map((d) => {
    const group = [...d.group].sort((a, b) => a.articleIndex - b.articleIndex || a.index - b.index);
    const sources: ClaimSource[] = group.map((s) => ({ article: s.article, quote: s.text, sentenceId: s.id }));
    const attributions: Attribution[] = group.flatMap((s) =>
      s.attributions.map((a) => ({ who: a.who, phrase: a.phrase, article: s.article })),
    );
    const terms = [...new Set(group.flatMap((s) => s.terms))];
    const articles = new Set(group.map((s) => s.article)).size;
    return {
      id: `c${fnv1a(group.map((s) => s.text).sort().join('\n'))}`,
      text: canonical(group, w).text,
      sources,
      attributions,
      facts: claimFacts(group),
      disagreements: d.disagreements,
      status: claimStatus(articles, total, d.disagreements),
      terms,
    };
  });

  const first = (c: Claim) => {
    const s = features.find((f) => f.id === c.sources[0]?.sentenceId);
    return s ? s.articleIndex * 10000 + s.index : 0;
  };
  claims.sort((a, b) => b.status.articles - a.status.articles || first(a) - first(b) || (a.id < b.id ? -1 : 1));
  // Ids must be unique even if two claims had the same sources.
  const seen = new Map<string, number>();
  for (const c of claims) {
    const n = seen.get(c.id) ?? 0;
    seen.set(c.id, n + 1);
    if (n > 0) c.id = `${c.id}-${n}`;
  }
  return { version: 1, articles: prepared.map((p) => p.article), claims };
}
