/**
 * Every word Crosscheck shows, through the browser's own i18n (public/_locales), so a translation
 * is a new messages.json and never a code change. The popup, the options page, the popover and the
 * content script's in-page UI all read their words from here.
 */
import { browser } from 'wxt/browser';

/** One entry of a messages.json file, as the browser reads it. */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type Messages = Record<string, MessageEntry>;

type Substitution = string | number;

/** The browser's text for `key`, or '' when messages.json has no such key. */
function lookup(key: string, substitutions: readonly Substitution[]): string {
  const subs = substitutions.map(String);
  return browser.i18n.getMessage(key as never, subs.length > 0 ? subs : undefined);
}

/**
 * The text of `key` with its substitutions. A key missing from messages.json shows as the key
 * itself (the browser would show an empty string, which hides the mistake); the convention test
 * popup-i18n.test.tsx keeps every key used in the UI present.
 */
export function t(key: string, ...substitutions: Substitution[]): string {
  const text = lookup(key, substitutions);
  return text === '' ? key : text;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * Plural rules of the language the messages are written in. That is the `messagesLocale` of the
 * messages.json the browser picked, not the browser's UI language: a reader whose UI language has
 * no translation reads the English fallback, and English words need English plural forms.
 */
function rulesOfMessages(): Intl.PluralRules {
  const locale = lookup('messagesLocale', []) || 'en';
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules;
}

/**
 * A count-aware message: `key_one`, `key_few`, `key_other`... as the language's plural rules
 * choose for `count`, falling back to `key_other` when a translation has no key for that form.
 * The count is the first substitution (`$1`), before `substitutions`.
 */
export function tPlural(key: string, count: number, ...substitutions: Substitution[]): string {
  const subs = [count, ...substitutions];
  const text = lookup(`${key}_${rulesOfMessages().select(count)}`, subs);
  return text === '' ? t(`${key}_other`, ...subs) : text;
}

/** Private-use characters around a slot's index: they never occur in messages or page text. */
const SLOT = /\uE000(\d+)\uE001/;

/**
 * A message whose placeholders stand for markup (a figure in <strong>, a mark): its text cut at
 * each placeholder, with the slot given for it in its place, so a translation can move the
 * figure within the sentence and the component still renders it as an element, never as HTML.
 */
export function tParts<T>(key: string, slots: readonly T[]): Array<string | T> {
  const text = t(key, ...slots.map((_, i) => `\uE000${i}\uE001`));
  return text
    .split(SLOT)
    .map((piece, i) => (i % 2 === 0 ? piece : slots[Number(piece)]!))
    .filter((piece) => piece !== '');
}

/**
 * `getMessage` over a parsed messages.json, with the browser's substitution rules: named
 * `$placeholder$`s (case-insensitive) take their `content`, in which `$1`..`$9` are the
 * substitutions, and `$$` is a literal dollar sign. For tests and tools that have no browser.
 */
export function messagesLookup(messages: Messages): (key: string, substitutions?: string | string[]) => string {
  const entries = new Map(Object.entries(messages).map(([k, v]) => [k.toLowerCase(), v]));
  return (key, substitutions) => {
    const entry = entries.get(key.toLowerCase());
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const placeholders = new Map(
      Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
    );
    const positional = (text: string) => text.replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    return entry.message
      .replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) => {
        const content = placeholders.get(name.toLowerCase());
        return content === undefined ? whole : positional(content);
      })
      .replace(/\$\$/g, '$');
  };
}
