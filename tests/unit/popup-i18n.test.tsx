import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesLookup, type Messages } from '../../src/ui/popup/i18n';

const ROOT = resolve(import.meta.dirname, '../..');
const MESSAGES: Messages = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8'));
const UI_DIRS = ['src/ui/popup', 'src/ui/options', 'entrypoints/popup', 'entrypoints/options'];

function sources(): Array<[string, string]> {
  return UI_DIRS.flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => /\.tsx?$/.test(f))
      .map((f): [string, string] => [`${dir}/${f}`, readFileSync(join(ROOT, dir, f), 'utf8')]),
  );
}

describe('message lookup with the browser rules', () => {
  const lookup = messagesLookup({
    siteSwitch: { message: 'On for $HOST$', placeholders: { host: { content: '$1' } } },
    two: { message: '$A$ of $B$ cost $$5', placeholders: { a: { content: '$1' }, b: { content: '$2' } } },
    Plain: { message: 'Search' },
  });
  it.each([
    ['siteSwitch', ['example.com'], 'On for example.com'],
    ['two', ['3', '5'], '3 of 5 cost $5'],
    ['plain', undefined, 'Search'],
    ['missing', undefined, ''],
  ] as Array<[string, string[] | undefined, string]>)('%s with %o reads "%s"', (key, subs, text) => {
    expect(lookup(key, subs)).toBe(text);
  });
});

describe('messages.json and the UI agree', () => {
  const used = new Set(sources().flatMap(([, text]) => [...text.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)].map((m) => m[1]!)));
  const allText = sources().map(([, text]) => text).join('\n');

  it.each([...used])('"%s" is in messages.json', (key) => {
    expect(MESSAGES).toHaveProperty(key);
  });

  it.each(Object.keys(MESSAGES))('"%s" is used by the popup or the options page', (key) => {
    expect(allText).toContain(`'${key}'`);
  });

  it.each(Object.entries(MESSAGES))('"%s" names only placeholders it defines, each with a description', (_key, entry) => {
    const named = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
    expect(named.sort()).toEqual(Object.keys(entry.placeholders ?? {}).sort());
    expect(entry.description).toBeTruthy();
  });
});
