// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractArticle, extractArticleInSlices } from '../../src/dom';

function longArticle(paragraphs: number): Document {
  const doc = document.implementation.createHTMLDocument('Long read');
  const body = Array.from(
    { length: paragraphs },
    (_, i) => `<p>Paragraph ${i} of the long read says that the <em>river</em> rose again overnight. Residents waited on the roofs.</p>`,
  ).join('');
  doc.body.innerHTML = `<nav><a href="/">Home</a></nav><article><h1>Long read</h1>${body}</article>`;
  return doc;
}

const visible = () => true;

describe('extraction spread over several tasks', () => {
  it('gives exactly what the one-pass extraction gives, pausing along the way', async () => {
    const doc = longArticle(600);
    let pauses = 0;
    let clock = 0;
    const sliced = await extractArticleInSlices(doc, {
      isVisible: visible,
      sliceMs: 1,
      now: () => clock++, // every check counts as a millisecond: pause at every step
      pause: async () => {
        pauses++;
      },
    });
    const whole = extractArticle(doc, { isVisible: visible });
    expect(sliced.sentences.map((s) => s.text)).toEqual(whole.sentences.map((s) => s.text));
    expect(sliced.sentences).toHaveLength(1 + 1200); // the headline, then two per paragraph
    expect(pauses).toBeGreaterThan(5);
  });

  it('gives up, with nothing, when the page replaces the article during a pause', async () => {
    const doc = longArticle(600);
    let clock = 0;
    const result = await extractArticleInSlices(doc, {
      isVisible: visible,
      sliceMs: 1,
      now: () => clock++,
      pause: async () => {
        doc.querySelector('article')!.replaceWith(doc.createElement('article'));
      },
    });
    expect(result.sentences).toEqual([]);
  });
});
