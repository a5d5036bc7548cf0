/** `crosscheck match <file>`: the matched sentences of a page, with claim, sources and conflicts. */

import type { Corpus } from '../../core/corpus/types';
import { createMatcher, thresholdFor, type MatchConflict } from '../../core/match';
import { UsageError, messages } from '../errors';
import type { ParsedArgs } from '../args';
import { pageSentences } from '../page-sentences';
import { readPageInput } from '../read-input';
import { articleLabel, indent, quoteLine } from './format';

export interface MatchJson {
  sentences: number;
  matches: Array<{
    text: string;
    claimId: string;
    score: number;
    claim: string;
    status: Corpus['claims'][number]['status'];
    sources: Array<{ article: string; quote: string }>;
    conflicts: MatchConflict[];
  }>;
}

export async function matchCommand(args: ParsedArgs, corpus: Corpus): Promise<string> {
  const [file, ...extra] = args.positionals;
  if (file === undefined) throw new UsageError(messages.missingFile());
  if (extra[0] !== undefined) throw new UsageError(messages.extraArgument(extra[0], 'match'));
  const input = await readPageInput(file);
  const sentences = pageSentences(input);
  if (sentences.length === 0) throw new UsageError(messages.noSentences(input.name), 1);
  const threshold = args.threshold ?? thresholdFor(args.strictness ?? 'balanced');
  const matches = createMatcher(corpus, { threshold }).match(sentences);
  const claims = new Map(corpus.claims.map((c) => [c.id, c]));
  const result: MatchJson = {
    sentences: sentences.length,
    matches: matches.map((m) => {
      const claim = claims.get(m.claimId)!;
      return {
        text: m.text,
        claimId: m.claimId,
        score: m.score,
        claim: claim.text,
        status: claim.status,
        sources: claim.sources.map((s) => ({ article: s.article, quote: s.quote })),
        conflicts: m.conflicts.map((c) => ({ page: c.page, sources: c.sources, description: c.description })),
      };
    }),
  };
  if (args.json) return JSON.stringify(result, null, 2);

  const lines = [`${input.name}: ${sentences.length} sentences examined, ${matches.length} matched.`];
  matches.forEach((m, i) => {
    const claim = claims.get(m.claimId)!;
    lines.push('', `${i + 1}. ${quoteLine(m.text)}`);
    lines.push(indent(`${m.confidence} (score ${m.score.toFixed(2)}) of claim ${claim.id}: ${quoteLine(claim.text)}`));
    lines.push(indent(`Status: ${claim.status.summary}`));
    for (const s of claim.sources) lines.push(indent(`${articleLabel(corpus, s.article)}: ${quoteLine(s.quote)}`, 2));
    for (const c of m.conflicts) lines.push(indent(`Conflict: ${c.description}`));
  });
  return lines.join('\n');
}
