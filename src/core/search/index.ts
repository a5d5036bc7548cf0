/** Claim search by a reader's own words, shared by the popup and the command line. */
export { createClaimSearch, DEFAULT_SEARCH_LIMIT } from './claim-search';
export type { ClaimSearch, ClaimSearchHit } from './claim-search';
