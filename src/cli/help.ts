/** The text of `crosscheck --help`. */
export const HELP = `crosscheck: find the sentences of a news page that state a claim from the corpus

Usage:
  crosscheck match <file.html|file.txt|-> [--json] [--threshold N | --strictness S]
      Match a page (HTML, plain text, or - for standard input) against the claims.
      --threshold N    minimum match score, 0 to 1
      --strictness S   strict, balanced (default) or loose
  crosscheck claims [--json]
      List the claims of the bundled corpus with status, sources and disagreements.
  crosscheck search <words...> [--json] [--limit N]
      Find claims by a few words, e.g. crosscheck search Assad flew out of Damascus airport
  crosscheck --help
      Show this help.

--json prints machine-readable output on stdout. Errors go to stderr, one line, exit code 1
for bad input and 2 for a bad command line.
`;
