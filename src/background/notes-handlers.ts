import type { BackgroundRequests } from '../messaging/protocol';
import { openNotes, type NotesStore } from '../storage';
import { getSettings } from '../storage/settings';

/**
 * Notes live in the extension origin's IndexedDB, opened here. The popover is an extension page
 * framed inside a web page, a third-party context that cannot open IndexedDB, so it reads and
 * writes through these handlers. The reader's "keep page URLs" setting is applied here, at the
 * one place every note passes through.
 */
export function notesHandlers() {
  let store: Promise<NotesStore> | undefined;
  const notes = () => {
    store ??= openNotes().catch((error: unknown) => {
      store = undefined; // let the next request try again (e.g. after a blocked upgrade cleared)
      throw error;
    });
    return store;
  };

  type Req<K extends keyof BackgroundRequests> = BackgroundRequests[K]['req'];
  return {
    'notes-list': async ({ claimId }: Req<'notes-list'>) => ({
      notes: await (await notes()).listByClaim(claimId),
    }),
    'notes-save': async (input: Req<'notes-save'>) => {
      const { keepPageUrls } = await getSettings();
      const note = await (await notes()).save({
        ...(input.id ? { id: input.id } : {}),
        claimId: input.claimId,
        text: input.text,
        ...(input.sentence ? { sentence: input.sentence } : {}),
        ...(keepPageUrls && input.pageUrl ? { pageUrl: input.pageUrl } : {}),
        ...(input.updatedAt ? { updatedAt: input.updatedAt } : {}),
      });
      return { note };
    },
    'notes-remove': async ({ id }: Req<'notes-remove'>) => ({
      note: (await (await notes()).remove(id)) ?? null,
    }),
    'notes-restore': async ({ note }: Req<'notes-restore'>) => ({
      note: await (await notes()).restore(note),
    }),
  };
}
