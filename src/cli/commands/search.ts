/** `crosscheck search <words>`: claims by a reader's own words, as the popup finds them. */

import type { Corpus } from '../../core/corpus/types';
import { createClaimSearch } from '../../core/search';
import { UsageError, messages } from '../errors';
import type { ParsedArgs } from '../args';
import { quoteLine } from './format';

export function searchCommand(args: ParsedArgs, corpus: Corpus): string {
  const query = args.positionals.join(' ').trim();
  if (query === '') throw new UsageError(messages.missingQuery());
  const hits = createClaimSearch(corpus).search(query, args.limit);
  if (args.json) {
    return JSON.stringify(
      {
        query,
        results: hits.map((h) => ({
          claimId: h.claim.id,
          score: h.score,
          text: h.claim.text,
          status: h.claim.status,
          sources: h.claim.sources.map((s) => ({ article: s.article, quote: s.quote })),
        })),
      },
      null,
      2,
    );
  }
  if (hits.length === 0) return `No claims found for ${quoteLine(query)}.`;
  const lines = [`${hits.length} claims for ${quoteLine(query)}:`];
  hits.forEach((h, i) => {
    lines.push('', `${i + 1}. ${h.claim.id} [${h.claim.status.kind}] (score ${h.score.toFixed(2)}) ${quoteLine(h.claim.text)}`);
  });
  return lines.join('\n');
}
