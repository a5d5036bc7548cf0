/**
 * Saves `text` as a file without the `downloads` permission: an object URL clicked through an
 * `<a download>` works in every extension page. The URL is revoked on the next task, after the
 * browser has started the download (revoking synchronously cancels it in Firefox).
 */
export function downloadText(doc: Document, fileName: string, text: string): void {
  const view = doc.defaultView ?? window;
  const url = view.URL.createObjectURL(new view.Blob([text], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  view.setTimeout(() => view.URL.revokeObjectURL(url), 0);
}

/** "crosscheck-notes-2025-01-31.json" (or "crosscheck-sources-…"), by the reader's local date. */
export function exportFileName(now: Date, what: 'notes' | 'sources' = 'notes'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `crosscheck-${what}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}
