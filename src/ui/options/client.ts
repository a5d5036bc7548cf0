import type { Article, Claim } from '../../core/corpus/types';
import type { BackgroundRequests, BackgroundType, RequestOf, ResponseOf } from '../../messaging/protocol';
import { askBackground } from '../../messaging/send';
import { openNotes, type NotesStore } from '../../storage';
import { settle, type Answer } from '../popup/answer';
import { extensionSettings, type SettingsAccess } from '../popup/settings-access';
import { downloadText } from './download';

/**
 * Everything the options page needs from the browser, as one object: components take it as a
 * prop, so tests hand in a store on a fresh fake IndexedDB instead of mocking modules.
 */
export type CorpusData = { articles: Article[]; claims: Claim[] };

export interface OptionsClient {
  corpus(): Promise<Answer<CorpusData>>;
  /** The background's answer, for the reader's own sources (add, remove, list, export). */
  ask<K extends BackgroundType>(
    type: K,
    request: RequestOf<BackgroundRequests, K>,
  ): Promise<Answer<ResponseOf<BackgroundRequests, K>>>;
  settings: SettingsAccess;
  /** The notes database. The options page is a first-party extension page, so it may open it itself. */
  openNotes(): Promise<NotesStore>;
  /** Saves a text file through the browser's downloads (an `<a download>` click). */
  download(fileName: string, text: string): void;
}

export function extensionOptionsClient(doc: Document = document): OptionsClient {
  return {
    corpus: () => settle(askBackground('get-corpus', {})),
    ask: (type, request) => settle(askBackground(type, request)),
    settings: extensionSettings,
    openNotes: () => openNotes(),
    download: (fileName, text) => downloadText(doc, fileName, text),
  };
}
