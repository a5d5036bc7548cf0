/**
 * Every number the DOM layer decides with, and the measurement behind it. The page set is the
 * 130 saved pages of tests/fixtures and /work/shared/pages (Readability's test pages).
 */

/**
 * An obvious article root (<article>, [itemprop=articleBody], <main>) is trusted when it yields
 * at least this much text; below it the root is a teaser card or a stub and the whole body is
 * scored instead. The shortest real story body among the news pages is about 1,100 characters.
 */
export const MIN_ROOT_CHARS = 500;

/**
 * A block whose text is more than half link text is a list of links (menus, "read more", tag
 * lists), not prose. Story paragraphs with links measured at most 0.35 on the news pages.
 */
export const MAX_LINK_DENSITY = 0.5;

/** Blocks shorter than this do not vote for a container in whole-body scoring (datelines, labels). */
export const MIN_SCORING_BLOCK_CHARS = 25;

/**
 * looksLikeArticle: a paragraph counts once it is this long, and adds sqrt(length - this). Same
 * scale as Readability's isProbablyReaderable (140 and 20), which agreed with its own expected
 * `readerable` flag on all but a few of the saved pages.
 */
export const READABLE_PARAGRAPH_CHARS = 140;
export const READABLE_SCORE = 20;
