/**
 * The popup's and options page's words. The helpers live in ../common/i18n, shared with the
 * popover and the in-page UI; this path stays so that the pages' imports keep working.
 */
export { t, tPlural, tParts, messagesLookup, type MessageEntry, type Messages } from '../common/i18n';
