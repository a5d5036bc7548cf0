/**
 * The facts a claim states, as typed values the UI can list and compare.
 */

import type { Fact } from './types';
import type { SentenceFeatures } from './features';

/** Places named in the bundled articles; other single-word names are taken for organisations. */
/** Exported for the event frames, which tell an actor ("Hezbollah") from a place ("Homs"). */
export const PLACES: ReadonlySet<string> = new Set([
  'syria', 'damascus', 'homs', 'hama', 'aleppo', 'idlib', 'latakia', 'lebanon', 'hermel', 'iraq',
  'daraa', 'quneitra', 'sweida', 'golan heights', 'israeli annexed golan heights', 'jordan', 'usa',
  'russia', 'iran', 'turkey', 'qatar', 'israel', 'ukraine', 'moscow', 'tehran', 'baghdad', 'uk',
  'sednaya', 'sednaya prison', 'qaim', 'damascus international airport', 'north korea', 'gaza',
]);
const PEOPLE = new Set(['assad', 'hafez assad', 'jawlani', 'rania', 'erdogan', 'lavrov', 'trump']);
const ORGANISATION_WORDS = /\b(?:ministry|observatory|nations|government|news|afp|hts|hezbollah|qaeda|nusra|army|council|forces|agency|un|research)\b/;
const ADJECTIVES = /(?:ian|ish|ese|i)$/;

function nameKind(key: string, written: string): Fact['kind'] | null {
  if (PLACES.has(key)) return 'place';
  if (PEOPLE.has(key)) return 'person';
  if (ORGANISATION_WORDS.test(key)) return 'organisation';
  // Demonyms ("Syrian", "Iraqi") describe; they do not name.
  if (!key.includes(' ') && ADJECTIVES.test(key) && /^\p{Lu}\p{Ll}+$/u.test(written)) return null;
  if (key.split(' ').length >= 2) return 'person';
  return 'organisation';
}

export function claimFacts(sources: SentenceFeatures[]): Fact[] {
  const facts: Fact[] = [];
  const seen = new Set<string>();
  const add = (f: Fact) => {
    const k = `${f.kind}:${f.value}`;
    if (seen.has(k)) return;
    seen.add(k);
    facts.push(f);
  };
  for (const s of sources) {
    for (const n of s.numbers) {
      if (n.kind === 'count') add({ kind: 'number', value: n.normalized, text: n.text });
      else if (n.kind === 'duration') add({ kind: 'duration', value: `${n.value} ${n.unit ?? ''}s`.trim(), text: n.text });
      else add({ kind: 'date', value: n.normalized, text: n.text });
    }
    for (const name of s.names) {
      const kind = nameKind(name.key, name.text);
      if (kind) add({ kind, value: name.key, text: name.text });
    }
  }
  return facts;
}
