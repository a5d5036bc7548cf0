/**
 * Event frames: who did what, and what happened where. Outlets word one event differently ("Assad
 * has left the country", "Assad departed via Damascus International Airport", "Assad appears to
 * have fled Damascus") and their sentences share few rare terms, so similarity alone splits the
 * corpus's main event over several claims. They do share the actor and the event word, in that
 * order: "assad~depart". A place after an event word gives "capture>hom" ("seized Homs", "the
 * capture of Homs").
 */

import { contentTerms, extractNames } from '../text';
import { PLACES } from './facts';

/**
 * Canonical event words (alias table) that frames are made of. Leaving and withdrawing are told of
 * their actor ("assad~depart"); capturing and entering of their place ("capture>homs"): "HTS
 * captured" names no event until it says what it captured (Sednaya, or Hama's prison).
 */
const ACTOR_EVENTS = new Set(['depart', 'withdraw']);
const PLACE_EVENTS = new Set(['depart', 'withdraw', 'capture', 'enter']);

/** "Syrian", "Iraqi": a demonym describes, it does not name who acted. */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ian|ish|ese|i)$/u;

/** A clause that reports a denial frames the denial, not the event it denies. */
const DENIAL = /\b(?:denied|denials?|deny|denies|dismissed|rejected)\b/i;

/** "the capital", "the Syrian capital": Damascus in these reports, written without its name. */
const CAPITAL = /\bthe\s+(?:Syrian\s+)?capital\b/g;

/** What separates the places of a list: ", ", " and ", ", and ". */
const LIST_GAP = /^(?:,\s*|\s+)(?:and\s+|or\s+)?$/;

interface Mention {
  term: string;
  place: boolean;
  start: number;
  end: number;
}

function mentions(clause: string): Mention[] {
  const out: Mention[] = [];
  for (const n of extractNames(clause)) {
    if (DEMONYM.test(n.text)) continue;
    const term = n.key.replace(/\s+/g, '_');
    out.push({ term, place: PLACES.has(n.key), start: n.start, end: n.end });
  }
  for (const m of clause.matchAll(CAPITAL)) out.push({ term: 'damascus', place: true, start: m.index, end: m.index + m[0].length });
  return out.sort((a, b) => a.start - b.start);
}

/** Frames of one clause: "actor~event" for each actor before an event word, "event>place" for the nearest place after it. */
function clauseFrames(clause: string): string[] {
  if (DENIAL.test(clause)) return [];
  const found = mentions(clause);
  const out = new Set<string>();
  for (const m of found) {
    if (m.place) continue;
    for (const e of contentTerms(clause.slice(m.end))) if (ACTOR_EVENTS.has(e)) out.add(`${m.term}~${e}`);
  }
  // "The whereabouts of Assad remain unknown" reports his departure without a verb of leaving.
  const whereabouts = /\bwhereabouts\b/i.exec(clause);
  if (whereabouts) for (const m of found) if (!m.place && m.start > whereabouts.index) out.add(`${m.term}~depart`);
  const words = [...clause.matchAll(/[\p{L}'’-]+(?:\s+(?:into|back|out|their positions))?/gu)];
  for (const w of words) {
    const event = contentTerms(w[0]).find((t) => PLACE_EVENTS.has(t));
    if (!event) continue;
    // The nearest place after the event word, and the places listed with it ("Aleppo, Homs, and Hama").
    let prev: Mention | undefined;
    for (const m of found) {
      if (m.start < w.index + w[0].length) continue;
      if (prev && !LIST_GAP.test(clause.slice(prev.end, m.start))) break;
      if (!m.place) break;
      out.add(`${event}>${m.term}`);
      prev = m;
    }
  }
  return [...out];
}

/** Frames of a sentence, clause by clause (`clauses` as split for clause coverage). */
export function eventFrames(clauses: string[]): string[] {
  return [...new Set(clauses.flatMap(clauseFrames))];
}
