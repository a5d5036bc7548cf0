/** The options page: settings, all notes, the reader's own sources, and the corpus summary. */
export { Options, type OptionsProps } from './Options';
export { extensionOptionsClient, type OptionsClient, type CorpusData } from './client';
