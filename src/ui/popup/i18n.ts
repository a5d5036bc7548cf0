/**
 * The popup's and options page's words, through the browser's own i18n (public/_locales), so a
 * translation is a new messages.json and never a code change. Both pages import `t` from here.
 */
import { browser } from 'wxt/browser';

/** One entry of a messages.json file, as the browser reads it. */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type Messages = Record<string, MessageEntry>;

/**
 * The text of `key` with its substitutions. A key missing from messages.json shows as the key
 * itself (the browser would show an empty string, which hides the mistake); the convention test
 * popup-i18n.test.ts keeps every key used in src/ui present.
 */
export function t(key: string, ...substitutions: Array<string | number>): string {
  const subs = substitutions.map(String);
  const text = browser.i18n.getMessage(key as never, subs.length > 0 ? subs : undefined);
  return text === '' ? key : text;
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
