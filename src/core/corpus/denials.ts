/**
 * Denials attach to the claim they deny. "The Syrian defense ministry denied that rebels had
 * entered Homs" goes on the Homs claim; the government's and the interior minister's denials of
 * army withdrawals around Damascus, which no article reports as a fact, make their own claim.
 * Every choice here depends on the statements and the candidate claims only, never on their order,
 * so a full build and an incremental update attach a denial to the same claim.
 */

import type { Disagreement } from './types';
import type { SentenceFeatures } from './features';
import { contentTerms, extractNames, nameKey } from '../text';
import type { Weights } from './similarity';

/** Share of the denied wording (names weigh triple) a claim must cover to be the denied claim. */
const DENIAL_COVERAGE = 0.7;
const NAME_WEIGHT = 3;
/**
 * Two deniers deny the same thing when the shorter denied wording is this much inside the longer:
 * "army withdrawals from key positions around Damascus" / "military withdrawal around the capital"
 * share all of the shorter one's terms; the Homs and withdrawal denials share none.
 */
const SAME_DENIAL = 0.7;

export interface DenialStatement {
  sentence: SentenceFeatures;
  who: string;
  what: string;
  /** The denied wording, with "this" read from the sentence before. */
  resolved: string;
}

export interface Denier {
  key: string;
  who: string;
  what: string;
  statements: DenialStatement[];
  /** Terms of everything this denier denies, without "reports of" / "claims of". */
  denied: Set<string>;
}

/** A claim a denial may attach to. */
export interface DenialCandidate {
  sentences: SentenceFeatures[];
  /** Built from a recurring figure (the conflict length); never the denied claim. */
  synthetic: boolean;
  /** Reading position of its first source, for order-free ties. */
  position: number;
  /** Its sentence ids joined: the last tie-break, since two claims may start at one sentence. */
  key: string;
}

function before(a: DenialCandidate, b: DenialCandidate): boolean {
  return a.position < b.position || (a.position === b.position && a.key < b.key);
}

function first<C extends DenialCandidate>(list: C[]): C | null {
  let best: C | null = null;
  for (const c of list) if (!best || before(c, best)) best = c;
  return best;
}

const WRAPPERS = /^(?:the\s+)?(?:reports?|claims?|rumou?rs?)\s+(?:of|that)\s+|^that\s+/i;

export function denialStatements(s: SentenceFeatures, before: SentenceFeatures | undefined): DenialStatement[] {
  return s.denials.map((d) => ({
    sentence: s,
    who: d.who,
    what: d.what,
    resolved: /^(?:this|it|that|the reports?|these reports)$/i.test(d.what) ? (before?.text ?? d.what) : d.what,
  }));
}

/** One denier's statements across articles are one denial ("denied that rebels had entered Homs" + "had denied this"). */
export function deniers(statements: DenialStatement[]): Denier[] {
  const byKey = new Map<string, DenialStatement[]>();
  for (const st of statements) {
    const key = nameKey(st.who);
    byKey.set(key, [...(byKey.get(key) ?? []), st]);
  }
  return [...byKey].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([key, list]) => ({
    key,
    who: list[0]!.who.replace(/^the\s+/i, '').replace(/,\s*$/, ''),
    what: list.find((x) => x.what !== 'this')?.what ?? list[0]!.what,
    statements: list,
    denied: new Set(contentTerms(list.map((x) => x.resolved.replace(WRAPPERS, '')).join(' '))),
  }));
}

function inside(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared / small.size;
}

/**
 * Sentences of denials that two or more deniers make of the same thing: they become one claim.
 * Why: "the government denied reports of army withdrawals" and "the interior minister dismissed
 * claims of military withdrawal" are two sources on one question even though no article reports
 * the withdrawal itself.
 */
export function sharedDenialGroups(all: Denier[]): SentenceFeatures[][] {
  const out: SentenceFeatures[][] = [];
  const used = new Set<Denier>();
  for (const d of all) {
    if (used.has(d)) continue;
    const same = all.filter((o) => !used.has(o) && (o === d || inside(o.denied, d.denied) >= SAME_DENIAL));
    const sentences = [...new Set(same.flatMap((o) => o.statements.map((x) => x.sentence)))];
    if (same.length < 2 || new Set(sentences.map((s) => s.article)).size < 2) continue;
    for (const o of same) used.add(o);
    out.push(sentences);
  }
  return out;
}

/** The claim a denier's denial goes to, or null when none of the candidates fits. */
export function denialTarget<C extends DenialCandidate>(d: Denier, candidates: C[], w: Weights): C | null {
  const own = new Set(d.statements.map((x) => x.sentence));
  // A claim made of several deniers' denials, this one's among them, is where it belongs.
  const shared = candidates.filter(
    (c) =>
      !c.synthetic &&
      c.sentences.every((s) => s.denials.length > 0) &&
      new Set(c.sentences.flatMap((s) => s.denials.map((x) => nameKey(x.who)))).size >= 2 &&
      [...own].every((s) => c.sentences.includes(s)),
  );
  if (shared.length > 0) return first(shared);
  const what = d.statements.map((x) => x.resolved).join(' ');
  const named = new Set(extractNames(what).flatMap((n) => contentTerms(n.text)));
  const weight = (t: string) => w.weight(t) * (named.has(t) ? NAME_WEIGHT : 1);
  const denied = new Set(contentTerms(what));
  let best: C | null = null;
  let bestScore = 0;
  let bestArticles = 0;
  for (const c of candidates) {
    if (c.synthetic || c.sentences.some((s) => own.has(s))) continue;
    const terms = new Set(c.sentences.flatMap((x) => x.terms));
    let shared = 0;
    let total = 0;
    for (const t of denied) {
      total += weight(t);
      if (terms.has(t)) shared += weight(t);
    }
    const score = total === 0 ? 0 : shared / total;
    const articles = new Set(c.sentences.map((x) => x.article)).size;
    const better =
      score > bestScore + 1e-9 ||
      (Math.abs(score - bestScore) < 1e-9 && (articles > bestArticles || (articles === bestArticles && best !== null && before(c, best))));
    if (better) {
      best = c;
      bestScore = score;
      bestArticles = articles;
    }
  }
  if (best && bestScore >= DENIAL_COVERAGE) return best;
  // Otherwise the denial stays on the claim of its own sentence.
  const opening = d.statements[0]!.sentence;
  return first(candidates.filter((c) => !c.synthetic && c.sentences.includes(opening)));
}

/** The denial as the popover shows it: who denied what, in which articles, against who reports it. */
export function denialDisagreement(d: Denier, reporting: string[], label: (article: string) => string): Disagreement {
  const articles = [...new Set(d.statements.map((x) => x.sentence.article))].sort();
  return {
    kind: 'denial',
    description: `The ${d.who} denied ${d.what === 'this' ? 'it' : d.what}, according to ${articles.map(label).join(', ')}.`,
    values: [
      { value: 'reported', articles: reporting },
      { value: `denied by the ${d.who}`, articles },
    ],
  };
}
