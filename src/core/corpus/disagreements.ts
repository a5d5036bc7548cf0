/**
 * Disagreements between the sources of one claim: the same quantity given differently, the same
 * figure credited to different bodies, a name spelled differently, a denial by someone a source
 * names.
 */

import type { Disagreement, DisagreementValue } from './types';
import type { SentenceFeatures } from './features';
import { aliasMentions, nameKey } from '../text';

function valuesOf(map: Map<string, Set<string>>): DisagreementValue[] {
  return [...map.entries()].map(([value, articles]) => ({ value, articles: [...articles].sort() }));
}

/**
 * The same kind of count (same counted noun) given as different figures by sentences that do not
 * state both figures themselves. "826 people killed ... 370,000 people displaced" in one sentence
 * are two counts, not a disagreement.
 */
export function quantityDisagreements(sources: SentenceFeatures[]): Disagreement[] {
  const byUnit = new Map<string, Array<{ s: SentenceFeatures; value: string; text: string }>>();
  for (const s of sources) {
    for (const n of s.numbers) {
      if (n.kind !== 'count' || n.unit === null) continue;
      const value = n.approximate && n.normalized.startsWith(n.text.toLowerCase()) ? n.text.toLowerCase() : String(n.value);
      const list = byUnit.get(n.unit) ?? [];
      list.push({ s, value, text: n.text });
      byUnit.set(n.unit, list);
    }
  }
  const out: Disagreement[] = [];
  for (const [unit, list] of byUnit) {
    const values = new Map<string, Set<string>>();
    for (const x of list) {
      const set = values.get(x.value) ?? new Set<string>();
      set.add(x.s.article);
      values.set(x.value, set);
    }
    if (values.size < 2) continue;
    // Two figures stated side by side in one sentence are two counts.
    const states = (s: SentenceFeatures, value: string) =>
      s.numbers.some((n) => n.unit === unit && (String(n.value) === value || n.text.toLowerCase() === value));
    // A pair conflicts when neither sentence also states the other's figure.
    const conflicting = list.some((a) =>
      list.some((b) => a.value !== b.value && !states(a.s, b.value) && !states(b.s, a.value)),
    );
    if (!conflicting) continue;
    out.push({
      kind: 'quantity',
      description: `The sources give different figures for the number of ${unit === 'soldier' ? 'soldiers' : unit}: ${[...values.keys()].join(' vs ')}.`,
      values: valuesOf(values),
    });
  }
  return out;
}

function bodyKey(who: string): string {
  return nameKey(who.replace(/\s*\(to [^)]+\)$/, ''));
}

/** The same figure credited to different bodies ("370,000 displaced": United Nations vs Observatory). */
export function attributionDisagreements(sources: SentenceFeatures[]): Disagreement[] {
  const byFigure = new Map<string, Map<string, Set<string>>>();
  const shown = new Map<string, string>();
  for (const s of sources) {
    if (s.attributions.length === 0) continue;
    for (const n of s.numbers) {
      if (n.kind !== 'count' || n.approximate || n.value < 100) continue;
      const figure = String(n.value);
      const bodies = byFigure.get(figure) ?? new Map<string, Set<string>>();
      for (const a of s.attributions) {
        const key = bodyKey(a.who);
        if (!shown.has(key)) shown.set(key, a.who);
        const set = bodies.get(key) ?? new Set<string>();
        set.add(s.article);
        bodies.set(key, set);
      }
      byFigure.set(figure, bodies);
    }
  }
  const out: Disagreement[] = [];
  for (const [figure, bodies] of byFigure) {
    const articles = new Set([...bodies.values()].flatMap((x) => [...x]));
    if (bodies.size < 2 || articles.size < 2) continue;
    const values = new Map([...bodies].map(([k, v]) => [shown.get(k) ?? k, v] as const));
    out.push({
      kind: 'attribution',
      description: `The sources credit the figure ${Number(figure).toLocaleString('en-US')} to different bodies: ${[...values.keys()].join(' vs ')}.`,
      values: valuesOf(values),
    });
  }
  return out;
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return dp[b.length]!;
}

/** Letters of a name's words that are not shared with the other spelling. */
function spellingTokens(surface: string): string[] {
  return surface
    .toLowerCase()
    .replace(/\bal-/g, '')
    .split(/[^\p{L}]+/u)
    .filter((w) => w && w !== 'al' && w !== 'the');
}

/**
 * Spellings of one name across the corpus that differ in letters, not just in length
 * ("Sednaya" / "Saydnaya", "Rami Abdel Rahman" / "Rami Abdurrahman"); "Assad" / "Bashar
 * al-Assad" and "HTS" / "Hayat Tahrir al-Sham" are forms of a name, not spellings. Returns, per
 * canonical name, each spelling with the articles that use it.
 */
export function spellingVariants(sentences: SentenceFeatures[]): Map<string, Map<string, Set<string>>> {
  const byCanonical = new Map<string, Map<string, Set<string>>>();
  for (const s of sentences) {
    for (const m of aliasMentions(s.text)) {
      if (/^\p{Lu}{2,}$/u.test(m.surface)) continue;
      const variants = byCanonical.get(m.canonical) ?? new Map<string, Set<string>>();
      const surface = spellingTokens(m.surface).join(' ');
      const set = variants.get(surface) ?? new Set<string>();
      set.add(s.article);
      variants.set(surface, set);
      byCanonical.set(m.canonical, variants);
    }
  }
  const out = new Map<string, Map<string, Set<string>>>();
  for (const [canonical, variants] of byCanonical) {
    const spelled = new Map<string, Set<string>>();
    const surfaces = [...variants.keys()];
    for (const a of surfaces) {
      for (const b of surfaces) {
        if (a >= b) continue;
        const ta = a.split(' ');
        const tb = b.split(' ');
        const onlyA = ta.filter((t) => !tb.includes(t)).join('');
        const onlyB = tb.filter((t) => !ta.includes(t)).join('');
        // "Iraq" / "Iraqi": a demonym, not a second spelling.
        if (!onlyA || !onlyB || onlyA.startsWith(onlyB) || onlyB.startsWith(onlyA)) continue;
        const d = editDistance(onlyA, onlyB);
        if (d <= Math.max(2, Math.floor(Math.max(onlyA.length, onlyB.length) / 3))) {
          spelled.set(a, variants.get(a)!);
          spelled.set(b, variants.get(b)!);
        }
      }
    }
    if (spelled.size >= 2) out.set(canonical, spelled);
  }
  return out;
}

/** Names as the sources write them: "abdel rahman" -> "Abdel Rahman". */
function titleCase(s: string): string {
  return s.replace(/(^|\s)(\p{L})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
}

export function spellingDisagreement(variants: Map<string, Set<string>>): Disagreement {
  const labelled = new Map([...variants].map(([k, v]) => [titleCase(k), v] as const));
  return {
    kind: 'spelling',
    description: `The sources spell a name differently: ${[...labelled.keys()].join(' / ')}.`,
    values: valuesOf(labelled),
  };
}
