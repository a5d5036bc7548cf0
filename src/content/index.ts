import { browser } from 'wxt/browser';
import { looksLikeArticle } from '../dom';
import {
  MAX_SENTENCE_LENGTH,
  MAX_SENTENCES,
  parseContentRequest,
  type ContentRequests,
  type WireMatch,
} from '../messaging/protocol';
import { askBackground, listen } from '../messaging/send';
import { Annotator, type FoundClaim } from './annotator';
import { createHighlighter, supportsHighlights, type HighlightStyle } from './highlighter';
import { rangeAtPoint } from './hit-test';
import { createPageUi, HOST_TAG } from './page-ui';
import { watchMutations } from './watch-mutations';

export interface ContentOptions {
  doc: Document;
  signal: AbortSignal;
  /** The reader's settings, read through the settings module by the entrypoint. */
  style: HighlightStyle;
  threshold?: number;
}

export interface ContentSession {
  refresh(): Promise<void>;
  setStyle(style: HighlightStyle): void;
}

/**
 * Wires extraction, matching, painting and the in-page UI for one page. Everything registered
 * here hangs off `signal`: aborting it (extension disabled or updated, site turned off) removes
 * the highlights, the UI, the listeners and the observer.
 */
export function startAnnotating(options: ContentOptions): ContentSession | null {
  const { doc } = options;
  // Our own signal under the caller's, so an orphaned script can stand itself down (see below).
  const own = new AbortController();
  if (options.signal.aborted) own.abort();
  else options.signal.addEventListener('abort', () => own.abort(), { once: true });
  const signal = own.signal;
  const win = doc.defaultView as Window & typeof globalThis;
  if (!supportsHighlights(win)) return null;

  const highlighter = createHighlighter(doc, options.style, signal);
  let current = -1;
  const ui = createPageUi(doc, {
    popoverUrl: (found, byKeyboard) => popoverUrl(found, byKeyboard, doc),
    onChoose: (i) => reveal(i, true),
    signal,
  });
  const annotator = new Annotator({
    doc,
    highlighter,
    signal,
    match: (sentences) => matchWithinLimits(sentences, options.threshold),
    onFound: (found) => ui.setFound(found),
  });

  const reveal = (index: number, byKeyboard: boolean) => {
    const found = annotator.found[index];
    if (!found) return;
    if (orphaned()) return own.abort();
    current = index;
    const el = found.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    ui.openPopover(found, byKeyboard);
  };

  // Clicks are only observed (passive, never prevented): a link inside a highlighted sentence
  // still works as the page intends.
  const listenerOptions = { signal, passive: true, capture: true };
  doc.addEventListener(
    'click',
    (e) => {
      if (e.button !== 0 || ui.isOurs(e.target as Node)) return;
      if (!win.getSelection()?.isCollapsed) return; // the reader is selecting text
      const hit = rangeAtPoint(doc, annotator.found.map((f) => f.range), e.clientX, e.clientY);
      if (hit >= 0) reveal(hit, false);
    },
    listenerOptions,
  );
  let hoverFrame = 0;
  doc.addEventListener(
    'pointermove',
    (e) => {
      if (hoverFrame || annotator.found.length === 0) return;
      const { clientX, clientY } = e;
      hoverFrame = win.requestAnimationFrame(() => {
        hoverFrame = 0;
        const hit = rangeAtPoint(doc, annotator.found.map((f) => f.range), clientX, clientY);
        highlighter.hover(hit >= 0 ? annotator.found[hit]!.range : null);
      });
    },
    listenerOptions,
  );

  listen<ContentRequests>(
    parseContentRequest,
    {
      'step-claim': ({ direction }) => {
        const n = annotator.found.length;
        if (n) reveal((((current + direction) % n) + n) % n, true);
        return null;
      },
      'page-claims': () => ({
        claims: annotator.found.map((f: FoundClaim, index) => ({
          index,
          sentence: f.sentence,
          claimId: f.match.claimId,
          claimText: f.match.claimText,
          status: f.match.status,
          conflict: f.match.conflicts.length > 0,
        })),
      }),
      'reveal-claim': ({ index }) => {
        reveal(index, true);
        return null;
      },
      'close-popover': () => {
        ui.closePopover();
        return null;
      },
      'corpus-changed': () => {
        void annotator.rematch().catch(() => undefined);
        return null;
      },
    },
    signal,
  );

  const refresh = () =>
    annotator.refresh().catch((error: unknown) => {
      // The background is unreachable only when the extension was reloaded or removed: this
      // content script is orphaned and stands down quietly.
      if (orphaned()) return own.abort();
      throw error;
    });

  watchMutations(doc.body, () => void refresh(), {
    signal,
    ignore: (node) => ui.isOurs(node) || (node as Element).localName === HOST_TAG,
  });
  void refresh();
  return { refresh, setStyle: (style) => highlighter.setStyle(style) };
}

/**
 * True once the extension was reloaded, updated or removed under this page. The script keeps
 * running and `runtime.id` stays set in Chromium, but every runtime call throws "Extension context
 * invalidated": a click on a highlight left painted after a reload threw it into the page's
 * console, and so did every later change to the article. An orphaned script removes its
 * highlights, UI, listeners and observer (all hang off its signal) and does nothing more.
 */
function orphaned(): boolean {
  try {
    return !browser.runtime?.id || !browser.runtime.getURL('/');
  } catch {
    return true;
  }
}

/**
 * Asks the background within the limits its message check enforces (protocol.ts): a request over
 * them is dropped whole, so one page of 20,000 table rows, or one 5,000-character run of text
 * without a full stop, used to leave the entire page unannotated. Sentences too long to be a claim
 * are not sent; the rest go in batches of at most MAX_SENTENCES. No answer counts as no match.
 */
async function matchWithinLimits(sentences: string[], threshold: number | undefined): Promise<WireMatch[]> {
  const sent = sentences.flatMap((text, index) => (text.length <= MAX_SENTENCE_LENGTH ? [index] : []));
  const matches: WireMatch[] = [];
  for (let start = 0; start < sent.length; start += MAX_SENTENCES) {
    const batch = sent.slice(start, start + MAX_SENTENCES);
    const answer = await askBackground('match-sentences', { sentences: batch.map((i) => sentences[i]!), threshold });
    for (const m of answer?.matches ?? []) {
      const index = batch[m.index];
      if (index !== undefined) matches.push({ ...m, index });
    }
  }
  return matches;
}

/** True when the page is worth annotating; cheap enough to run on every page. */
export function shouldAnnotate(doc: Document): boolean {
  return doc.contentType === 'text/html' && !!doc.body && looksLikeArticle(doc);
}

function popoverUrl(found: FoundClaim, byKeyboard: boolean, doc: Document): string {
  const params = new URLSearchParams({
    claim: found.match.claimId,
    sentence: found.sentence,
    score: found.match.score.toFixed(3),
    confidence: found.match.confidence,
    conflicts: JSON.stringify(found.match.conflicts),
    page: doc.location.href,
    keyboard: byKeyboard ? '1' : '0',
  });
  return `${browser.runtime.getURL('/popover.html')}#${params.toString()}`;
}
