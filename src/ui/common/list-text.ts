import { tParts } from './i18n';

/** Keys that join a list: the first for all but the last item, the second for the last. */
const LIST_KEYS = Object.freeze({
  and: ['listAndMore', 'listAnd'],
  or: ['listOr', 'listOr'],
} as const);

export type ListKind = keyof typeof LIST_KEYS;

const HEAD = Symbol('head');

/**
 * "A, B and C" or "A or B or C", in the messages' own words. Items are folded in pairs
 * ("$HEAD$ and $NEXT$"), so every join is a whole message a translator can reorder, never a bare
 * separator whose edge spaces nobody sees. Works on strings and on elements alike.
 */
export function listParts<T>(items: readonly T[], kind: ListKind): Array<string | T> {
  const [more, last] = LIST_KEYS[kind];
  const [first, ...rest] = items;
  if (first === undefined) return [];
  let parts: Array<string | T> = [first];
  rest.forEach((item, i) => {
    const key = i === rest.length - 1 ? last : more;
    parts = tParts<T | typeof HEAD>(key, [HEAD, item]).flatMap((piece) => (piece === HEAD ? parts : [piece]));
  });
  return parts;
}

/** `listParts` of strings, as one string. */
export function listText(items: readonly string[], kind: ListKind): string {
  return listParts(items, kind).join('');
}
