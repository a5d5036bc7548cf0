// @vitest-environment happy-dom
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FoundClaim } from '../../src/content/annotator';
import { createPageUi } from '../../src/content/page-ui';
import { listText } from '../../src/ui/common/list-text';
import { messagesLookup, t, tParts, tPlural, type Messages } from '../../src/ui/popup/i18n';

const ROOT = resolve(import.meta.dirname, '../..');
const MESSAGES: Messages = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8'));
/** Every place with words a reader sees: extension pages, the popover and the in-page UI. */
const UI_DIRS = [
  'src/ui/popup',
  'src/ui/options',
  'src/ui/popover',
  'src/ui/common',
  'entrypoints/popup',
  'entrypoints/options',
  'entrypoints/popover',
];
const UI_FILES = ['src/content/page-ui.ts'];
/** What `Intl.PluralRules` can choose; a counted key is `base_<form>`. */
const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];

function sources(): Array<[string, string]> {
  const files = [
    ...UI_DIRS.flatMap((dir) =>
      readdirSync(join(ROOT, dir))
        .filter((f) => /\.tsx?$/.test(f))
        .map((f) => `${dir}/${f}`),
    ),
    ...UI_FILES,
  ];
  return files.map((file): [string, string] => [file, readFileSync(join(ROOT, file), 'utf8')]);
}

/**
 * The arguments after the key of a call that starts at `from` (just after its key), counted at
 * the top level: commas inside nested calls, arrays, objects, JSX and strings do not count. An
 * array literal argument (tParts' slots) is counted by its own elements.
 */
function argumentsAfterKey(text: string, from: number): { count: number; slots: number | null } {
  let depth = 0;
  let count = 0;
  let slots: number | null = null;
  let quote: string | null = null;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) {
      if (depth === 0 && c === '[') slots = 1;
      depth++;
    } else if (')]}'.includes(c)) {
      if (depth === 0) return { count, slots };
      depth--;
    } else if (c === ',' && depth === 0) count++;
    else if (c === ',' && depth === 1 && slots !== null) slots++;
  }
  return { count, slots };
}

/** Calls of the i18n helpers with a literal key, with how many substitutions each passes. */
function calls(): Array<{ file: string; helper: string; key: string; subs: number }> {
  return sources().flatMap(([file, text]) =>
    [...text.matchAll(/\b(t|tPlural|tParts)\('([A-Za-z0-9_@]+)'/g)].map((m) => {
      const helper = m[1]!;
      const args = argumentsAfterKey(text, m.index + m[0].length);
      // tPlural's count is its first substitution ($1); tParts passes its slots.
      const subs = helper === 'tParts' ? (args.slots ?? 0) : args.count;
      return { file, helper, key: m[2]!, subs };
    }),
  );
}

/** Keys named as values of a `..._KEYS` table (status words, kinds of disagreement, save states). */
function tableKeys(): string[] {
  return sources().flatMap(([, text]) =>
    [...text.matchAll(/_KEYS\b[^=\n]*=\s*(?:Object\.freeze\()?\{([^}]*)\}/g)].flatMap((m) =>
      [...m[1]!.matchAll(/'([A-Za-z0-9_]+)'(?!\s*:)/g)].map((k) => k[1]!),
    ),
  );
}

/** The highest `$n` a message can take: the substitutions it expects. */
const expected = (key: string) =>
  Math.max(0, ...Object.values(MESSAGES[key]?.placeholders ?? {}).flatMap((p) => [...p.content.matchAll(/\$([1-9])/g)].map((m) => Number(m[1]))));

const useMessages = (messages: Messages) => {
  (fakeBrowser.i18n as { getMessage: unknown }).getMessage = messagesLookup(messages);
};
beforeEach(() => useMessages(MESSAGES));

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

describe('counts, lists and markup in the messages’ own words', () => {
  it.each([
    ['pageIndicatorClaims', 1, [], '1 claim'],
    ['pageIndicatorClaims', 4, [], '4 claims'],
    ['pageIndicatorClaims', 0, [], '0 claims'],
    ['pageIndicatorLabelConflicts', 3, [1], 'Crosscheck: 3 known claims on this page, 1 with different figures. Show the list.'],
    ['statusLineCorroborated', 1, [], 'Reported by 1 article'],
  ] as Array<[string, number, number[], string]>)('%s for %i reads "%s"', (key, count, subs, text) => {
    expect(tPlural(key, count, ...subs)).toBe(text);
  });

  it('takes the plural forms of the language the messages are in, and _other for a form they lack', () => {
    useMessages({
      messagesLocale: { message: 'pl', description: 'x' },
      files_one: { message: '$N$ plik', description: 'x', placeholders: { n: { content: '$1' } } },
      files_other: { message: '$N$ pliki', description: 'x', placeholders: { n: { content: '$1' } } },
    });
    // Polish says "3 pliki" with its "few" form; a translation without files_few falls back.
    expect([1, 3].map((n) => tPlural('files', n))).toEqual(['1 plik', '3 pliki']);
  });

  it.each([
    [[], 'and', ''],
    [['Article 1'], 'and', 'Article 1'],
    [['Article 1', 'Article 2'], 'and', 'Article 1 and Article 2'],
    [['Article 1', 'Article 2', 'Article 3'], 'and', 'Article 1, Article 2 and Article 3'],
    [['370,000', '380,000', '400,000'], 'or', '370,000 or 380,000 or 400,000'],
  ] as Array<[string[], 'and' | 'or', string]>)('%o joined with "%s" reads "%s"', (items, kind, text) => {
    expect(listText(items, kind)).toBe(text);
  });

  it('cuts a message at its placeholders and puts each slot in its place', () => {
    const page = { el: 'strong', text: '500,000' };
    const said = { el: 'strong', text: '370,000' };
    expect(tParts('conflictLine', [page, said])).toEqual(['This page says ', page, '; the sources say ', said]);
  });

  it('shows a key that messages.json lacks as the key itself', () => {
    expect(t('noSuchKey')).toBe('noSuchKey');
  });
});

describe('the in-page UI speaks through messages.json', () => {
  const found = (conflict: boolean): FoundClaim => ({
    range: document.createRange(),
    sentence: 'Some 500,000 people have fled.',
    match: {
      index: 0,
      claimId: 'c1',
      score: 0.8,
      confidence: 'paraphrase',
      conflicts: conflict ? [{ page: '500,000', sources: [], description: 'This page says 500,000; the sources say 370,000' }] : [],
      claimText: 'More than 370,000 people have been displaced.',
      status: 'Reported by 3 of 5 articles.',
    },
  });
  /** The shadow root is closed: reach it the way the page cannot, through attachShadow. */
  function showFound(list: FoundClaim[]) {
    const roots: ShadowRoot[] = [];
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, { ...init, mode: 'open' });
      roots.push(root);
      return root;
    };
    const stop = new AbortController();
    try {
      createPageUi(document, { popoverUrl: () => 'about:blank', onChoose: () => {}, signal: stop.signal }).setFound(list);
    } finally {
      Element.prototype.attachShadow = attach;
    }
    const root = roots[0]!;
    const indicator = root.querySelector('.indicator')!;
    const read = {
      text: indicator.textContent,
      label: indicator.getAttribute('aria-label'),
      list: root.querySelector('.list')!.getAttribute('aria-label'),
      statuses: [...root.querySelectorAll('.list .status')].map((s) => s.textContent),
    };
    stop.abort();
    return read;
  }

  it.each([
    [[false], '1 claim', 'Crosscheck: 1 known claim on this page. Show the list.', ['Reported by 3 of 5 articles.']],
    [[true], '1 claim', 'Crosscheck: 1 known claim on this page, with different figures. Show the list.', ['Different figure · Reported by 3 of 5 articles.']],
    [
      [false, true, false],
      '3 claims',
      'Crosscheck: 3 known claims on this page, 1 with different figures. Show the list.',
      ['Reported by 3 of 5 articles.', 'Different figure · Reported by 3 of 5 articles.', 'Reported by 3 of 5 articles.'],
    ],
  ] as Array<[boolean[], string, string, string[]]>)('claims with conflicts %o: "%s", labelled "%s"', (conflicts, text, label, statuses) => {
    expect(showFound(conflicts.map(found))).toEqual({ text, label, list: 'Claims found on this page', statuses });
  });
});

describe('messages.json and the UI agree', () => {
  const used = calls();
  const plural = new Set(used.filter((c) => c.helper === 'tPlural').map((c) => c.key));
  const keys = [...new Set([...used.filter((c) => c.helper !== 'tPlural').map((c) => c.key), ...tableKeys()])].filter(
    (k) => !k.startsWith('@@'),
  );
  const allText = sources()
    .map(([, text]) => text)
    .join('\n');

  it.each(keys)('"%s" is in messages.json', (key) => {
    expect(MESSAGES).toHaveProperty(key);
  });

  it.each([...plural])('counted "%s" has the English forms _one and _other', (key) => {
    expect(MESSAGES).toHaveProperty(`${key}_one`);
    expect(MESSAGES).toHaveProperty(`${key}_other`);
  });

  it.each(Object.keys(MESSAGES))('"%s" is used by the UI', (key) => {
    const form = new RegExp(`^(.+)_(${PLURAL_FORMS.join('|')})$`).exec(key);
    if (form && plural.has(form[1]!)) return;
    expect(allText).toContain(`'${key}'`);
  });

  it.each(used.map((c) => [c.key, c.file, c.subs, c.helper] as const))(
    '"%s" in %s gets the %i substitution(s) its placeholders take',
    (key, _file, subs, helper) => {
      if (helper === 'tPlural') {
        // The count is $1; a form may leave out a substitution ("with different figures" for one).
        const forms = PLURAL_FORMS.map((f) => `${key}_${f}`).filter((k) => k in MESSAGES);
        expect(Math.max(...forms.map(expected))).toBe(subs);
      } else {
        expect(subs).toBe(expected(key));
      }
    },
  );

  it.each(Object.entries(MESSAGES))('"%s" names only placeholders it defines, each with a description', (_key, entry) => {
    const named = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
    expect(named.sort()).toEqual(Object.keys(entry.placeholders ?? {}).sort());
    expect(entry.description).toBeTruthy();
  });

  it.each(sources().filter(([file]) => /popover|common|page-ui/.test(file)))(
    '%s writes no words of its own in markup or attributes',
    (_file, text) => {
      const jsxText = [...text.matchAll(/>([^<>{}]*\p{L}[^<>{}]*)<\//gu)].map((m) => m[1]!.trim());
      const attributes = [
        ...text.matchAll(/\b(?:aria-label|title|placeholder)=["'][^"']*\p{L}/gu),
        ...text.matchAll(/setAttribute\('(?:aria-label|title|placeholder)',\s*['`"][^'`"]*\p{L}/gu),
      ].map((m) => m[0]);
      const assigned = [...text.matchAll(/(?:\.title|textContent) = ['`"][^'`"]*\p{L}/gu)].map((m) => m[0]);
      expect([...jsxText, ...attributes, ...assigned]).toEqual([]);
    },
  );
});
