/**
 * The reader's note on one claim: the one definition of a note, shared by the store, the
 * export format and the messages that carry notes between extension contexts.
 *
 * Deleting is a hard delete: `remove` hands the deleted note back so the UI can offer undo by
 * passing it to `restore`. A soft-delete flag would have to be filtered out of every read, kept
 * out of every export, and purged some day; a returned value needs none of that.
 */
export interface Note {
  /** A random UUID (`crypto.randomUUID()`), or the id an imported annotation brought with it. */
  id: string;
  claimId: string;
  text: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  /** Milliseconds since the epoch; the newer edit of the same note wins, everywhere. */
  updatedAt: number;
  /** The page the note was written on, without its fragment; absent when the reader chose not to keep page URLs. */
  pageUrl?: string;
  /** The page sentence that stated the claim. */
  sentence?: string;
}

/** What an editor sends to create (no `id`) or update (with `id`) a note. */
export interface NoteInput {
  id?: string;
  claimId: string;
  text: string;
  pageUrl?: string;
  sentence?: string;
  /**
   * When the reader made this edit (defaults to now). An editor that stamps the edit itself
   * keeps a slow message from one tab from overwriting a later edit made in another.
   */
  updatedAt?: number;
}
