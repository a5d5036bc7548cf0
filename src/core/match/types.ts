/**
 * What the matcher says about one sentence of a page. One definition, shared by the content
 * script, the popover, the command line and the tests.
 */

/** How close the page's wording is to a source's, in words a reader understands. */
export type MatchConfidence = 'close paraphrase' | 'paraphrase' | 'loose match';

/** The reader-facing strictness of highlighting; each maps to a score threshold. */
export type Strictness = 'strict' | 'balanced' | 'loose';

/** One figure as the sources give it, with the articles that give it. */
export interface ConflictSourceValue {
  value: string;
  articles: string[];
}

/** The page gives a number or date for a quantity that differs from what every source gives. */
export interface MatchConflict {
  /** The figure as the page writes it ("500,000"). */
  page: string;
  /** The figures the sources give for the same quantity. */
  sources: ConflictSourceValue[];
  /** "This page says 500,000; the sources say 370,000". */
  description: string;
}

/** Why a sentence matched: the evidence shown beside the confidence. */
export interface MatchEvidence {
  /** Names shared with the source, as the source writes them. */
  names: string[];
  /** Figures shared with the source, as the page writes them. */
  numbers: string[];
  /** Other content terms shared with the source (canonical, stemmed forms). */
  terms: string[];
}

export interface Match {
  /** Index of the sentence in the list passed to `match`. */
  index: number;
  text: string;
  claimId: string;
  /** 0..1; compared with the threshold. */
  score: number;
  confidence: MatchConfidence;
  why: MatchEvidence;
  conflicts: MatchConflict[];
  /** Article id and exact quote of the source sentence closest to the page sentence. */
  closestSource: { article: string; quote: string };
}

export interface MatcherOptions {
  /** Minimum score for a match; defaults to the balanced preset. */
  threshold?: number;
}

export interface Matcher {
  /** Matches each sentence to at most one claim; sentences without a match are left out. */
  match(sentences: readonly string[], threshold?: number): Match[];
}
