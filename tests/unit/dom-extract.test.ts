// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractArticle, sentenceRange, type ExtractedArticle } from '../../src/dom';

/** Enough story text that a declared root is trusted (see MIN_ROOT_CHARS). */
const STORY =
  '<p>The health ministry said on Tuesday that 42 people were killed in the strike on the market. ' +
  'Officials gave no further details about the victims or the weapons used.</p>' +
  '<p>Witnesses described a loud explosion shortly after noon, when the market was at its busiest. ' +
  'Several buildings nearby were damaged, and rescue teams worked through the night.</p>' +
  '<p>The government denied any involvement and called for an independent investigation. ' +
  'Aid groups said hospitals in the area were running short of blood and medicine.</p>';

function load(bodyHtml: string): void {
  document.body.innerHTML = bodyHtml;
}

function allText(article: ExtractedArticle): string {
  return article.blocks.map((b) => b.text).join('\n');
}

/** What a highlight would show: the range's text with whitespace collapsed as a reader sees it. */
function shown(range: Range | null): string | null {
  return range === null ? null : range.toString().replace(/\s+/g, ' ').trim();
}

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('sentences that run through inline markup', () => {
  it.each([
    {
      name: 'link, emphasis and strong',
      html: '<p>The <a href="/m">health ministry</a> said <em>on Tuesday</em> that <strong>42</strong> people died. Rescue work went on.</p>',
      first: 'The health ministry said on Tuesday that 42 people died.',
    },
    {
      name: 'span, b and i nested',
      html: '<p><span>Officials <b>did not <i>confirm</i></b> the toll.</span> A second sentence follows.</p>',
      first: 'Officials did not confirm the toll.',
    },
    {
      name: 'source line breaks and indentation',
      html: '<p>\n    The strike hit\n    the <a href="#">central\n   market</a>   at noon.\n  Another sentence.\n</p>',
      first: 'The strike hit the central market at noon.',
    },
    {
      name: 'sentence ending inside a link',
      html: '<p>Speaking to reporters outside parliament, the minister called it <a href="#">"a national tragedy."</a> Nobody answered.</p>',
      first: 'Speaking to reporters outside parliament, the minister called it "a national tragedy."',
    },
  ])('$name: one sentence whose range shows exactly its text', ({ html, first }) => {
    load(`<article>${html}</article>`);
    const article = extractArticle(document.body);
    expect(article.sentences[0]?.text).toBe(first);
    const range = sentenceRange(article, 0, document);
    expect(shown(range)).toBe(first);
    expect(range?.startContainer).not.toBe(range?.endContainer);
  });

  it('maps every sentence of a block back to its own text', () => {
    load(`<article>${STORY}</article>`);
    const article = extractArticle(document);
    expect(article.sentences).toHaveLength(6);
    article.sentences.forEach((sentence, i) => {
      expect(shown(sentenceRange(article, i, document))).toBe(sentence.text);
    });
  });
});

describe('page furniture is not article text', () => {
  it.each([
    ['nav', '<nav><p>Home World Politics LEAK</p></nav>'],
    ['page header', '<header><p>Site name and slogan LEAK</p></header>'],
    ['footer', '<footer><p>Copyright and terms LEAK</p></footer>'],
    ['aside', '<aside><p>Most read today LEAK</p></aside>'],
    ['cookie banner by id', '<div id="cookie-banner"><p>We use cookies to improve your experience LEAK</p></div>'],
    ['consent dialog by class', '<div class="gdpr-consent-overlay"><p>Accept all partners LEAK</p></div>'],
    ['newsletter box', '<div class="newsletterSignup"><p>Get the morning briefing LEAK</p></div>'],
    ['share buttons', '<div class="share-tools"><p>Share this on social media LEAK</p></div>'],
    ['comments', '<section id="comments"><p>Great article, thanks LEAK</p></section>'],
    ['related stories', '<div class="related-stories"><p>Another story about something LEAK</p></div>'],
    ['figure caption', '<figure><img src="x.jpg" alt=""><figcaption>Rescuers at the scene LEAK</figcaption></figure>'],
    ['caption by class', '<div class="image-caption"><p>Photo: Agency LEAK</p></div>'],
    ['hidden attribute', '<p hidden>Old version of the paragraph LEAK</p>'],
    ['aria-hidden', '<div aria-hidden="true"><p>Duplicate for animation LEAK</p></div>'],
    ['inline display:none', '<p style="display: none">Hidden teaser LEAK</p>'],
    ['role navigation', '<div role="navigation"><p>Sections LEAK</p></div>'],
    ['role banner', '<div role="banner"><p>Masthead LEAK</p></div>'],
    ['role complementary', '<div role="complementary"><p>Sidebar LEAK</p></div>'],
    ['role dialog', '<div role="dialog"><p>Subscribe now LEAK</p></div>'],
    ['script, style, noscript, template', '<script>var x = "LEAK";</script><style>.x{content:"LEAK"}</style><noscript>LEAK</noscript><template><p>LEAK</p></template>'],
    ['form and button', '<form><p>Search the site LEAK</p><button>Go LEAK</button></form>'],
    ['screen-reader-only text inside a paragraph', '<p>Visible words <span class="sr-only">LEAK</span> only.</p>'],
    ['sidebar layout region', '<div class="right-sidebar"><p>Weather and markets LEAK</p></div>'],
  ])('%s', (_name, furniture) => {
    // The body itself as the root: no root choice, the skip rules alone keep the furniture out.
    load(`<div>${STORY}</div>${furniture}`);
    const article = extractArticle(document.body);
    expect(allText(article)).not.toContain('LEAK');
    expect(article.sentences[0]?.text).toBe(
      'The health ministry said on Tuesday that 42 people were killed in the strike on the market.',
    );
  });

  it('asks the injected isVisible once per block element, and drops what it hides', () => {
    load(`<article>${STORY}<p class="tooltip-text">Shown on hover only LEAK</p></article>`);
    const asked: Element[] = [];
    const article = extractArticle(document, {
      isVisible: (el) => {
        asked.push(el);
        return !el.classList.contains('tooltip-text');
      },
    });
    expect(allText(article)).not.toContain('LEAK');
    expect(asked.map((el) => el.localName)).toEqual(['p', 'p', 'p', 'p']);
  });

  it("keeps a headline in the story's own <header>, but not the page header", () => {
    load(`<header><h1>Daily Planet</h1></header><article><header><h1>Strike kills 42 at market</h1></header>${STORY}</article>`);
    const blocks = extractArticle(document.body).blocks.map((b) => b.text);
    expect(blocks).toContain('Strike kills 42 at market');
    expect(blocks).not.toContain('Daily Planet');
  });

  it('keeps words named like widgets but part of the story (commentary, shareholders)', () => {
    load(`<article><div class="commentary-body"><p>Shareholders of the <a class="popup" href="#">company</a> met.</p></div>${STORY}</article>`);
    expect(extractArticle(document).blocks[0]?.text).toBe('Shareholders of the company met.');
  });
});

describe('choosing the story on the page', () => {
  it('prefers itemprop=articleBody over other page text', () => {
    load(`<div><p>${'A long teaser paragraph about another story entirely. '.repeat(6)}</p></div><div itemprop="articleBody">${STORY}</div>`);
    const article = extractArticle(document);
    expect(allText(article)).not.toContain('teaser');
    expect(article.blocks).toHaveLength(3);
  });

  it('takes the <article> with most paragraphs when there are teaser cards', () => {
    load(`<article><p>Teaser card one.</p></article><article>${STORY}</article><article><p>Teaser card two.</p></article>`);
    expect(allText(extractArticle(document))).not.toContain('Teaser');
  });

  it('without a declared root, scores the body and leaves out link lists', () => {
    load(
      `<div class="top"><ul><li><a href="/a">World news and more</a></li><li><a href="/b">Business and markets</a></li></ul></div>` +
        `<div class="wrap"><div class="story">${STORY}</div><div class="box"><p>Short unrelated box text that is here.</p></div></div>`,
    );
    const text = allText(extractArticle(document));
    expect(text).toContain('The health ministry said on Tuesday');
    expect(text).not.toContain('World news');
    expect(text).not.toContain('unrelated box');
  });

  it('splits a block at <br> and at nested blocks, never joining two paragraphs', () => {
    load('<article><div>First line of text<br>Second line of text<p>Nested paragraph.</p>Tail text.</div></article>');
    expect(extractArticle(document.body).blocks.map((b) => b.text)).toEqual([
      'First line of text',
      'Second line of text',
      'Nested paragraph.',
      'Tail text.',
    ]);
  });

  it('gives an empty article when the signal is already aborted', () => {
    load(`<article>${STORY}</article>`);
    const controller = new AbortController();
    controller.abort();
    expect(extractArticle(document, { signal: controller.signal }).sentences).toEqual([]);
  });
});

describe('sentenceRange after the page changed', () => {
  it.each([
    ['the paragraph was removed', (p: HTMLElement) => p.remove()],
    ['the text was re-rendered into new nodes', (p: HTMLElement) => (p.textContent = 'Replaced by a framework.')],
  ])('returns null when %s', (_name, mutate) => {
    load('<article><p id="p">The <b>minister</b> resigned on Monday. He gave no reason.</p></article>');
    const article = extractArticle(document.body);
    expect(shown(sentenceRange(article, 0, document))).toBe('The minister resigned on Monday.');
    mutate(document.getElementById('p')!);
    expect(sentenceRange(article, 0, document)).toBeNull();
  });

  it('returns null for an index that does not exist', () => {
    load('<article><p>One sentence.</p></article>');
    expect(sentenceRange(extractArticle(document.body), 5, document)).toBeNull();
  });
});
