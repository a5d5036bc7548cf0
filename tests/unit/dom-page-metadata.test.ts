// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPageMetadata } from '../../src/dom';

const page = (head: string, body = '') => {
  const doc = document.implementation.createHTMLDocument('Fallback title');
  doc.head.innerHTML = `<title>Fallback title</title>${head}`;
  doc.body.innerHTML = body;
  return doc;
};

describe('page metadata for an added article', () => {
  it.each([
    [
      'Open Graph and article:* tags',
      page(
        '<meta property="og:site_name" content="The Herald"><meta property="og:title" content="Rebels enter Damascus">' +
          '<meta property="article:published_time" content="2024-12-08T10:00:00Z"><meta name="author" content="Miriam Hale">',
      ),
      { site: 'The Herald', title: 'Rebels enter Damascus', date: '2024-12-08T10:00:00Z', byline: 'Miriam Hale' },
    ],
    [
      'JSON-LD NewsArticle inside a @graph',
      page(
        '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"Assad flees","datePublished":"2024-12-08","author":[{"name":"A. Writer"},{"name":"B. Writer"}],"publisher":{"name":"Daily"}}]}</script>',
      ),
      { site: 'Daily', title: 'Assad flees', date: '2024-12-08', byline: 'A. Writer, B. Writer' },
    ],
    [
      'nothing but a headline and a time element',
      page('', '<article><h1> Assad  flees </h1><time datetime="2024-12-08">Sunday</time></article>'),
      { site: 'example.org', title: 'Assad flees', date: '2024-12-08', byline: null },
    ],
    [
      'broken JSON-LD, which is ignored',
      page('<script type="application/ld+json">{not json</script>'),
      { site: 'example.org', title: 'Fallback title', date: null, byline: null },
    ],
  ])('%s', (_label, doc, expected) => {
    expect(readPageMetadata(doc, 'https://example.org/story#top')).toMatchObject(expected);
  });

  it('keeps an absolute canonical URL when the page URL is unknown', () => {
    const doc = page('<link rel="canonical" href="https://example.org/world/story-2">');
    expect(readPageMetadata(doc, '').url).toBe('https://example.org/world/story-2');
  });

  it('prefers the canonical URL', () => {
    const doc = page('<link rel="canonical" href="/world/story-1">');
    expect(readPageMetadata(doc, 'https://example.org/amp/story-1?utm=x').url).toBe('https://example.org/world/story-1');
  });
});
