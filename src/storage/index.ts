/** The storage layer's public face: notes (IndexedDB) and settings (extension storage). */
export type { Note, NoteInput } from './note';
export { openNotes, type ImportReport, type NotesStore, type OpenNotesOptions } from './notes-store';
export type { InvalidRecord, WebAnnotation, WebAnnotationCollection } from './web-annotation';
export { normalizePageUrl } from './page-url';
export {
  InvalidSettingsError,
  NotesImportError,
  NotesUnavailableError,
  NotesWriteError,
  type NotesWriteFailure,
} from './errors';
export {
  getSettings,
  isSiteEnabled,
  updateSettings,
  watchSettings,
  type HighlightStyle,
  type Settings,
  type Strictness,
} from './settings';
export { DEFAULT_SETTINGS } from './settings-defaults';
export { normalizeHostname } from './site-match';
