/** `crosscheck claims`: every claim of the bundled corpus, with status, sources and disagreements. */

import type { Corpus } from '../../core/corpus/types';
import { UsageError, messages } from '../errors';
import type { ParsedArgs } from '../args';
import { articleLabel, indent, quoteLine } from './format';

export function claimsCommand(args: ParsedArgs, corpus: Corpus): string {
  if (args.positionals[0] !== undefined) throw new UsageError(messages.extraArgument(args.positionals[0], 'claims'));
  if (args.json) {
    return JSON.stringify(
      {
        articles: corpus.articles,
        claims: corpus.claims.map((c) => ({
          id: c.id,
          text: c.text,
          status: c.status,
          sources: c.sources.map((s) => ({ article: s.article, quote: s.quote })),
          attributions: c.attributions,
          disagreements: c.disagreements,
        })),
      },
      null,
      2,
    );
  }
  const lines = [`${corpus.claims.length} claims from ${corpus.articles.length} articles.`];
  for (const a of corpus.articles) lines.push(indent(`${a.id}: ${a.label} (${a.file})`));
  for (const c of corpus.claims) {
    lines.push('', `${c.id} [${c.status.kind}] ${quoteLine(c.text)}`, indent(c.status.summary));
    for (const s of c.sources) lines.push(indent(`${articleLabel(corpus, s.article)}: ${quoteLine(s.quote)}`, 2));
    for (const d of c.disagreements) {
      const values = d.values.map((v) => `${v.value} (${v.articles.join(', ')})`).join(' vs ');
      lines.push(indent(`Disagreement: ${d.description}: ${values}`));
    }
  }
  return lines.join('\n');
}
