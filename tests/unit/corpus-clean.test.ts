import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { prepareArticles } from '../../src/core/corpus';
import { articleLabel, LABEL_MAX } from '../../src/core/corpus/prepare';

const dir = new URL('../../assets/articles/', import.meta.url);
const files = ['000_ceadd948d8e192d7.txt', '001_d5e02479a46ce486.txt', '002_c621c41e9a9de755.txt', '003_033d02c8ad6eacbb.txt', '004_69f2a2080512a557.txt'].map(
  (file) => ({ file, text: readFileSync(new URL(file, dir), 'utf8') }),
);
const prepared = prepareArticles(files);
const headline1 = 'A war monitor reports that Syrian President Bashar al-Assad has departed from the country';
const headline3 = 'Bashar Al-Assad Flees Syria As Rebels Move In';

describe('article cleaning drops every boilerplate line, with its reason', () => {
  it.each([
    ['a0', [
      ['teaser of another story', 'Nathan Anderson, founder of Hindenburg Research'],
      ['teaser of another story', 'A viral video from Moscow'],
      ['teaser of another story', 'Gaza erupts in celebration'],
      ['teaser of another story', "Joe Biden's farewell address"],
      ['teaser of another story', 'Over 40 missiles and 70 drones'],
      ['teaser of another story', 'World leaders, including President Biden'],
    ]],
    ['a1', [
      ['headline', headline1],
      ['standfirst', 'Assad departed Syria through Damascus International Airport'],
      ['date line', 'Dec 8, 2024 - 12:23'],
      ['stray characters', '0'],
      ['repeated headline', headline1],
      ['repeated headline', headline1],
      ['reaction widget', "What's Your Reaction?"],
      ...['like', 'dislike', 'love', 'funny', 'angry', 'sad', 'wow'].map((w) => ['reaction widget', w]),
    ]],
    ['a2', [
      ['link to another story', 'Read: Syrian Insurgents close in on Damascus'],
      ['link to another story', 'Read more: Syrian insurgents advance toward Hama'],
      ['credit line', 'Source: With inputs from agencies'],
    ]],
    ['a3', [
      ['headline', headline3],
      ['repeated headline', headline3],
      ['post category', '• Post category:Latest News'],
      ['share widget', 'Share this Post'],
      ['source link', 'Source link'],
      ['share widget', 'Share this Post'],
    ]],
    ['a4', [['credit line', 'Credit: ABC News']]],
  ])('%s', (id, expected) => {
    const p = prepared.find((x) => x.article.id === id)!;
    expect(p.dropped.map((d) => [d.reason, d.line.slice(0, expected.find((e) => d.line.startsWith(e[1]!))?.[1]?.length ?? d.line.length)])).toEqual(expected);
    for (const d of p.dropped) expect(p.body).not.toContain(d.line.length > 3 ? d.line : '\u0000');
  });
});

describe('article metadata is what the text says, nothing invented', () => {
  it.each([
    ['a0', null, null, null, 'Article 1'],
    ['a1', headline1, 'Dec 8, 2024 - 12:23', 'AFP, AFPTV', 'A war monitor reports that Syrian President Bashar…'],
    ['a2', null, null, 'With inputs from agencies', 'Article 3 (agencies)'],
    ['a3', headline3, null, 'AFP', headline3],
    ['a4', null, null, 'ABC News', 'Article 5 (ABC News)'],
  ])('%s', (id, headline, date, credit, label) => {
    const a = prepared.find((x) => x.article.id === id)!.article;
    expect({ headline: a.headline, date: a.date, credit: a.credit, label: a.label }).toEqual({ headline, date, credit, label });
  });
});

describe('sentences', () => {
  it.each(prepared.map((p) => [p.article.id, p] as const))('%s: offsets index the cleaned body exactly', (_, p) => {
    expect(p.sentences.length).toBeGreaterThan(5);
    for (const s of p.sentences) expect(p.body.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('article labels are short and say only what the text says', () => {
  it.each([
    ['a headline that fits', 'Bashar Al-Assad Flees Syria As Rebels Move In', null, 'Bashar Al-Assad Flees Syria As Rebels Move In'],
    ['a long headline, cut at a word', 'A war monitor reports that Syrian President Bashar al-Assad has departed from the country', null, 'A war monitor reports that Syrian President Bashar…'],
    ['no headline, an agency credit', null, 'AFP, AFPTV', 'Article 2 (AFP)'],
    ['no headline, a "with inputs from" credit', null, 'With inputs from agencies', 'Article 2 (agencies)'],
    ['no headline, a named credit', null, 'ABC News', 'Article 2 (ABC News)'],
    ['nothing but the position', null, null, 'Article 2'],
  ])('%s', (_, headline, credit, label) => {
    expect(articleLabel(1, headline, credit)).toBe(label);
    expect(articleLabel(1, headline, credit).length).toBeLessThanOrEqual(LABEL_MAX);
  });
});
