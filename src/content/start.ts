import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { getSettings, isSiteEnabled, watchSettings, type Settings } from '../storage/settings';
import { thresholdFor } from '../core/match/constants';
import { extractArticle, readPageMetadata } from '../dom';
import { parseContentRequest, type ContentRequests } from '../messaging/protocol';
import { listen } from '../messaging/send';
import { shouldAnnotate, startAnnotating, type ContentSession } from './index';

/**
 * Turns annotation on and off as the reader's settings and the page change: paused globally,
 * turned off for this site, or a client-side navigation to another page. Each "on" period has
 * its own AbortController, a child of the content-script context, so turning off removes
 * everything and an extension update stops everything.
 */
export function startContent(doc: Document, ctx: ContentScriptContext): void {
  let session: { controller: AbortController; content: ContentSession | null } | null = null;
  let settings: Settings | null = null;

  const stop = () => {
    session?.controller.abort();
    session = null;
  };
  const apply = () => {
    if (ctx.isInvalid || !settings) return;
    const enabled = !settings.paused && isSiteEnabled(settings, doc.location.hostname);
    if (!enabled) return stop();
    if (session) return;
    if (!shouldAnnotate(doc)) return;
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    session = {
      controller,
      content: startAnnotating({
        doc,
        signal: controller.signal,
        style: settings.highlightStyle,
        threshold: thresholdFor(settings.strictness),
      }),
    };
  };

  void getSettings().then((s) => {
    settings = s;
    apply();
  });
  const unwatch = watchSettings((next) => {
    const restart = settings && (next.strictness !== settings.strictness);
    const styleChanged = settings && next.highlightStyle !== settings.highlightStyle;
    settings = next;
    if (restart) stop();
    else if (styleChanged) session?.content?.setStyle(next.highlightStyle);
    apply();
  });
  ctx.onInvalidated(unwatch);
  // "Add this article" works on any page the reader chooses, annotated or not.
  listen<ContentRequests>(
    parseContentRequest,
    {
      'extract-article': () => {
        const article = extractArticle(doc);
        return {
          text: article.blocks.map((b) => b.text).join('\n\n'),
          meta: readPageMetadata(doc),
          sentences: article.sentences.length,
        };
      },
    },
    ctx.signal,
  );
  // Single-page sites change the article without a page load.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (session) void session.content?.refresh();
    else apply();
  });
}
