/** The reader's settings and their defaults, frozen, in one place. */

export type Strictness = 'strict' | 'balanced' | 'loose';
export type HighlightStyle = 'tint' | 'underline';

export interface Settings {
  /** Stops highlighting on every site until unpaused. */
  paused: boolean;
  /** Hostnames (without `www.`) where the extension does nothing; subdomains included. */
  disabledSites: readonly string[];
  /** How sure a match must be before its sentence is highlighted. */
  strictness: Strictness;
  highlightStyle: HighlightStyle;
  /** Whether a note keeps the address of the page it was written on. */
  keepPageUrls: boolean;
}

export const STRICTNESS_VALUES: readonly Strictness[] = Object.freeze(['strict', 'balanced', 'loose']);
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = Object.freeze(['tint', 'underline']);

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  paused: false,
  disabledSites: Object.freeze([]) as readonly string[],
  strictness: 'balanced',
  // A tint reads as "look here" without competing with the page's own links, which are underlined.
  highlightStyle: 'tint',
  // Page URLs make notes findable again; a reader who shares exports can turn them off.
  keepPageUrls: true,
});
