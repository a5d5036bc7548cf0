/** Where focus goes from item `index` of `count` on a key press: an item, the search box, or nowhere (null). */
export type FocusTarget = number | 'input' | null;

/**
 * Arrow keys move through the results one at a time; Up from the first returns to the search
 * box, so a reader can go down into the results and back without the mouse. Home and End jump.
 * `index` -1 stands for the search box itself.
 */
export function focusAfterKey(index: number, key: string, count: number): FocusTarget {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return Math.min(index + 1, count - 1);
    case 'ArrowUp':
      return index <= 0 ? 'input' : index - 1;
    case 'Home':
      return index === -1 ? null : 0;
    case 'End':
      return index === -1 ? null : count - 1;
    default:
      return null;
  }
}
