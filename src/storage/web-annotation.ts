/**
 * Notes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), the format of export
 * and import, so notes can move to and from other annotation tools. docs/notes-format.md shows a
 * full example and the reasons for each mapping.
 *
 * Import is a trust boundary: every record is validated, and a bad one becomes a message naming
 * its index, never an exception.
 */
import { importMessages, NotesImportError } from './errors';
import type { Note } from './note';
import { normalizePageUrl } from './page-url';

/** Prefix of the stand-in target source of a note whose page URL was not kept. */
const CLAIM_IRI_PREFIX = 'urn:crosscheck:claim:';
const UUID_IRI_PREFIX = 'urn:uuid:';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const ANNOTATION_CONTEXT = [
  'http://www.w3.org/ns/anno.jsonld',
  { crosscheck: 'urn:crosscheck:' },
] as const;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting';
  created: string;
  modified: string;
  body: { type: 'TextualBody'; value: string; format: 'text/plain'; purpose: 'commenting' };
  target: { source: string; selector?: TextQuoteSelector };
  /** The id of the corpus claim the note is about. */
  'crosscheck:claim': string;
}

export interface WebAnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** One import record that could not be read, by its position in `items` (counted from 0). */
export interface InvalidRecord {
  index: number;
  message: string;
}

export function toAnnotation(note: Note): WebAnnotation {
  const target: WebAnnotation['target'] = { source: note.pageUrl ?? CLAIM_IRI_PREFIX + note.claimId };
  if (note.sentence !== undefined) target.selector = { type: 'TextQuoteSelector', exact: note.sentence };
  return {
    id: UUID.test(note.id) ? UUID_IRI_PREFIX + note.id : note.id,
    type: 'Annotation',
    motivation: 'commenting',
    created: new Date(note.createdAt).toISOString(),
    modified: new Date(note.updatedAt).toISOString(),
    body: { type: 'TextualBody', value: note.text, format: 'text/plain', purpose: 'commenting' },
    target,
    'crosscheck:claim': note.claimId,
  };
}

export function toCollection(notes: readonly Note[], collectionId: string): WebAnnotationCollection {
  return {
    '@context': ANNOTATION_CONTEXT,
    id: UUID_IRI_PREFIX + collectionId,
    type: 'AnnotationCollection',
    label: 'Crosscheck notes',
    total: notes.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: notes.map(toAnnotation) },
  };
}

/**
 * Reads an export (a parsed object or its JSON text) into notes and per-record errors.
 * Throws `NotesImportError` only when the whole file is unusable: not JSON, or not a collection
 * or page of annotations.
 */
export function parseAnnotations(json: unknown): { notes: Array<{ index: number; note: Note }>; invalid: InvalidRecord[] } {
  const items = topLevelItems(typeof json === 'string' ? parseJson(json) : json);
  const notes: Array<{ index: number; note: Note }> = [];
  const invalid: InvalidRecord[] = [];
  items.forEach((item, index) => {
    const result = toNote(item);
    if (typeof result === 'string') invalid.push({ index, message: `item ${index}: ${result}` });
    else notes.push({ index, note: result });
  });
  return { notes, invalid };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new NotesImportError(importMessages.notJson(error instanceof Error ? error.message : String(error)), {
      cause: error,
    });
  }
}

/** An AnnotationCollection with its first page embedded, or a bare AnnotationPage. */
function topLevelItems(json: unknown): unknown[] {
  if (isObject(json)) {
    const page = json.type === 'AnnotationCollection' ? json.first : json;
    if (isObject(page) && page.type === 'AnnotationPage' && Array.isArray(page.items)) return page.items;
    if (json.type === 'AnnotationCollection' && json.total === 0 && page === undefined) return [];
  }
  throw new NotesImportError(importMessages.wrongShape);
}

/** The note an annotation describes, or why it cannot be one. */
function toNote(item: unknown): Note | string {
  if (!isObject(item)) return 'must be an object';
  if (item.type !== 'Annotation') return 'type must be "Annotation"';
  if (typeof item.id !== 'string' || item.id.trim() === '') return 'id must be a non-empty string';
  const claimId = item['crosscheck:claim'];
  if (typeof claimId !== 'string' || claimId === '') return '"crosscheck:claim" must be a non-empty string';

  const body = Array.isArray(item.body) ? item.body[0] : item.body;
  if (!isObject(body)) return 'body must be an object';
  if (typeof body.value !== 'string') return 'body.value must be a string';

  const createdAt = parseDate(item.created);
  if (createdAt === undefined) return 'created must be an ISO 8601 date';
  const updatedAt = item.modified === undefined ? createdAt : parseDate(item.modified);
  if (updatedAt === undefined) return 'modified must be an ISO 8601 date';

  const target = readTarget(Array.isArray(item.target) ? item.target[0] : item.target);
  if (typeof target === 'string') return target;

  const note: Note = {
    id: item.id.startsWith(UUID_IRI_PREFIX) ? item.id.slice(UUID_IRI_PREFIX.length) : item.id,
    claimId,
    text: body.value,
    createdAt,
    updatedAt,
  };
  if (target.pageUrl !== undefined) note.pageUrl = target.pageUrl;
  if (target.sentence !== undefined) note.sentence = target.sentence;
  return note;
}

function readTarget(target: unknown): { pageUrl?: string; sentence?: string } | string {
  if (typeof target === 'string') return { pageUrl: pageUrlOf(target) };
  if (!isObject(target)) return 'target must be an object or an IRI';
  if (typeof target.source !== 'string') return 'target.source must be a string';
  const read: { pageUrl?: string; sentence?: string } = {};
  const pageUrl = pageUrlOf(target.source);
  if (pageUrl !== undefined) read.pageUrl = pageUrl;
  if (target.selector !== undefined) {
    const selector = Array.isArray(target.selector)
      ? target.selector.find((s) => isObject(s) && s.type === 'TextQuoteSelector')
      : target.selector;
    if (isObject(selector) && selector.type === 'TextQuoteSelector') {
      if (typeof selector.exact !== 'string') return 'target.selector.exact must be a string';
      read.sentence = selector.exact;
    }
  }
  return read;
}

function pageUrlOf(source: string): string | undefined {
  return source.startsWith(CLAIM_IRI_PREFIX) ? undefined : normalizePageUrl(source);
}

/** Milliseconds of an ISO 8601 date-time with its zone (as `toISOString` writes them). */
function parseDate(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
