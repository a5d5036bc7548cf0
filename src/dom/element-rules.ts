/**
 * Which elements hold article text and which are page furniture. Decided from the tag name and a
 * few attributes only: no computed style, no layout, so the rules cost the same in the content
 * script, in happy-dom and in linkedom on the command line.
 */

/** Never article text: chrome, widgets, media, code that is not shown, and figure captions. */
const SKIP_TAGS = new Set([
  'nav', 'footer', 'aside', 'form', 'button', 'script', 'style', 'noscript', 'template',
  'figure', 'figcaption', 'svg', 'math', 'select', 'option', 'textarea', 'input', 'label',
  'iframe', 'object', 'embed', 'video', 'audio', 'canvas', 'picture', 'dialog', 'menu', 'head',
  'title', 'meta', 'link',
]);

/**
 * Roles of page furniture. `banner` and `contentinfo` are what a page-level <header>/<footer>
 * are; `alert` and `status` are toasts and live regions, not the story.
 */
const SKIP_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'menu',
  'menubar', 'toolbar', 'search', 'tablist', 'alert', 'status', 'tooltip',
]);

/**
 * Elements that stay inside a line of text: a sentence running through them is one sentence.
 * Anything else (including custom elements, whose display we cannot know without style) starts
 * a new block, because merging two paragraphs into one sentence is worse than splitting one.
 */
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img',
  'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup',
  'time', 'tt', 'u', 'var', 'wbr', 'nobr',
]);

/**
 * Widgets named by class or id (and bylines, datelines and author boxes: a byline is not a claim,
 * and an added article would otherwise bring "By … · 11 December 2024" as a sentence). Matched at the start of a word of the name (after a separator or
 * a lower-to-upper case change), so `commentary-body` and `shareholders` stay.
 */
const WIDGET_NAME =
  /(?:^|[^a-z])(?:cookie|consent|gdpr|newsletter|sharing|share(?:bar|tools|buttons?|links?)?(?![a-z])|social|comments?(?![a-z])|disqus|outbrain|taboola|related|recommend|promo|sponsor|advert|ads?(?![a-z])|caption|credits?(?![a-z])|breadcrumb|popup|modal|skip-?link|gallery|slideshow|carousel|lightbox|vjs|video-?player|read-?more|most-?(?:read|popular)|trending|byline|dateline|author(?:s|-?(?:info|bio|box|name|card))?(?![a-z])|article-?meta(?![a-z])|post-?meta(?![a-z])|timestamp)/;

/**
 * Layout regions named by class or id, matched only as the start or the end of a class token
 * (`sidebar-right`, `site-footer`, `main-nav`), and never in a token that also names the story
 * (`content-with-sidebar`). In the middle of a token the word is a layout modifier of a wrapper
 * that holds the story too (`panel-two-col-sidebar-right-mix` on aclu.org).
 */
const LAYOUT_TOKEN =
  /^(?:(?:sidebar|footer|masthead|navbar|navigation|nav|menu|widget|site-?header|top-?bar)(?:[-_].*)?|.*[-_](?:sidebar|footer|masthead|navbar|navigation|nav|menu|widget))$/;
const CONTENT_TOKEN = /(?:^|[-_])(?:article|content|story|main|entry|post|body)(?:[-_]|$)/;

function isLayoutName(name: string): boolean {
  for (const token of name.split(/\s+/)) {
    if (LAYOUT_TOKEN.test(token) && !CONTENT_TOKEN.test(token)) return true;
  }
  return false;
}

/**
 * Class tokens that are not names: atomic CSS (`modal-open_Op(1)`, `md:hidden`) and state flags
 * (`modal-open` on the wrapper of a whole page while a dialog shows). Yahoo renders its whole page
 * inside such a wrapper.
 */
const NOT_A_NAME = /[():]|-(?:open|opened|active|enabled|visible|shown|loaded|ready)$/;

/** Text for screen readers only; the one name rule that applies to inline elements too. */
const SCREEN_READER_NAME = /(?:^|[^a-z])(?:sr-only|visually-?hidden|screen-?reader|element-invisible|a11y-hidden)/;

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

export function isInlineTag(tag: string): boolean {
  return INLINE_TAGS.has(tag);
}

/** "articleShareTools" -> "article-share-tools": one lowercase form for both naming styles. */
function nameWords(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  const tokens = `${cls} ${id}`.split(/\s+/).filter((token) => !NOT_A_NAME.test(token));
  return tokens.join(' ').replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

/**
 * True when the element and everything inside it is not article text. `tag` is the element's
 * lowercase local name, passed in because the caller already has it. Widget and layout names
 * only rule out paragraph-level elements: an inline <a class="popup"> inside a sentence is
 * part of the sentence.
 */
export function isSkipped(el: Element, tag: string): boolean {
  if (SKIP_TAGS.has(tag)) return true;
  // A <header> inside the story holds its headline; only the page's own header is chrome.
  if (tag === 'header') return el.closest('article, main, [role="main"], [itemprop~="articleBody"]') === null;
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role !== null && SKIP_ROLES.has(role)) return true;
  const style = el.getAttribute('style');
  if (style !== null && HIDDEN_STYLE.test(style)) return true;
  if (!el.hasAttribute('class') && !el.hasAttribute('id')) return false;
  const name = nameWords(el);
  if (SCREEN_READER_NAME.test(name)) return true;
  if (INLINE_TAGS.has(tag)) return false;
  return WIDGET_NAME.test(name) || isLayoutName(name);
}
