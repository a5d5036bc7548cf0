import { describe, expect, it } from 'vitest';
import { readBundledArticles } from '../../src/cli/bundled-articles';
import { prepareArticles } from '../../src/core/corpus';
import { sentenceFeatures } from '../../src/core/corpus/features';
import { lazySentenceFeatures } from '../../src/core/corpus/lazy-features';

const prepared = prepareArticles(await readBundledArticles());
const sentences = prepared.flatMap((p, ai) => p.sentences.map((s, k) => ({ id: s.id, article: p.article.id, ai, k, text: s.text })));
/** Sentences whose shortcuts matter: a frame without a leaving word, denials written several ways, a conflict length. */
const extra = [
  'The whereabouts of Assad remain unknown, the Observatory said.',
  'The interior minister, however, had dismissed reports of a military withdrawal from Homs.',
  'Government denials of the army withdrawals came hours before rebels entered the city.',
  'Since the war began in 2011, half the population has been displaced.',
  'Rebels pulled out of their positions around the capital on Sunday.',
  'Rebel fighters entered Damascus early on Sunday, witnesses said.',
].map((text, k) => ({ id: `x:s${k}`, article: 'x', ai: 9, k, text }));

const FIELDS = ['terms', 'termSet', 'clauses', 'names', 'numbers', 'attributions', 'denials', 'checkable', 'frames', 'place'] as const;

describe('features read on first use are the features read at once', () => {
  it.each([...sentences, ...extra].map((s) => [s.id, s] as const))('%s', (_, s) => {
    const eager = sentenceFeatures(s.id, s.article, s.ai, s.k, s.text);
    // Each field read first, on its own object: a shortcut is only taken before the full reading.
    for (const f of FIELDS) expect(lazySentenceFeatures(s.id, s.article, s.ai, s.k, s.text)[f], f).toEqual(eager[f]);
  });

  it('covers sentences with frames, denials and places', () => {
    const all = [...sentences, ...extra].map((s) => sentenceFeatures(s.id, s.article, s.ai, s.k, s.text));
    expect(all.filter((s) => s.frames.length > 0).length).toBeGreaterThan(10);
    expect(all.filter((s) => s.denials.length > 0).length).toBeGreaterThan(3);
    expect(all.filter((s) => s.place !== null).length).toBeGreaterThan(10);
  });
});
