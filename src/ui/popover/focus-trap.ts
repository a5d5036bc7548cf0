const FOCUSABLE =
  'a[href], button:not([disabled]), textarea:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The controls of `root` a reader can Tab to, in document order. */
export function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[hidden]'));
}

/**
 * Keeps Tab and Shift+Tab inside the dialog: from the last control Tab goes to the first and
 * Shift+Tab from the first goes to the last. The popover is a whole frame, so without this
 * Tab would leave it for the browser's own UI and the reader would lose their place.
 */
export function trapFocus(root: HTMLElement, signal: AbortSignal): void {
  root.ownerDocument.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Tab') return;
      const items = focusables(root);
      const first = items[0];
      const last = items.at(-1);
      if (!first || !last) return;
      const active = root.ownerDocument.activeElement;
      const inside = active instanceof Node && root.contains(active) && active !== root;
      if (e.shiftKey && (active === first || !inside)) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && (active === last || !inside)) {
        e.preventDefault();
        first.focus();
      }
    },
    { signal },
  );
}
