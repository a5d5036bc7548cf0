/**
 * The pure text layer: normalisation, sentence segmentation, content terms, numbers and names.
 * No DOM, no Node APIs: the same code runs in the corpus build, the content script, the
 * extension pages and the command line.
 */
export { normalizeText } from './normalize';
export { segmentSentences, type SentenceSpan } from './segment';
export { contentTerms, termIds, termText, termGeneration, canonicalWord } from './terms';
export { extractNumbers, parseNumber, type NumberMention, type NumberKind } from './numbers';
export { extractNames, nameKey, type NameMention } from './names';
export { aliasMentions, type AliasMention } from './aliases';
export { stem } from './stem';
