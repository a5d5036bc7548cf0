/**
 * The DOM layer on real saved pages (tests/fixtures/dom, see its README.md), in both DOMs it runs
 * on: happy-dom standing in for the browser, and linkedom as the command line uses it.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle, looksLikeArticle, sentenceRange } from '../../src/dom';

const FIXTURES = new URL('../fixtures/dom/', import.meta.url);

function fixture(name: string): string {
  return readFileSync(new URL(`${name}.html`, FIXTURES), 'utf8');
}

type Dom = 'happy-dom' | 'linkedom';

function parse(dom: Dom, html: string): Document {
  if (dom === 'linkedom') return parseHTML(html).document as unknown as Document;
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}

const DOMS: Dom[] = ['happy-dom', 'linkedom'];

describe.each(DOMS)('looksLikeArticle in %s', (dom) => {
  it.each([
    ['bbc-1', 'news story', true],
    ['ars-1', 'news story', true],
    ['lemonde-1', 'news story (French)', true],
    ['nytimes-5', 'front page of a news site', false],
    ['mozilla-2', 'product page', false],
    ['mathjax', 'page of formula samples', false],
  ])('%s (%s): %s', (name, _kind, expected) => {
    expect(looksLikeArticle(parse(dom, fixture(name)))).toBe(expected);
  });

  it.each([
    ['a tiny page', '<html><body><p>Hello.</p></body></html>'],
    ['an app shell', '<html><body><div id="root"><button>Sign in</button></div></body></html>'],
    [
      'a search results page',
      `<html><head><script type="application/ld+json">{"@type":"SearchResultsPage"}</script></head><body>${'<p>Result snippet that goes on long enough to look like a paragraph of a story about something in the news today, with a few more words.</p>'.repeat(8)}</body></html>`,
    ],
  ])('false on %s', (_name, html) => {
    expect(looksLikeArticle(parse(dom, html))).toBe(false);
  });
});

/** Each page's first body sentence, and text of its nav, header and footer that must stay out. */
const PAGES = [
  {
    name: 'bbc-1',
    first:
      'President Barack Obama has admitted that his failure to pass "common sense gun safety laws" in the US is the greatest frustration of his presidency.',
    furniture: ['CBeebies', 'Skip to content', 'Parental Guidance', 'Terms of Use', 'Contact BBC News'],
  },
  {
    name: 'ars-1',
    first:
      'A flaw in the wildly popular online game Minecraft makes it easy for just about anyone to crash the server hosting the game, according to a computer programmer who has released proof-of-concept code that exploits the vulnerability.',
    furniture: ['Gaming & Culture', 'Advertise with us', 'Sponsored Stories', 'Orbital Transmission'],
  },
  {
    name: 'lemonde-1',
    first:
      'Les députés ont, sans surprise, adopté à une large majorité (438 contre 86 et 42 abstentions) le projet de loi sur le renseignement défendu par le gouvernement lors d’un vote solennel, mardi 5 mai.',
    furniture: ['Jeux vidéo', 'Édition Abonnés', 'utilisation de cookies'],
  },
];

describe.each(DOMS)('extractArticle on real pages in %s', (dom) => {
  it.each(PAGES)('$name: starts with the first body sentence, and has no nav/footer text', ({ name, first, furniture }) => {
    const { sentences } = extractArticle(parse(dom, fixture(name)));
    const texts = sentences.map((s) => s.text);
    expect(texts).toContain(first);
    // The story comes first: at most a headline or a kicker before its first sentence.
    expect(texts.indexOf(first)).toBeLessThan(3);
    for (const chrome of furniture) expect(texts.filter((t) => t.includes(chrome))).toEqual([]);
  });
});

describe('the same sentences for the content script and the command line', () => {
  it.each(PAGES.map((p) => p.name))('%s', (name) => {
    const html = fixture(name);
    const browser = extractArticle(parse('happy-dom', html)).sentences.map((s) => s.text);
    const cli = extractArticle(parse('linkedom', html)).sentences.map((s) => s.text);
    expect(cli).toEqual(browser);
  });
});

describe('ranges on a real page', () => {
  it.each(PAGES.map((p) => p.name))('%s: every sentence range shows exactly the sentence', (name) => {
    const doc = parse('happy-dom', fixture(name));
    const article = extractArticle(doc);
    const wrong = article.sentences.filter(
      (s, i) => sentenceRange(article, i, doc)?.toString().replace(/\s+/g, ' ').trim() !== s.text,
    );
    expect(wrong).toEqual([]);
  });

  it('gives null, not an error, in linkedom, which has no usable Range', () => {
    const doc = parse('linkedom', fixture('ars-1'));
    const article = extractArticle(doc);
    expect(article.sentences.length).toBeGreaterThan(20);
    expect(sentenceRange(article, 0, doc)).toBeNull();
  });
});
