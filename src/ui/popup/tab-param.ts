/**
 * `popup.html?tab=<id>` makes the popup work on that tab instead of the active one. A testing and
 * debugging aid: a popup opened as a page (by an end-to-end test, or by hand to inspect it) is
 * itself the active tab, so "on this page" would otherwise describe the popup.
 */
export function tabParam(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  return Number(raw);
}
