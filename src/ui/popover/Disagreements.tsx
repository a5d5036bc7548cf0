import type { Article, Disagreement, DisagreementKind } from '../../core/corpus/types';
import { t } from '../common/i18n';
import { sourceList } from '../common/source-label';

const KIND_KEYS: Readonly<Record<DisagreementKind, string>> = Object.freeze({
  quantity: 'disagreementQuantity',
  attribution: 'disagreementAttribution',
  spelling: 'disagreementSpelling',
  denial: 'disagreementDenial',
});

/** How the sources disagree among themselves, one plain item per disagreement. */
export function Disagreements(props: { disagreements: readonly Disagreement[]; articles: readonly Article[] }) {
  if (props.disagreements.length === 0) return null;
  return (
    <section class="disagreements" aria-labelledby="cc-disagree-title">
      <h2 id="cc-disagree-title">{t('popoverDisagreementsTitle')}</h2>
      <ul>
        {props.disagreements.map((d, i) => (
          <li key={i}>
            <p>
              <span class={`kind kind--${d.kind}`}>{t(KIND_KEYS[d.kind])}</span> {d.description}
            </p>
            <ul class="values">
              {d.values.map((v) => (
                <li key={v.value}>
                  <strong>{v.value}</strong>
                  <span class="muted"> {t('disagreementValueSources', sourceList(v.articles, props.articles))}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
