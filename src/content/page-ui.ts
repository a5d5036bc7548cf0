import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { t, tPlural } from '../ui/common/i18n';
import type { FoundClaim } from './annotator';

/** Tag of our single host element; tests and the mutation watcher recognise us by it. */
export const HOST_TAG = 'crosscheck-ui';

/**
 * The in-page UI: a count indicator with its list of claims, and the popover frame. All of it
 * sits in one closed shadow root on a host appended to <html> (outside the article and <body>),
 * created only when there is something to show. Page text is only ever set with textContent,
 * never parsed as HTML. Its words come from messages.json through the browser's i18n, which content scripts can read
 * like extension pages; only the page's sentences and the corpus's status summaries are not ours.
 *
 * The popover itself is an extension page in an iframe: the page cannot read it or what the user
 * types into it (a closed shadow root alone does not hide keystrokes, see TOOLCHAIN notes).
 */
export interface PageUi {
  setFound(found: readonly FoundClaim[]): void;
  openPopover(found: FoundClaim, byKeyboard: boolean): void;
  closePopover(): void;
  readonly popoverOpen: boolean;
  isOurs(node: Node): boolean;
}

const CSS = `
:host { all: initial; }
.indicator { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; display: flex; align-items: center; gap: 6px;
  font: 500 13px/1.2 system-ui, sans-serif; color: #1d3557; background: rgba(255,255,255,.94); border: 1px solid rgba(64,140,255,.45);
  border-radius: 999px; padding: 6px 12px; box-shadow: 0 2px 8px rgba(0,0,0,.12); cursor: pointer; }
.indicator:focus-visible { outline: 2px solid #408cff; outline-offset: 2px; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: #408cff; }
.list { position: fixed; right: 16px; bottom: 56px; z-index: 2147483646; width: min(360px, calc(100vw - 32px)); max-height: min(420px, calc(100vh - 96px));
  overflow: auto; margin: 0; padding: 6px; list-style: none; font: 13px/1.35 system-ui, sans-serif; color: #1b1f24; background: #fff;
  border: 1px solid rgba(0,0,0,.12); border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.18); }
.list[hidden] { display: none; }
.list button { all: unset; display: block; box-sizing: border-box; width: 100%; padding: 8px 10px; border-radius: 6px; cursor: pointer; }
.list button:hover, .list button:focus-visible { background: rgba(64,140,255,.12); }
.list .status { display: block; margin-top: 2px; font-size: 12px; color: #5a6472; }
.list .conflict .status { color: #b4470f; }
.frame { position: fixed; top: 0; left: 0; z-index: 2147483647; width: min(420px, calc(100vw - 16px)); height: 320px; border: 0;
  border-radius: 10px; box-shadow: 0 8px 30px rgba(0,0,0,.25); background: transparent; color-scheme: normal; }
@media (prefers-color-scheme: dark) {
  .indicator { color: #dbe7ff; background: rgba(24,28,36,.94); border-color: rgba(120,170,255,.5); }
  .list { color: #e6e9ee; background: #1c2028; border-color: rgba(255,255,255,.14); }
  .list .status { color: #a6afbd; }
  .list .conflict .status { color: #ff9f6b; }
}`;

export function createPageUi(
  doc: Document,
  options: {
    popoverUrl: (found: FoundClaim, byKeyboard: boolean) => string;
    onChoose: (index: number) => void;
    signal: AbortSignal;
  },
): PageUi {
  let host: HTMLElement | null = null;
  let root: ShadowRoot | null = null;
  let indicator: HTMLButtonElement;
  let list: HTMLUListElement;
  let frame: HTMLIFrameElement | null = null;
  let stopAutoUpdate: (() => void) | null = null;
  let returnFocus: HTMLElement | null = null;
  const win = doc.defaultView!;

  const ensureHost = () => {
    if (root) return root;
    host = doc.createElement(HOST_TAG);
    // Custom element names are shared with the page: a page that defined <crosscheck-ui> itself
    // runs its own class on our host, which can take the shadow root first (attachShadow then
    // throws) or read a closed one through attachInternals(). No page can define a <div>.
    if (host.matches(':defined')) host = doc.createElement('div');
    root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    indicator = doc.createElement('button');
    indicator.className = 'indicator';
    indicator.type = 'button';
    indicator.setAttribute('aria-expanded', 'false');
    indicator.addEventListener('click', () => toggleList(), { signal: options.signal });
    list = doc.createElement('ul');
    list.className = 'list';
    list.hidden = true;
    list.setAttribute('aria-label', t('pageListLabel'));
    list.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape') {
          toggleList(false);
          indicator.focus();
        }
      },
      { signal: options.signal },
    );
    root.append(style, indicator, list);
    doc.documentElement.append(host);
    return root;
  };

  const toggleList = (show = list.hidden) => {
    list.hidden = !show;
    indicator.setAttribute('aria-expanded', String(show));
    if (show) list.querySelector('button')?.focus();
  };

  const closePopover = () => {
    if (!frame) return;
    stopAutoUpdate?.();
    stopAutoUpdate = null;
    frame.remove();
    frame = null;
    if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  };

  // The popover frame reports its height and asks to close. Only messages whose source is our
  // own frame count; the page can post messages too, but cannot make them come from our frame.
  win.addEventListener(
    'message',
    (event) => {
      if (!frame || event.source !== frame.contentWindow) return;
      const data = event.data as { crosscheck?: string; height?: unknown } | null;
      if (data?.crosscheck === 'popover-close') closePopover();
      if (data?.crosscheck === 'popover-size' && typeof data.height === 'number' && Number.isFinite(data.height)) {
        frame.style.height = `${Math.max(120, Math.min(data.height, win.innerHeight - 16))}px`;
      }
    },
    { signal: options.signal },
  );
  win.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && frame) closePopover();
    },
    { signal: options.signal },
  );
  options.signal.addEventListener('abort', () => {
    closePopover();
    host?.remove();
  });

  return {
    get popoverOpen() {
      return frame !== null;
    },
    isOurs(node) {
      return host !== null && (node === host || host.contains(node));
    },
    setFound(found) {
      if (found.length === 0) {
        closePopover();
        host?.remove();
        host = null;
        root = null;
        return;
      }
      ensureHost();
      if (!host!.isConnected) doc.documentElement.append(host!);
      const conflicts = found.filter((f) => f.match.conflicts.length > 0).length;
      indicator.replaceChildren();
      const dot = doc.createElement('span');
      dot.className = 'dot';
      const label = doc.createElement('span');
      label.textContent = tPlural('pageIndicatorClaims', found.length);
      indicator.append(dot, label);
      indicator.setAttribute(
        'aria-label',
        conflicts
          ? tPlural('pageIndicatorLabelConflicts', found.length, conflicts)
          : tPlural('pageIndicatorLabel', found.length),
      );
      list.replaceChildren(
        ...found.map((f, i) => {
          const item = doc.createElement('li');
          if (f.match.conflicts.length) item.className = 'conflict';
          const button = doc.createElement('button');
          button.type = 'button';
          button.textContent = f.sentence.length > 140 ? `${f.sentence.slice(0, 139)}…` : f.sentence;
          const status = doc.createElement('span');
          status.className = 'status';
          status.textContent = f.match.conflicts.length ? t('pageListConflict', f.match.status) : f.match.status;
          button.append(status);
          button.addEventListener(
            'click',
            () => {
              toggleList(false);
              options.onChoose(i);
            },
            { signal: options.signal },
          );
          item.append(button);
          return item;
        }),
      );
    },
    openPopover(found, byKeyboard) {
      closePopover();
      const shadow = ensureHost();
      returnFocus = byKeyboard ? ((doc.activeElement as HTMLElement | null) ?? null) : null;
      frame = doc.createElement('iframe');
      frame.className = 'frame';
      frame.title = t('pageFrameTitle');
      frame.src = options.popoverUrl(found, byKeyboard);
      shadow.append(frame);
      const range = found.range;
      const reference = {
        getBoundingClientRect: () => range.getBoundingClientRect(),
        getClientRects: () => range.getClientRects(),
      };
      const place = (el: HTMLIFrameElement) => () => {
        void computePosition(reference, el, {
          strategy: 'fixed',
          placement: 'bottom-start',
          middleware: [
            offset(8),
            flip({ padding: 8 }),
            shift({ padding: 8 }),
            size({
              padding: 8,
              apply({ availableHeight }) {
                el.style.maxHeight = `${Math.max(120, availableHeight)}px`;
              },
            }),
          ],
        }).then(({ x, y }) => {
          el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
        });
      };
      stopAutoUpdate = autoUpdate(reference, frame, place(frame));
      if (byKeyboard) frame.addEventListener('load', () => frame?.focus(), { once: true });
    },
    closePopover,
  };
}
