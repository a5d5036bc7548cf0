import type { Article, Disagreement, DisagreementKind } from '../../core/corpus/types';
import { sourceList } from '../common/source-label';

const KIND_WORDS: Readonly<Record<DisagreementKind, string>> = Object.freeze({
  quantity: 'Different figures',
  attribution: 'Credited to different sources',
  spelling: 'Spelled differently',
  denial: 'Denied',
});

/** How the sources disagree among themselves, one plain item per disagreement. */
export function Disagreements(props: { disagreements: readonly Disagreement[]; articles: readonly Article[] }) {
  if (props.disagreements.length === 0) return null;
  return (
    <section class="disagreements" aria-labelledby="cc-disagree-title">
      <h2 id="cc-disagree-title">Where the sources differ</h2>
      <ul>
        {props.disagreements.map((d, i) => (
          <li key={i}>
            <p>
              <span class={`kind kind--${d.kind}`}>{KIND_WORDS[d.kind]}</span> {d.description}
            </p>
            <ul class="values">
              {d.values.map((v) => (
                <li key={v.value}>
                  <strong>{v.value}</strong>
                  <span class="muted"> — {sourceList(v.articles, props.articles)}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
