/**
 * Article cleaning: separates a captured article's body from the page furniture around it
 * (teasers, share and reaction widgets, "Read more" links, repeated headlines, credit lines), so
 * that no boilerplate line ever becomes a claim. Metadata lines (headline, date, credit) are kept
 * as metadata, not as body text.
 */

export type DropReason =
  | 'headline'
  | 'repeated headline'
  | 'standfirst'
  | 'date line'
  | 'credit line'
  | 'stray characters'
  | 'teaser of another story'
  | 'reaction widget'
  | 'share widget'
  | 'link to another story'
  | 'source link'
  | 'post category';

export interface DroppedLine {
  line: string;
  reason: DropReason;
}

export interface CleanedArticle {
  /** Body paragraphs joined by blank lines; sentence offsets index this string. */
  body: string;
  headline: string | null;
  date: string | null;
  credit: string | null;
  dropped: DroppedLine[];
}

const DATE_LINE =
  /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}(?: ?- ?\d{1,2}:\d{2})?$/;
const CREDIT_LINE = /^(?:Source|Credit|Courtesy|Inputs?)\s*:\s*(.+)$/i;
const REACTIONS = new Set(['like', 'dislike', 'love', 'funny', 'angry', 'sad', 'wow', 'haha']);
/** News agencies whose name in the text credits them (only names the text itself uses count). */
const AGENCIES = ['AFPTV', 'AFP', 'Reuters', 'Associated Press', 'PTI', 'IANS', 'ANI', 'Xinhua', 'dpa', 'Anadolu'];

function tidy(line: string): string {
  return line.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Line kinds decided by the line alone. */
function boilerplateReason(line: string, prev: DropReason | null): DropReason | null {
  if (/^What'?s Your Reaction\??$/i.test(line)) return 'reaction widget';
  if (prev === 'reaction widget' && REACTIONS.has(line.toLowerCase())) return 'reaction widget';
  if (/^Read(?: more| also)?\s*:/i.test(line)) return 'link to another story';
  if (/^Source link$/i.test(line)) return 'source link';
  if (/^Share(?: this)?(?: Post| Article| on \w+)?$/i.test(line)) return 'share widget';
  if (/Post category\s*:/i.test(line)) return 'post category';
  if (DATE_LINE.test(line)) return 'date line';
  if (CREDIT_LINE.test(line)) return 'credit line';
  // A line cut off with an ellipsis is a teaser linking to another story.
  if (/(?:…|\.\.\.)$/.test(line) && !/["”]$/.test(line)) return 'teaser of another story';
  // Fewer than three letters or digits: counters, icons, a stray "0".
  if ((line.match(/[\p{L}\p{N}]/gu) ?? []).length < 3) return 'stray characters';
  return null;
}

/** A headline is a line without final punctuation that the page repeats, or that opens it above a blank line. */
function findHeadline(lines: string[]): string | null {
  const counts = new Map<string, number>();
  for (const l of lines) if (l) counts.set(l, (counts.get(l) ?? 0) + 1);
  const first = lines.find((l) => l !== '');
  const noFinalStop = (l: string) => !/[.!?"”’…:]$/.test(l) && l.split(' ').length >= 4;
  for (const l of lines) {
    if (l && (counts.get(l) ?? 0) > 1 && noFinalStop(l) && boilerplateReason(l, null) === null) return l;
  }
  if (first && noFinalStop(first) && lines[lines.indexOf(first) + 1] === '') return first;
  return null;
}

function agenciesNamed(body: string): string[] {
  return AGENCIES.map((a) => ({ a, at: body.search(new RegExp(`\\b${a}\\b`)) }))
    .filter((x) => x.at >= 0)
    .sort((x, y) => x.at - y.at)
    .map((x) => x.a);
}

/**
 * Splits a captured article into body and dropped lines, each with the reason it was dropped.
 * Why: the corpus must not turn page furniture into claims, and the maintainers need to see, per
 * article, exactly what was removed.
 */
export function cleanArticle(text: string): CleanedArticle {
  const lines = text.split(/\r?\n/).map(tidy);
  const headline = findHeadline(lines);
  const lastHeadlineAt = headline === null ? -1 : lines.lastIndexOf(headline);
  const dropped: DroppedLine[] = [];
  const kept: string[] = [];
  let date: string | null = null;
  let creditLine: string | null = null;
  let seenHeadline = false;
  let prev: DropReason | null = null;
  lines.forEach((line, i) => {
    if (line === '') return;
    let reason: DropReason | null = null;
    if (headline !== null && line === headline) {
      reason = seenHeadline ? 'repeated headline' : 'headline';
      seenHeadline = true;
    } else {
      reason = boilerplateReason(line, prev);
      // Lines above the last copy of the headline are the page header: a summary that the body repeats.
      if (reason === null && i < lastHeadlineAt) reason = 'standfirst';
    }
    if (reason === 'date line' && date === null) date = line;
    if (reason === 'credit line' && creditLine === null) creditLine = CREDIT_LINE.exec(line)?.[1]?.trim() ?? null;
    if (reason === null) kept.push(line);
    else dropped.push({ line, reason });
    prev = reason;
  });
  const body = kept.join('\n\n');
  const agencies = agenciesNamed(body);
  const credit = [creditLine, ...agencies].filter((c): c is string => c !== null).join(', ') || null;
  return { body, headline, date, credit, dropped };
}
