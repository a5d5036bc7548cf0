/**
 * Reading the page to check: a file or standard input, refused with a clear message when it is
 * missing, a directory, binary, or empty.
 */

import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { UsageError, messages } from './errors';

export interface PageInput {
  /** What the user named ("-" shown as "standard input"). */
  name: string;
  text: string;
  kind: 'html' | 'text';
}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
/** Bytes inspected to tell text from binary, as git and grep do. */
const SNIFF_BYTES = 8000;

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(messages.notFound(path), 1);
    if (code === 'EISDIR') throw new UsageError(messages.isDirectory(path), 1);
    if (code === 'EACCES' || code === 'EPERM') throw new UsageError(messages.noPermission(path), 1);
    throw new UsageError(messages.unreadable(path, (e as Error).message), 1);
  }
}

/** NUL bytes or invalid UTF-8 in the first bytes: an image, a PDF, an archive. */
function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) return true;
  try {
    // A multi-byte character cut at the sniff boundary is not binary: allow a short tail.
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 4)));
    return false;
  } catch {
    return true;
  }
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|main|div|p|section)\b/i.test(text);
}

export async function readPageInput(path: string): Promise<PageInput> {
  const name = path === '-' ? 'standard input' : path;
  const bytes = path === '-' ? await readStdin() : await readBytes(path);
  if (looksBinary(bytes)) throw new UsageError(messages.binary(name), 1);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new UsageError(messages.empty(name), 1);
  const ext = path === '-' ? '' : extname(path).toLowerCase();
  const kind = HTML_EXTENSIONS.has(ext) || (ext !== '.txt' && looksLikeHtml(text)) ? 'html' : 'text';
  return { name, text, kind };
}
