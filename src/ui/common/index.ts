/**
 * UI pieces shared by every extension page. Pages import `theme.css` from here once, in their
 * entrypoint, for the colour variables, the status badge classes and `.cc-visually-hidden`.
 */
export { sourceLabel, sourceList } from './source-label';
export { StatusBadge, STATUS_WORDS } from './status-badge';
