/**
 * The reader's own corpus: articles added to (and removed from) the bundled one, one at a time.
 * Adding an article costs in proportion to that article: each of its sentences finds candidate
 * claims through an inverted index over claim terms (never a pass over all claims), joins them or
 * starts a claim, and only the claims it touched are recomputed. Removing the article undoes
 * exactly that, so the corpus comes back as it was, ids, order and statuses included.
 *
 * What an update does not do, by design: re-cluster claims that were there before (a new article
 * never merges or splits two existing claims) or move another article's denial to a claim the new
 * article made a better fit. A full build of the same articles (`buildCorpus`) may therefore group
 * a few sentences differently; it stays the reference for the bundled corpus.
 */

import type { Article, Claim, Corpus, Disagreement } from './types';
import { contentTerms, normalizeText } from '../text';
import { sentenceFeatures, type SentenceFeatures } from './features';
import { lazySentenceFeatures } from './lazy-features';
import { clauseCoverage, similarity, weightsFromCounts, type Weights } from './similarity';
import { FRAME_MIN_ARTICLES, JOIN_COVERAGE, MERGE_THRESHOLD, joins, placesConflict } from './cluster';
import { CONFLICT_LENGTH_DESCRIPTION, conflictLengthDisagreement, conflictLengthMentions } from './conflict-length';
import { byPosition, claimIdOf, compareClaims, makeClaim, ownDisagreements } from './claim';
import { denialDisagreement, denialStatements, deniers, denialTarget, type DenialStatement } from './denials';
import { claimStatus } from './status';
import { prepareArticle, type ArticleMeta } from './prepare';
import { positionOf } from './build';
import { fnv1a } from './hash';
import { ArticleAlreadyInCorpusError, ArticleNotInCorpusError } from './errors';

/**
 * Claims a new sentence is compared with, at most, gathered from its rarest terms first. On the
 * 1,000-article benchmark corpus (docs/corpus.md) a sentence's best claim came from its three
 * rarest terms; 64 leaves room for paraphrases that share only common ones.
 */
export const MAX_CANDIDATES = 64;
/** Claims a denial is checked against, at most, from the denied wording's rarest terms first. */
export const MAX_DENIAL_CANDIDATES = 2000;
/**
 * A claim's core: its first sources in reading order, the only ones a new sentence is compared
 * with and the only ones the claim is found by. A reader's articles come after the bundled ones
 * and after each other, so the core is the sources that founded the claim and stays put while
 * later sources join: every source is judged against the founders, never against the latest
 * joiner, and a claim cannot drift one clause at a time from a derailment to flood levels (on the
 * 1,000-article benchmark, comparing with every source grew a claim of 393 sources from 204
 * articles). 16 keeps every bundled claim (at most 11 sources) whole, so adding a bundled article
 * groups it as before.
 */
export const CORE_SIZE = 16;

export interface AddArticleInput {
  /** File name or page URL the article came from. */
  file: string;
  /** The article's text as captured. */
  text: string;
  meta?: ArticleMeta;
  origin?: Article['origin'];
}

export interface CorpusBuilder {
  /** Adds an article; throws ArticleAlreadyInCorpusError when it is there already. Returns the new article. */
  add(input: AddArticleInput): Article;
  /** Removes an article and what it brought; throws ArticleNotInCorpusError for an unknown id. */
  remove(articleId: string): void;
  /** The corpus as it stands: a new object after every change, never mutated afterwards. */
  corpus(): Corpus;
}

interface ClaimState {
  id: string;
  /** Source sentences, in reading order. */
  group: SentenceFeatures[];
  synthetic: boolean;
  claim: Claim | null;
  /** Number of articles the claim's status was computed for. */
  total: number;
  /** Index keys (terms and frames) the claim is filed under. */
  keys: Set<string>;
}

interface State {
  articles: Article[];
  nextPosition: number;
  sentences: Map<string, SentenceFeatures>;
  byArticle: Map<string, SentenceFeatures[]>;
  claimsOf: Map<string, Set<ClaimState>>;
  claims: Set<ClaimState>;
  ids: Set<string>;
  postings: Map<string, Set<ClaimState>>;
  df: Map<string, number>;
  n: number;
  order: ClaimState[];
  fingerprints: Map<string, string>;
  urls: Map<string, string>;
  statements: Map<string, DenialStatement[]>;
  targetOf: Map<string, ClaimState>;
  conflict: SentenceFeatures[];
  synthetic: ClaimState | null;
}

const SENTENCE_INDEX = /:s(\d+)$/;

function coreOf(c: { group: SentenceFeatures[] }): SentenceFeatures[] {
  return c.group.length <= CORE_SIZE ? c.group : c.group.slice(0, CORE_SIZE);
}

function keysOf(group: SentenceFeatures[]): Set<string> {
  return new Set(group.flatMap((s) => [...s.termSet, ...s.frames]));
}

/** The checkable sentences of an article, as one hash: the same article captured twice gives the same one. */
function fingerprint(sentences: SentenceFeatures[]): string | null {
  return sentences.length === 0 ? null : fnv1a(sentences.map((s) => normalizeText(s.text)).join('\n'));
}

function normalUrl(url: string): string {
  return url.trim().replace(/#.*$/, '').replace(/\/+$/, '').toLowerCase();
}

function firstPosition(c: ClaimState): number {
  return positionOf(c.group[0]!);
}

function compareStates(a: ClaimState, b: ClaimState): number {
  return compareClaims(a.claim!, b.claim!, (c) => (c === a.claim ? firstPosition(a) : firstPosition(b)));
}

function insertSorted(order: ClaimState[], c: ClaimState): void {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareStates(order[mid]!, c) < 0) lo = mid + 1;
    else hi = mid;
  }
  order.splice(lo, 0, c);
}

function isSynthetic(c: Claim): boolean {
  return c.disagreements.some((d) => d.kind === 'quantity' && d.description.startsWith(CONFLICT_LENGTH_DESCRIPTION));
}

function emptyState(): State {
  return {
    articles: [], nextPosition: 0, sentences: new Map(), byArticle: new Map(), claimsOf: new Map(), claims: new Set(),
    ids: new Set(), postings: new Map(), df: new Map(), n: 0, order: [], fingerprints: new Map(), urls: new Map(),
    statements: new Map(), targetOf: new Map(), conflict: [], synthetic: null,
  };
}

/** Files a claim in the index under the terms and frames of its core. */
function file(state: State, c: ClaimState): void {
  const keys = keysOf(coreOf(c));
  for (const k of c.keys) if (!keys.has(k)) state.postings.get(k)?.delete(c);
  if (!c.synthetic) {
    for (const k of keys) {
      if (c.keys.has(k)) continue;
      const set = state.postings.get(k) ?? new Set();
      set.add(c);
      state.postings.set(k, set);
    }
  }
  c.keys = c.synthetic ? new Set() : keys;
}

function registerSentence(state: State, s: SentenceFeatures): void {
  state.sentences.set(s.id, s);
  state.byArticle.set(s.article, [...(state.byArticle.get(s.article) ?? []), s]);
  for (const t of s.termSet) state.df.set(t, (state.df.get(t) ?? 0) + 1);
  state.n++;
}

function unregisterSentence(state: State, s: SentenceFeatures): void {
  state.sentences.delete(s.id);
  state.claimsOf.delete(s.id);
  for (const t of s.termSet) {
    const n = (state.df.get(t) ?? 0) - 1;
    if (n > 0) state.df.set(t, n);
    else state.df.delete(t);
  }
  state.n--;
}

function link(state: State, c: ClaimState, s: SentenceFeatures): void {
  const last = c.group[c.group.length - 1];
  // A new article's sentences come last in reading order: appended, not sorted in.
  if (!last || byPosition(last, s) < 0) c.group.push(s);
  else if (!c.group.includes(s)) c.group = [...c.group, s].sort(byPosition);
  const set = state.claimsOf.get(s.id) ?? new Set();
  set.add(c);
  state.claimsOf.set(s.id, set);
}

function statementsOf(state: State, s: SentenceFeatures): DenialStatement[] {
  return denialStatements(s, state.sentences.get(`${s.article}:s${s.index - 1}`));
}

function addStatements(state: State, list: DenialStatement[]): Set<string> {
  const keys = new Set<string>();
  for (const d of deniers(list)) {
    state.statements.set(d.key, [...(state.statements.get(d.key) ?? []), ...d.statements]);
    keys.add(d.key);
  }
  return keys;
}

/**
 * The index of an existing corpus, in one pass over its claims that reads only each sentence's
 * terms (the weights need them all); the rest of a sentence is read when an add touches its claim.
 */
function stateOf(corpus: Corpus): State {
  const state = emptyState();
  state.articles = [...corpus.articles];
  state.nextPosition = corpus.articles.length;
  const position = new Map(corpus.articles.map((a, i) => [a.id, i]));
  for (const a of corpus.articles) if (a.url) state.urls.set(normalUrl(a.url), a.id);
  const sentence = (id: string, article: string, quote: string): SentenceFeatures => {
    const known = state.sentences.get(id);
    if (known) return known;
    const s = lazySentenceFeatures(id, article, position.get(article) ?? 0, Number(SENTENCE_INDEX.exec(id)?.[1] ?? 0), quote);
    registerSentence(state, s);
    return s;
  };
  for (const claim of corpus.claims) {
    const c: ClaimState = {
      id: claim.id, group: [], synthetic: isSynthetic(claim), claim, total: corpus.articles.length, keys: new Set(),
    };
    for (const src of claim.sources) link(state, c, sentence(src.sentenceId, src.article, src.quote));
    state.claims.add(c);
    state.ids.add(c.id);
    state.order.push(c);
    file(state, c);
    if (c.synthetic) state.synthetic = c;
  }
  for (const [article, list] of state.byArticle) {
    list.sort(byPosition);
    const f = fingerprint(list);
    if (f) state.fingerprints.set(f, article);
  }
  const all = [...state.sentences.values()].sort(byPosition);
  state.conflict = all.filter((s) => conflictLengthMentions(s).length > 0);
  addStatements(state, all.flatMap((s) => statementsOf(state, s)));
  // Which claim each denier's denial is on, as the corpus says.
  for (const c of state.claims) {
    for (const d of c.claim!.disagreements) {
      if (d.kind !== 'denial') continue;
      const who = d.values[1]?.value.replace(/^denied by the /, '');
      for (const [key, list] of state.statements) if (deniers(list)[0]!.who === who) state.targetOf.set(key, c);
    }
  }
  return state;
}

/** Candidate claims of a sentence: from its rarest index keys first, at most `cap`. */
function candidates(state: State, keys: Iterable<string>, cap: number): ClaimState[] {
  const sorted = [...new Set(keys)].sort((a, b) => (state.df.get(a) ?? 0) - (state.df.get(b) ?? 0) || (a < b ? -1 : 1));
  const out = new Set<ClaimState>();
  // The cap is kept exactly: a common key's posting can hold hundreds of claims (a mean of 123
  // candidates per sentence at 500 articles when whole postings were taken), and a claim found
  // only through a common key is seldom the one a sentence states.
  for (const k of sorted) {
    for (const c of state.postings.get(k) ?? []) {
      out.add(c);
      if (out.size >= cap) return [...out];
    }
  }
  return [...out];
}

function articleCount(group: SentenceFeatures[]): number {
  return new Set(group.map((s) => s.article)).size;
}

/**
 * What a claim's core states in common: the terms at least half of its sources hold (all of them
 * for a core of one or two). A sentence that covers a clause of one source but not of this states
 * something that source says besides the claim's fact.
 */
function consensus(core: SentenceFeatures[]): Set<string> {
  const counts = new Map<string, number>();
  for (const m of core) for (const t of m.termSet) counts.set(t, (counts.get(t) ?? 0) + 1);
  const need = Math.ceil(core.length / 2);
  const out = new Set<string>();
  for (const [t, n] of counts) if (n >= need) out.add(t);
  return out;
}

/** The claims that already hold sentences of `s`'s article, with those sentences: bounded by the article. */
function ownMembers(state: State, s: SentenceFeatures): Map<ClaimState, SentenceFeatures[]> {
  const out = new Map<ClaimState, SentenceFeatures[]>();
  for (const m of state.byArticle.get(s.article) ?? []) {
    if (m === s) continue;
    for (const c of state.claimsOf.get(m.id) ?? []) out.set(c, [...(out.get(c) ?? []), m]);
  }
  return out;
}

/**
 * The claims a new sentence joins: the most similar one, those it covers a clause of, those of its
 * frame. Each candidate is judged on its core (and on the sentences of the same article it holds,
 * which a restatement must agree with), so the work per sentence is bounded whatever the claim's size.
 */
function joinTargets(state: State, s: SentenceFeatures, w: Weights): ClaimState[] {
  const out = new Set<ClaimState>();
  let best: ClaimState | null = null;
  let bestScore = MERGE_THRESHOLD;
  const own = ownMembers(state, s);
  for (const c of candidates(state, [...s.termSet, ...s.frames], MAX_CANDIDATES)) {
    const core = coreOf(c);
    const mine = own.get(c);
    if (mine) {
      if (joins(s, [...new Set([...core, ...mine])].sort(byPosition), w)) out.add(c);
      continue;
    }
    if (core.some((m) => placesConflict(m, s))) continue;
    // Average linkage over the core, and at least half the core this close on its own: a sentence
    // very close to one two-fact source ("rose 4 metres ..., and the council closed 12 schools")
    // lifts the average without stating what the others state. 2,429 -> 2,482 claims for 300
    // generated articles, the same largest claims.
    let total = 0;
    let close = 0;
    for (const m of core) {
      const x = similarity(s.termSet, m.termSet, w);
      total += x;
      if (x >= MERGE_THRESHOLD) close++;
    }
    const avg = total / core.length;
    const better = avg > bestScore + 1e-12 || (best !== null && Math.abs(avg - bestScore) <= 1e-12 && firstPosition(c) < firstPosition(best));
    if (avg >= MERGE_THRESHOLD && close * 2 >= core.length && (best === null || better)) {
      best = c;
      bestScore = avg;
    }
    const articles = articleCount(core);
    if (articles >= 2 && joins(s, core, w) && clauseCoverage(s, consensus(core), w) >= JOIN_COVERAGE) out.add(c);
    const framed = s.frames.some((f) => core.filter((m) => m.frames.includes(f)).length * 2 > core.length);
    if (framed && articles >= FRAME_MIN_ARTICLES) out.add(c);
  }
  if (best) out.add(best);
  return [...out];
}

function newClaim(state: State, group: SentenceFeatures[], synthetic: boolean): ClaimState {
  const c: ClaimState = { id: '', group: [], synthetic, claim: null, total: 0, keys: new Set() };
  for (const s of group) link(state, c, s);
  state.claims.add(c);
  return c;
}

/** The conflict-length claim follows the conflict-length sentences: made, changed or dropped. */
function updateSynthetic(state: State, touched: Set<ClaimState>): void {
  const d = conflictLengthDisagreement(state.conflict);
  const c = state.synthetic;
  if (!d) {
    if (c) {
      c.group = [];
      touched.add(c);
      state.synthetic = null;
    }
    return;
  }
  if (c) {
    for (const s of c.group) state.claimsOf.get(s.id)?.delete(c);
    c.group = [];
    for (const s of state.conflict) link(state, c, s);
    touched.add(c);
  } else {
    state.synthetic = newClaim(state, state.conflict, true);
    touched.add(state.synthetic);
  }
}

function retarget(state: State, keys: Set<string>, w: Weights, touched: Set<ClaimState>): void {
  for (const key of [...keys].sort()) {
    const old = state.targetOf.get(key);
    if (old) touched.add(old);
    state.targetOf.delete(key);
    const list = state.statements.get(key);
    if (!list || list.length === 0) {
      state.statements.delete(key);
      continue;
    }
    const d = deniers(list)[0]!;
    const pool = new Set(candidates(state, contentTerms(list.map((x) => x.resolved).join(' ')), MAX_DENIAL_CANDIDATES));
    for (const x of list) for (const c of state.claimsOf.get(x.sentence.id) ?? []) pool.add(c);
    const options = [...pool]
      .filter((c) => c.group.length > 0)
      .map((c) => ({ sentences: c.group, synthetic: c.synthetic, position: firstPosition(c), key: c.group.map((s) => s.id).join(' '), state: c }));
    const target = denialTarget(d, options, w);
    if (target) {
      state.targetOf.set(key, target.state);
      touched.add(target.state);
    }
  }
}

/** Recomputes the touched claims and puts them back in order; drops the ones left without sources. */
function finish(state: State, touched: Set<ClaimState>, w: Weights): void {
  const gone = new Set([...touched].filter((c) => c.group.length === 0 || !state.claims.has(c)));
  const changed = new Set(touched);
  state.order = state.order.filter((c) => !changed.has(c));
  for (const c of gone) {
    state.claims.delete(c);
    if (c.id) state.ids.delete(c.id);
    c.group = [];
    file(state, c);
  }
  const labels = new Map(state.articles.map((a) => [a.id, a.label]));
  const label = (a: string) => labels.get(a) ?? a;
  const deniedBy = new Map<ClaimState, string[]>();
  for (const [key, c] of state.targetOf) if (changed.has(c)) deniedBy.set(c, [...(deniedBy.get(c) ?? []), key]);
  const total = state.articles.length;
  // New claims take their ids in reading order, so the same additions give the same ids.
  const fresh = [...changed].filter((c) => !gone.has(c) && c.id === '').sort((a, b) => firstPosition(a) - firstPosition(b));
  for (const c of fresh) {
    const base = claimIdOf(c.group);
    let id = base;
    for (let n = 1; state.ids.has(id); n++) id = `${base}-${n}`;
    c.id = id;
    state.ids.add(id);
  }
  for (const c of changed) {
    if (gone.has(c)) continue;
    const reporting = [...new Set(c.group.map((s) => s.article))].sort();
    const denials: Disagreement[] = (deniedBy.get(c) ?? [])
      .sort()
      .map((key) => denialDisagreement(deniers(state.statements.get(key)!)[0]!, reporting, label));
    c.claim = makeClaim(c.id, c.group, w, total, ownDisagreements(c.group, c.synthetic), denials);
    c.total = total;
    file(state, c);
    insertSorted(state.order, c);
  }
}

function add(state: State, input: AddArticleInput): Article {
  const position = state.nextPosition;
  const body = prepareArticle('probe', 0, input.file, input.text, input.origin ?? 'user', input.meta).body;
  const id = `u${fnv1a(normalizeText(body))}`;
  const prepared = prepareArticle(id, state.articles.length, input.file, input.text, input.origin ?? 'user', input.meta);
  const features = prepared.sentences.map((s, k) => sentenceFeatures(s.id, id, position, k, s.text));
  const checkable = features.filter((s) => s.checkable);
  const labelOf = (articleId: string) => state.articles.find((a) => a.id === articleId)?.label ?? articleId;
  const same =
    state.articles.find((a) => a.id === id)?.id ??
    (input.meta?.url ? state.urls.get(normalUrl(input.meta.url)) : undefined) ??
    state.fingerprints.get(fingerprint(checkable) ?? '');
  if (same) throw new ArticleAlreadyInCorpusError(same, labelOf(same));

  state.articles = [...state.articles, prepared.article];
  state.nextPosition++;
  if (prepared.article.url) state.urls.set(normalUrl(prepared.article.url), id);
  const f = fingerprint(checkable);
  if (f) state.fingerprints.set(f, id);
  for (const s of checkable) registerSentence(state, s);
  if (checkable.length === 0) state.byArticle.set(id, []);
  const w = weightsFromCounts(state.df, state.n);

  const touched = new Set<ClaimState>();
  for (const s of checkable) {
    const targets = joinTargets(state, s, w);
    if (targets.length === 0) {
      const c = newClaim(state, [s], false);
      file(state, c);
      touched.add(c);
      continue;
    }
    for (const c of targets) {
      link(state, c, s);
      file(state, c);
      touched.add(c);
    }
  }
  const mentions = checkable.filter((s) => conflictLengthMentions(s).length > 0);
  if (mentions.length > 0) {
    state.conflict = [...state.conflict, ...mentions].sort(byPosition);
    updateSynthetic(state, touched);
  }
  const keys = addStatements(state, checkable.flatMap((s) => statementsOf(state, s)));
  retarget(state, keys, w, touched);
  finish(state, touched, w);
  return prepared.article;
}

function remove(state: State, articleId: string): void {
  if (!state.articles.some((a) => a.id === articleId)) throw new ArticleNotInCorpusError(articleId);
  const sentences = state.byArticle.get(articleId) ?? [];
  const leaving = new Set(sentences);
  state.articles = state.articles.filter((a) => a.id !== articleId);
  for (const [url, id] of state.urls) if (id === articleId) state.urls.delete(url);
  for (const [f, id] of state.fingerprints) if (id === articleId) state.fingerprints.delete(f);
  state.byArticle.delete(articleId);

  const touched = new Set<ClaimState>();
  for (const s of sentences) {
    for (const c of state.claimsOf.get(s.id) ?? []) {
      c.group = c.group.filter((m) => m !== s);
      touched.add(c);
    }
    unregisterSentence(state, s);
  }
  if (sentences.some((s) => state.conflict.includes(s))) {
    state.conflict = state.conflict.filter((s) => !leaving.has(s));
    updateSynthetic(state, touched);
  }
  const keys = new Set<string>();
  for (const [key, list] of state.statements) {
    const kept = list.filter((x) => !leaving.has(x.sentence));
    if (kept.length === list.length) continue;
    state.statements.set(key, kept);
    keys.add(key);
  }
  const w = weightsFromCounts(state.df, state.n);
  retarget(state, keys, w, touched);
  finish(state, touched, w);
}

function materialise(state: State): Corpus {
  const total = state.articles.length;
  const claims = state.order.map((c) => {
    const claim = c.claim!;
    if (c.total === total) return claim;
    // Every claim's summary counts the articles ("Reported by 2 of 6 articles"): a cheap rewrite.
    c.claim = { ...claim, status: claimStatus(claim.status.articles, total, claim.disagreements) };
    c.total = total;
    return c.claim;
  });
  return { version: 1, articles: [...state.articles], claims };
}

/**
 * A builder that keeps its index between changes: for a reader who adds articles one after another.
 * `initial` is indexed once (one pass over its claims, reading their terms); it is not modified.
 */
export function createCorpusBuilder(initial?: Corpus): CorpusBuilder {
  const state = initial ? stateOf(initial) : emptyState();
  return {
    add: (input) => add(state, input),
    remove: (articleId) => remove(state, articleId),
    corpus: () => materialise(state),
  };
}

/** The builder whose state is a given corpus: reused when that corpus came from the last change. */
const builders = new WeakMap<Corpus, CorpusBuilder>();

function builderFor(corpus: Corpus): CorpusBuilder {
  const b = builders.get(corpus) ?? createCorpusBuilder(corpus);
  builders.delete(corpus);
  return b;
}

/**
 * Applies one change through the builder whose state is `corpus`, and files the builder under the
 * corpus it returns. On an error the builder is filed back under `corpus`: it is unchanged (a
 * refused add or remove throws before touching the state).
 */
function change(corpus: Corpus, apply: (b: CorpusBuilder) => void): Corpus {
  const b = builderFor(corpus);
  try {
    apply(b);
  } catch (e) {
    builders.set(corpus, b);
    throw e;
  }
  const out = b.corpus();
  builders.set(out, b);
  return out;
}

/**
 * The corpus with one more article: its sentences join the claims they state or make new ones.
 * Pure: `corpus` is not changed. Throws ArticleAlreadyInCorpusError when the same text, the same
 * sentences or the same URL is there already.
 */
export function addArticle(corpus: Corpus, input: AddArticleInput): Corpus {
  return change(corpus, (b) => b.add(input));
}

/** The corpus without an article and what it brought. Pure; throws ArticleNotInCorpusError for an unknown id. */
export function removeArticle(corpus: Corpus, articleId: string): Corpus {
  return change(corpus, (b) => b.remove(articleId));
}
