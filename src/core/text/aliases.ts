/**
 * The alias table: wordings that name the same thing or the same action in news reports, mapped
 * to one canonical term. Outlets paraphrase ("fled" / "left" / "departed"), transliterate
 * ("Sednaya" / "Saydnaya", "Abdel Rahman" / "Abdurrahman") and abbreviate ("HTS" / "Hayat Tahrir
 * al-Sham"); without this table the same fact looks like two. Canonical terms are emitted as is
 * (not stemmed), so each canonical term is listed among its own variants.
 */

/** Multi-word phrases, matched on lowercased, normalised text before tokenising. */
const PHRASES: Array<[canonical: string, variants: string[]]> = [
  ['hts', ['hayat tahrir al-sham', 'hayat tahrir al sham', 'hayat tahrir alsham', 'tahrir al-sham']],
  ['observatory', ['syrian observatory for human rights', 'britain-based observatory', 'war monitor']],
  ['abdurrahman', ['abdel rahman', 'abdul rahman', 'abdel-rahman', 'abd al-rahman']],
  ['assad', ['bashar al-assad', 'bashar al assad', 'bashar assad', 'president assad', 'al-assad']],
  ['damascus', ['syrian capital', 'the capital']],
  ['depart', ['flew out', 'flown out', 'fly out', 'get out', 'got out', 'getting out']],
  ['enter', ['moving into', 'moved into', 'move into', 'advanced into', 'advance into', 'advancing into', 'broke into', 'break into']],
  ['withdraw', ['left their positions', 'left positions', 'pull back', 'pulled back', 'pulling back', 'pulls back', 'pulled out', 'pull out', 'pulling out', 'pulls out']],
  // Before the single word "took" (capture): "took the name" is a renaming.
  ['name', ['took the name', 'taken the name', 'take the name']],
  ['atm', ['cash machines', 'cash machine']],
  ['rebel', ['opposition fighters', 'opposition forces', 'opposition groups', 'opposition group', 'rebel forces', 'rebel coalition', 'rebel group']],
  ['usa', ['united states']],
  ['un', ['united nations']],
  ['uk', ['united kingdom']],
  ['nusra', ['al-nusra', 'al nusra']],
  ['qaeda', ['al-qaeda', 'al qaeda', 'al-qaida']],
];

/** Single words (and their inflections) that paraphrase one another in these reports. */
const WORDS: Array<[canonical: string, variants: string[]]> = [
  ['depart', ['depart', 'departs', 'departed', 'departing', 'departure', 'flee', 'flees', 'fled', 'fleeing', 'leave', 'leaves', 'left', 'leaving']],
  ['withdraw', ['withdraw', 'withdraws', 'withdrew', 'withdrawn', 'withdrawing', 'withdrawal', 'withdrawals', 'retreat', 'retreats', 'retreated', 'retreating', 'abandon', 'abandons', 'abandoned', 'abandoning', 'vacate', 'vacated', 'vacating']],
  ['enter', ['enter', 'enters', 'entered', 'entering']],
  ['prison', ['prison', 'prisons', 'jail', 'jails', 'gaol']],
  ['detainee', ['detainee', 'detainees', 'inmate', 'inmates', 'prisoner', 'prisoners']],
  ['release', ['release', 'released', 'releasing', 'free', 'freed', 'freeing']],
  ['soldier', ['soldier', 'soldiers', 'troop', 'troops']],
  ['military', ['military', 'army', 'armed']],
  ['rebel', ['rebel', 'rebels', 'insurgent', 'insurgents']],
  ['call', ['call', 'calls', 'called', 'calling', 'urge', 'urges', 'urged', 'urging']],
  ['urgent', ['urgent', 'immediate', 'urgently', 'immediately']],
  ['capture', ['capture', 'captured', 'captures', 'capturing', 'seize', 'seized', 'seizes', 'seizing', 'took', 'taken', 'take', 'taking']],
  ['name', ['name', 'names', 'named', 'naming', 'rename', 'renamed', 'renames', 'renaming']],
  ['call', ['call', 'calls', 'called', 'calling', 'urge', 'urges', 'urged', 'urging']],
  ['talk', ['talk', 'talks', 'negotiation', 'negotiations', 'negotiate', 'negotiated', 'negotiating']],
  ['citizen', ['citizen', 'citizens', 'nationals']],
  ['deni', ['deny', 'denies', 'denied', 'denying', 'denial', 'denials']],
  ['confirm', ['confirm', 'confirms', 'confirmed', 'confirming', 'verify', 'verifies', 'verified', 'verifying']],
  ['fall', ['fall', 'falls', 'fell', 'fallen', 'falling']],
  ['lead', ['lead', 'leads', 'led', 'leading', 'spearhead', 'spearheads', 'spearheaded', 'spearheading']],
  ['prepar', ['prepare', 'prepares', 'prepared', 'preparing', 'brace', 'braces', 'braced', 'bracing']],
  ['tie', ['tie', 'ties', 'link', 'links']],
  ['atm', ['atm', 'atms']],
  ['kill', ['kill', 'killed', 'killing', 'dead', 'deaths', 'death']],
  ['sednaya', ['sednaya', 'saydnaya', 'sednaya', 'saidnaya']],
  ['abdurrahman', ['abdurrahman', 'abdulrahman']],
  ['assad', ['assad', 'bashar']],
  ['damascus', ['damascus']],
  ['hts', ['hts']],
  ['observatory', ['observatory', 'monitor']],
  ['defense', ['defense', 'defence']],
  ['km', ['km', 'kilometer', 'kilometers', 'kilometre', 'kilometres']],
  ['jawlani', ['jawlani', 'jolani', 'julani']],
  ['usa', ['usa', 'washington']],
  ['turkei', ['turkey', 'turkish', 'ankara']],
  ['iraq', ['iraq', 'iraqi', 'baghdad']],
  ['un', ['un']],
  ['uk', ['uk', 'britain']],
];

/** Upper-case acronyms that collide with common words once lowercased ("US" / "us"). */
const ACRONYMS: Array<[RegExp, string]> = [
  [/\bU\.S\.?(?:A\.?)?(?![A-Za-z])/g, ' usa '],
  [/\bUSA?\b/g, ' usa '],
  [/\bU\.K\.?(?![A-Za-z])/g, ' uk '],
  [/\bUK\b/g, ' uk '],
  [/\bU\.N\.?(?![A-Za-z])/g, ' un '],
  [/\bUN\b/g, ' un '],
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const PHRASE_LIST = PHRASES.flatMap(([canonical, variants]) =>
  variants.map((v) => [v, canonical] as const),
).sort((a, b) => b[0].length - a[0].length);

const PHRASE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${PHRASE_LIST.map(([v]) => escapeRegExp(v)).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const PHRASE_MAP = new Map(PHRASE_LIST);

/**
 * Phrase variants by their first word, longest first, so a tokenizer can find the phrase that
 * `replacePhrases` would take at a word start with one Map lookup per word instead of running
 * the alternation regex over the whole text (most of `contentTerms`' time before).
 */
const PHRASES_BY_HEAD = new Map<string, Array<readonly [variant: string, canonical: string]>>();
for (const entry of PHRASE_LIST) {
  const head = /^[\p{L}\p{N}]+/u.exec(entry[0])?.[0] ?? entry[0];
  const list = PHRASES_BY_HEAD.get(head);
  if (list) list.push(entry);
  else PHRASES_BY_HEAD.set(head, [entry]);
}

/** Sticky, so a test reads the code point at `lastIndex` as the regex boundary would. */
const LETTER_OR_DIGIT_AT = /[\p{L}\p{N}]/uy;

/** Phrase variants whose first word is `head` (see `phraseIn`); undefined when none starts so. */
export function phrasesStartingWith(head: string): PhraseList | undefined {
  return PHRASES_BY_HEAD.get(head);
}

export type PhraseList = ReadonlyArray<readonly [variant: string, canonical: string]>;

/**
 * The alias phrase that `replacePhrases` would replace at `pos` of lowercased text, among `list`
 * (the variants of the word starting at `pos`): its canonical term and where it ends, or
 * undefined.
 */
export function phraseIn(list: PhraseList, lower: string, pos: number): { canonical: string; end: number } | undefined {
  for (let k = 0; k < list.length; k++) {
    const variant = list[k]![0];
    if (!lower.startsWith(variant, pos)) continue;
    const end = pos + variant.length;
    LETTER_OR_DIGIT_AT.lastIndex = end;
    if (LETTER_OR_DIGIT_AT.test(lower)) continue;
    return { canonical: list[k]![1], end };
  }
  return undefined;
}

const WORD_MAP = new Map<string, string>(
  WORDS.flatMap(([canonical, variants]) => variants.map((v) => [v, canonical] as const)),
);

/** Every acronym pattern starts with "U" and one of these; a text without them has none. */
const MAY_HAVE_ACRONYM = /U[.SKN]/;

/** Replaces case-sensitive acronyms; run on normalised text before lowercasing. */
export function replaceAcronyms(s: string): string {
  if (!MAY_HAVE_ACRONYM.test(s)) return s;
  let out = s;
  for (const [re, repl] of ACRONYMS) out = out.replace(re, repl);
  return out;
}

/** Replaces multi-word aliases in lowercased, normalised text with their canonical term. */
export function replacePhrases(lower: string): string {
  return lower.replace(PHRASE_RE, (m) => ` ${PHRASE_MAP.get(m) ?? m} `);
}

/** Canonical term for a single lowercase word, or undefined when the table does not know it. */
export function aliasOf(word: string): string | undefined {
  return WORD_MAP.get(word);
}

/** All canonical terms, so callers can tell a canonical name from an ordinary word. */
export const CANONICAL_TERMS: ReadonlySet<string> = new Set([
  ...PHRASES.map(([c]) => c),
  ...WORDS.map(([c]) => c),
]);

export interface AliasMention {
  canonical: string;
  /** As written in the text (original case). */
  surface: string;
}

/**
 * Capitalised wordings in a text that the alias table maps to a canonical term ("Saydnaya" ->
 * "sednaya", "Abdel Rahman" -> "abdurrahman"). Why: the corpus compares how sources spell one
 * name, which needs the wording each source used, not only the canonical term.
 */
export function aliasMentions(text: string): AliasMention[] {
  const out: AliasMention[] = [];
  const lower = text.toLowerCase();
  const covered: Array<[number, number]> = [];
  for (const m of lower.matchAll(PHRASE_RE)) {
    const surface = text.slice(m.index, m.index + m[0].length);
    covered.push([m.index, m.index + m[0].length]);
    if (/^\p{Lu}/u.test(surface)) out.push({ canonical: PHRASE_MAP.get(m[0]) ?? m[0], surface });
  }
  for (const m of text.matchAll(/\p{Lu}[\p{L}]+/gu)) {
    if (covered.some(([s, e]) => m.index >= s && m.index < e)) continue;
    const canonical = WORD_MAP.get(m[0].toLowerCase());
    if (canonical) out.push({ canonical, surface: m[0] });
  }
  return out;
}
