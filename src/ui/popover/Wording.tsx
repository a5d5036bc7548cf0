import type { Article, Claim } from '../../core/corpus/types';
import { t, tParts } from '../common/i18n';
import { listText } from '../common/list-text';
import { sourceLabel } from '../common/source-label';
import { compareWording, type WordingPart } from './wording-diff';

/** Parts of a sentence as text nodes; differing words in <mark>, differing figures/names also <strong>. */
function Parts({ parts, side }: { parts: readonly WordingPart[]; side: 'page' | 'source' }) {
  return (
    <>
      {parts.map((part, i) =>
        part.changed ? (
          <mark key={i} class={`diff diff--${side}`}>
            {part.key ? <strong>{part.text}</strong> : part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

/** ", according to the Syrian Observatory for Human Rights", once per body credited. */
function attributionText(claim: Claim, articleId: string): string {
  const who = [...new Set(claim.attributions.filter((a) => a.article === articleId).map((a) => a.who))];
  return who.length ? t('wordingAccordingTo', listText(who, 'and')) : '';
}

/**
 * The page's sentence, then each source's, one above the other (the frame is 380-420 px wide).
 * Marks on the page sentence: words no source uses; on a source: words the page does not use.
 */
export function Wording(props: { claim: Claim; articles: readonly Article[]; sentence: string }) {
  const { claim, articles, sentence } = props;
  const cmp = compareWording(sentence, claim.sources.map((s) => s.quote));
  return (
    <section class="wording" aria-labelledby="cc-wording-title">
      <h2 id="cc-wording-title">{t('wordingTitle')}</h2>
      <p class="legend">
        <mark class="diff diff--page">{t('wordingLegendPage')}</mark>{' '}
        <mark class="diff diff--source">{t('wordingLegendSource')}</mark>{' '}
        {tParts('wordingLegendKey', [<strong>{t('wordingLegendKeyWords')}</strong>])}
      </p>
      <figure class="sentence sentence--page">
        <figcaption>{t('wordingThisPage')}</figcaption>
        <blockquote>
          <Parts parts={cmp.page} side="page" />
        </blockquote>
      </figure>
      <ol class="sources" aria-label={t('wordingSourcesLabel')}>
        {claim.sources.map((source, i) => {
          const credit = attributionText(claim, source.article);
          return (
            <li key={source.sentenceId} class="sentence sentence--source">
              <p class="source-head">
                <span class="source-label">{sourceLabel(source.article, articles)}</span>
                {credit && <span class="attribution">{credit}</span>}
              </p>
              <blockquote>
                <Parts parts={cmp.sources[i] ?? []} side="source" />
              </blockquote>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
