/**
 * Whether a block is shown. `checkVisibility()` answers from the style the browser has already
 * computed, without layout; it is asked once per block, never per text node. DOMs without it
 * (linkedom on the command line, older browsers) count every block as visible: hidden markup is
 * still caught by the attribute rules in element-rules.ts.
 */
export function defaultIsVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (opts?: object) => boolean }).checkVisibility;
  if (typeof check !== 'function') return true;
  return check.call(el, { visibilityProperty: true, contentVisibilityAuto: false });
}
