/**
 * Every error the storage layer shows, with its message, in one module: the UI shows
 * `error.message` to the reader as it is, so each one says what happened and what to do.
 */

/** IndexedDB could not be opened: notes can be neither read nor saved in this browser profile. */
export class NotesUnavailableError extends Error {
  override readonly name = 'NotesUnavailableError';
  constructor(options?: ErrorOptions) {
    super(
      'Notes are unavailable: the browser refused the extension its storage (a private window, ' +
        'storage blocked in the browser settings, or a full disk). Notes you write now will not be kept.',
      options,
    );
  }
}

/** Why a write failed; `quota` is the one a reader can fix (free disk space, delete notes). */
export type NotesWriteFailure = 'quota' | 'other';

/** A write to the notes database failed; nothing of that write was kept. */
export class NotesWriteError extends Error {
  override readonly name = 'NotesWriteError';
  constructor(
    readonly reason: NotesWriteFailure,
    options?: ErrorOptions,
  ) {
    super(
      reason === 'quota'
        ? 'Your note was not saved: the browser has no storage space left for the extension. ' +
            'Free some disk space or delete old notes, then save again.'
        : 'Your note was not saved: the browser refused to write it. Copy its text somewhere safe and try again.',
      options,
    );
  }
}

/** An import file that is not an annotation collection at all; nothing was written. */
export class NotesImportError extends Error {
  override readonly name = 'NotesImportError';
}

export const importMessages = {
  notJson: (detail: string) => `This file is not valid JSON (${detail}); nothing was imported.`,
  wrongShape:
    'This file is not a notes export: expected a Web Annotation "AnnotationCollection" or ' +
    '"AnnotationPage" with a list of items; nothing was imported.',
} as const;

/** A settings change that names an unknown field or gives a field a value it cannot take. */
export class InvalidSettingsError extends Error {
  override readonly name = 'InvalidSettingsError';
}

/** Maps whatever IndexedDB threw during a write to the typed error the UI shows. */
export function toWriteError(error: unknown): NotesWriteError {
  if (error instanceof NotesWriteError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  return new NotesWriteError(name === 'QuotaExceededError' ? 'quota' : 'other', { cause: error });
}
