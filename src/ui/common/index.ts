/**
 * UI pieces shared by every extension page. Pages import `theme.css` from here once, in their
 * entrypoint, for the colour variables, the status badge classes and `.cc-visually-hidden`.
 */
export { sourceLabel, sourceList } from './source-label';
export { StatusBadge, STATUS_KEYS } from './status-badge';
export { t, tPlural, tParts, messagesLookup, type MessageEntry, type Messages } from './i18n';
export { listParts, listText, type ListKind } from './list-text';
