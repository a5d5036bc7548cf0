/**
 * The claim corpus as data. One definition, shared by the builder, the matcher, the background
 * service, every UI surface and the command line; the JSON that ships in the extension
 * (`corpus.json`) is exactly a `Corpus`.
 */

/** A source article, with only what its own text says about it (no invented outlet names). */
export interface Article {
  /** Stable id derived from the file name, e.g. "a0". */
  id: string;
  /** File name under assets/articles, or the URL/file a user added it from. */
  file: string;
  /** Headline when the text carries one, otherwise null. */
  headline: string | null;
  /** Date as written in the text ("Dec 8, 2024 - 12:23"), otherwise null. */
  date: string | null;
  /** Credit or agencies the text names ("AFP", "Credit: ABC News"), otherwise null. */
  credit: string | null;
  /** Human label for the UI, e.g. the headline or "Article 3 (AFP-credited)". */
  label: string;
  /** Where the article came from: the bundled set or the user's own additions. */
  origin: 'bundled' | 'user';
  /** Page URL for user-added articles. */
  url?: string;
}

/** A sentence of a source article, with its exact position in the cleaned article text. */
export interface SourceSentence {
  /** "<articleId>:s<index>" */
  id: string;
  article: string;
  text: string;
  /** Character offsets into the article's cleaned body text. */
  start: number;
  end: number;
}

/** A quantity or fact value stated by a sentence. */
export interface Fact {
  kind: 'number' | 'date' | 'duration' | 'place' | 'person' | 'organisation';
  /** Normalised value used for comparison ("370000", "2011", "13 years", "sednaya"). */
  value: string;
  /** Text as written in the sentence ("370,000", "since 2011", "13-year"). */
  text: string;
}

/** "according to the Syrian Observatory for Human Rights", with who said it. */
export interface Attribution {
  /** The body or person credited, as written ("Syrian Observatory for Human Rights"). */
  who: string;
  /** The phrase in the source ("according to the Observatory"). */
  phrase: string;
  article: string;
}

export type DisagreementKind =
  | 'quantity' // the same count or duration given differently
  | 'attribution' // the same figure credited to different bodies
  | 'spelling' // the same name spelled differently
  | 'denial'; // someone a source names denies the claim

export interface DisagreementValue {
  value: string;
  articles: string[];
}

export interface Disagreement {
  kind: DisagreementKind;
  /** One plain sentence: "The articles give different lengths for the conflict". */
  description: string;
  values: DisagreementValue[];
}

export interface ClaimSource {
  article: string;
  /** The exact source sentence. */
  quote: string;
  sentenceId: string;
}

export type ClaimStatusKind = 'corroborated' | 'single-source' | 'disputed' | 'denied';

export interface ClaimStatus {
  kind: ClaimStatusKind;
  /** Number of distinct articles reporting the claim. */
  articles: number;
  /** Plain words: "Reported by 3 of 5 articles", "Sources disagree on the number displaced". */
  summary: string;
}

export interface Claim {
  /** Stable across rebuilds while the articles are unchanged. */
  id: string;
  /** Canonical text (one of the source sentences, the most representative). */
  text: string;
  sources: ClaimSource[];
  attributions: Attribution[];
  facts: Fact[];
  disagreements: Disagreement[];
  status: ClaimStatus;
  /** Content terms (normalised, stemmed) the matcher indexes; precomputed at build time. */
  terms: string[];
}

export interface Corpus {
  /** Format version of this JSON. */
  version: 1;
  articles: Article[];
  claims: Claim[];
}
