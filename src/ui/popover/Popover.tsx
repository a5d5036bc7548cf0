import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article, Claim } from '../../core/corpus/types';
import { t, tParts } from '../common/i18n';
import { listParts } from '../common/list-text';
import { StatusBadge } from '../common/status-badge';
import type { PopoverClient } from './client';
import { confidenceText, scoreText } from './confidence';
import { conflictLine } from './conflict-line';
import { Disagreements } from './Disagreements';
import { focusables, trapFocus } from './focus-trap';
import { watchHeight, type FrameLink } from './frame-link';
import { NotesPanel } from './NotesPanel';
import type { PageConflict, PopoverParams } from './params';
import { statusLine } from './status-line';
import { Wording } from './Wording';

export interface PopoverProps {
  /** From the URL hash; null when the hash names no claim. */
  params: PopoverParams | null;
  client: PopoverClient;
  frame: FrameLink;
  /** Ids for new notes; `crypto.randomUUID` in the extension. */
  newId?: () => string;
}

type Loaded =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'error'; error: string }
  | { state: 'ready'; claim: Claim; articles: Article[] };

function Conflicts(props: { conflicts: readonly PageConflict[]; claim: Claim; articles: readonly Article[] }) {
  if (props.conflicts.length === 0) return null;
  return (
    <section class="conflicts" aria-label={t('popoverConflictsLabel')}>
      {props.conflicts.map((c, i) => {
        const line = conflictLine(c, props.claim, props.articles);
        if (line.sources.length === 0) {
          return (
            <p key={i} class="conflict">
              {line.text}
            </p>
          );
        }
        const said = line.sources.map((s, j) => (
          <span key={j}>
            {s.by ? tParts('conflictSourceValue', [<strong>{s.value}</strong>, s.by]) : <strong>{s.value}</strong>}
          </span>
        ));
        return (
          <p key={i} class="conflict">
            {tParts('conflictLine', [<strong>{line.page}</strong>, <>{listParts(said, 'or')}</>])}
          </p>
        );
      })}
    </section>
  );
}

function Confidence({ params }: { params: PopoverParams }) {
  const score = scoreText(params.score);
  return (
    <p class="confidence" title={score}>
      <span class="confidence-label">{t('popoverMatchLabel')}</span> {confidenceText(params.confidence)}
      <span class="cc-visually-hidden">. {score}</span>
    </p>
  );
}

/**
 * The comparison popover: status, the page's figures that differ, the wording side by side, the
 * sources' own disagreements and the reader's notes. Page text is rendered as JSX text only.
 */
export function Popover({ params, client, frame, newId = () => crypto.randomUUID() }: PopoverProps) {
  const [loaded, setLoaded] = useState<Loaded>(params ? { state: 'loading' } : { state: 'missing' });
  const dialog = useRef<HTMLDivElement>(null);
  const flushers = useRef(new Set<() => void>()).current;
  const flushAll = () => flushers.forEach((flush) => flush());
  const registerFlush = (flush: () => void) => {
    flushers.add(flush);
    return () => flushers.delete(flush);
  };
  const close = () => {
    flushAll();
    frame.requestClose();
  };

  useEffect(() => {
    if (!params) return;
    let live = true;
    void client.ask('get-claim', { claimId: params.claimId }).then((answer) => {
      if (!live) return;
      if (!answer.ok) setLoaded({ state: 'error', error: answer.error });
      else if (!answer.value) setLoaded({ state: 'missing' });
      else setLoaded({ state: 'ready', ...answer.value });
    });
    return () => {
      live = false;
    };
  }, [params?.claimId]);

  useEffect(() => {
    const root = dialog.current!;
    const doc = root.ownerDocument;
    const win = doc.defaultView!;
    // The frame's own title and language, for screen readers announcing the framed document.
    doc.title = t('popoverDocumentTitle');
    doc.documentElement.lang = t('messagesLocale');
    const stop = new AbortController();
    const { signal } = stop;
    watchHeight(doc, frame, signal);
    trapFocus(root, signal);
    doc.addEventListener('keydown', (e) => e.key === 'Escape' && close(), { signal });
    // The frame can be removed or the tab navigated at any moment: send what is typed now.
    win.addEventListener('pagehide', flushAll, { signal });
    doc.addEventListener('visibilitychange', () => doc.visibilityState === 'hidden' && flushAll(), { signal });
    if (params?.keyboard) focusables(root)[0]?.focus();
    return () => stop.abort();
  }, []);

  return (
    <div class="popover" role="dialog" aria-labelledby="cc-title" ref={dialog}>
      <header class="head">
        <h1 id="cc-title">{t('popoverTitle')}</h1>
        <button type="button" class="close" aria-label={t('popoverClose')} title={t('popoverCloseTitle')} onClick={close}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {loaded.state === 'loading' && <p class="muted">{t('popoverLoading')}</p>}
      {loaded.state === 'missing' && <p class="muted">{t('popoverMissing')}</p>}
      {loaded.state === 'error' && (
        <p class="error" role="alert">
          {t('popoverLoadError', loaded.error)}
        </p>
      )}
      {loaded.state === 'ready' && params && (
        <>
          <p class="status">
            <StatusBadge kind={loaded.claim.status.kind} />{' '}
            <span class="status-line">{statusLine(loaded.claim, loaded.articles)}</span>
          </p>
          <Confidence params={params} />
          <Conflicts conflicts={params.conflicts} claim={loaded.claim} articles={loaded.articles} />
          <Wording claim={loaded.claim} articles={loaded.articles} sentence={params.sentence} />
          <Disagreements disagreements={loaded.claim.disagreements} articles={loaded.articles} />
        </>
      )}
      {params && (
        <NotesPanel
          client={client}
          target={{ claimId: params.claimId, pageUrl: params.pageUrl, sentence: params.sentence }}
          newId={newId}
          registerFlush={registerFlush}
        />
      )}
    </div>
  );
}
