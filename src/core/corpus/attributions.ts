/**
 * Who a sentence credits for its fact, and who it says denied something. Readers weigh a claim by
 * its source ("according to the Observatory", "a source close to Hezbollah told AFP"), and the
 * corpus flags the same figure credited to different bodies.
 */

export interface FoundAttribution {
  who: string;
  phrase: string;
}

export interface FoundDenial {
  /** Who denies, as written ("the Syrian defense ministry", "the Interior Minister, Mohammed al-Rahmoun"). */
  who: string;
  /** What is denied, as written ("that rebels had entered Homs", "this", "Assad's departure"). */
  what: string;
}

const NAME = "(?:[A-Z][\\p{L}'’-]*|al-[A-Z][\\p{L}'’-]*)(?:\\s+(?:for|of|al-)?\\s*(?:[A-Z][\\p{L}'’-]*|al-[A-Z][\\p{L}'’-]*))*";
const BODY = `(?:the\\s+)?(?:${NAME}|(?:[A-Z][\\p{L}-]*\\s+)?(?:[a-z-]+\\s+)?(?:source|monitor|ministry|government|minister|officials?|residents|witnesses)(?:\\s+close\\s+to\\s+${NAME})?)`;

const PATTERNS: RegExp[] = [
  new RegExp(`\\b(?:[Aa]ccording to|[Aa]s per)\\s+(${BODY})`, 'gu'),
  new RegExp(`\\b(?:[Aa]n?|[Oo]ne|[Aa] second)\\s+((?:[\\p{L}-]+\\s+){0,2}source(?:\\s+close\\s+to\\s+${NAME})?)\\s+(?:has\\s+|had\\s+)?(?:told|disclosed to|said|reported|put)(?:\\s+(AFP|Reuters))?`, 'gu'),
  new RegExp(`(?:^|[,.;]\\s+|\\b[Tt]he\\s+|\\b)((?:[A-Z][\\p{L}-]*\\s+)*(?:${NAME}))\\s+(?:has\\s+|had\\s+)?(?:confirmed|noted|reported|announced|declared|said|told AFP)\\b`, 'gu'),
  new RegExp(`\\b(AFP|Reuters)\\s+(?:has\\s+)?reported\\b`, 'gu'),
  new RegExp(`\\bsaid\\s+(?:one woman,\\s+|a local resident,\\s+)?(${NAME})`, 'gu'),
];

const NOT_A_BODY =
  /^(?:The|In|As|Earlier|Soon|But|Despite|While|Hours|Meanwhile|Reports|It|This|They|He|She|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Attributions of one sentence, deduplicated by who. */
export function findAttributions(sentence: string): FoundAttribution[] {
  const out: FoundAttribution[] = [];
  for (const re of PATTERNS) {
    for (const m of sentence.matchAll(re)) {
      let who = (m[1] ?? '').trim().replace(/^the\s+/i, '');
      if (m[2]) who = `${who} (to ${m[2]})`;
      if (!who || NOT_A_BODY.test(who)) continue;
      if (out.some((a) => a.who === who)) continue;
      out.push({ who, phrase: m[0].replace(/^[,.;]\s+/, '').trim() });
    }
  }
  // "a source close to Hezbollah told AFP" also matches "Hezbollah told AFP": keep the longer.
  return out.filter((a) => !out.some((b) => b !== a && b.phrase.includes(a.phrase)));
}

const DENIERS =
  '((?:the\\s+)?(?:[A-Z][\\p{L}-]*\\s+)?(?:[a-z]+\\s+)?(?:[Mm]inistry|[Mm]inister|[Gg]overnment|[Aa]rmy|[Mm]ilitary|officials?|spokes(?:man|woman))(?:,\\s+[A-Z][^,]+,)?)';

/**
 * Denials stated in a sentence ("the Syrian defense ministry, however, denied that rebels had
 * entered Homs", "despite government denials of Assad's departure"). A sentence with none gives
 * an empty list.
 */
export function findDenials(sentence: string): FoundDenial[] {
  const out: FoundDenial[] = [];
  const verb = new RegExp(`${DENIERS}\\s*(?:,\\s*however,\\s*)?(?:had\\s+|has\\s+)?(?:denied|dismissed|rejected)\\s+([^.;,]+?)(?=,|\\s+and\\s+said|[.;]|$)`, 'gu');
  for (const m of sentence.matchAll(verb)) out.push({ who: m[1]!.trim(), what: m[2]!.trim() });
  const noun = /\b(government|ministry|army|official)\s+denials?\s+of\s+([^,.;]+)/giu;
  for (const m of sentence.matchAll(noun)) out.push({ who: `the ${m[1]!.toLowerCase()}`, what: m[2]!.trim() });
  return out;
}
