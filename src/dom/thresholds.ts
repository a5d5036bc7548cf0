/**
 * Every number the DOM layer decides with, and the measurement behind it. The page set is the
 * 130 saved Readability test pages (six of them are in tests/fixtures/dom), read with linkedom.
 */

/**
 * An obvious article root (<article>, [itemprop=articleBody], <main>) is trusted when it yields
 * at least this much text; below it the root is a teaser card or a stub and the whole body is
 * scored instead. The shortest story extracted from the 54 news pages has 668 characters (qq.com),
 * the next 759 (tmz.com).
 */
export const MIN_ROOT_CHARS = 500;

/**
 * A block whose text is more than half link text is a list of links (menus, "read more", tag
 * lists), not prose; the same cut Readability uses for link density.
 */
export const MAX_LINK_DENSITY = 0.5;

/** Blocks shorter than this do not vote for a container in whole-body scoring (datelines, labels). */
export const MIN_SCORING_BLOCK_CHARS = 25;

/**
 * looksLikeArticle: a paragraph counts once it is this long, and adds sqrt(length - this); the
 * page is a story above READABLE_SCORE. Readability's isProbablyReaderable scale (140 and 20).
 * With it, looksLikeArticle agrees with Readability's `readerable` flag on 116 of the 130 pages;
 * of the 14 others, 10 are synthetic stubs and 2 blogs (blogger, pixnet), one is the
 * nytimes-5 front page (right to refuse), and one is a news story (yahoo-3, whose paragraphs are
 * not in <p>).
 */
export const READABLE_PARAGRAPH_CHARS = 140;
export const READABLE_SCORE = 20;
