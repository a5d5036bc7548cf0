/**
 * FNV-1a, 32 bits, as 8 hex digits. Claim ids must be stable across rebuilds and identical in
 * Node and the browser; a synchronous pure hash does that without Web Crypto's async API.
 */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
