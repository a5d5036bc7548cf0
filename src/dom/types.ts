/**
 * The shapes the DOM layer hands out. A block's text is what a reader sees (whitespace collapsed,
 * no markup); `nodes` and `starts` keep the way back to the page, so a sentence found in the text
 * can be drawn as a DOM Range without touching the page.
 */

/** One paragraph-level run of article text (a <p>, <li>, heading, cell, or a div's own text). */
export interface TextBlock {
  element: Element;
  /** Whitespace collapsed to single spaces and trimmed; markup removed, text of inline elements kept. */
  text: string;
  /** The text nodes that make up `text`, in document order. */
  nodes: Text[];
  /**
   * `starts[i]` is where `nodes[i]`'s contribution begins in `text`; it ends where the next one
   * begins (or at `text.length`). Inside a node, offsets differ from the node's raw data only by
   * collapsed whitespace, which `sentenceRange` replays.
   */
  starts: number[];
}

/** A sentence of one block; `start`/`end` index `blocks[block].text`. */
export interface PageSentence {
  text: string;
  block: number;
  start: number;
  end: number;
}

export interface ExtractedArticle {
  blocks: TextBlock[];
  sentences: PageSentence[];
}

export interface ExtractOptions {
  /** Stops the pass; an aborted extraction returns an empty article. */
  signal?: AbortSignal;
  /** Asked once per block element. Defaults to `checkVisibility()` where the DOM has it. */
  isVisible?: (el: Element) => boolean;
}
