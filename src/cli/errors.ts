/**
 * Every message the command line prints for a user's mistake, in one place. A user error is a
 * `UsageError`: `main` prints its message as one line on stderr and exits with its code; it is
 * never shown as a stack trace.
 */

export class UsageError extends Error {
  constructor(
    message: string,
    /** 2 for a bad command line, 1 for bad input. */
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

export const messages = {
  noCommand: () => 'no command given; try `crosscheck --help`',
  unknownCommand: (c: string) => `unknown command '${c}'; try \`crosscheck --help\``,
  unknownFlag: (f: string, command: string) => `unknown option '${f}' for '${command}'; try \`crosscheck --help\``,
  missingValue: (f: string) => `option '${f}' needs a value`,
  badThreshold: (v: string) => `threshold must be a number from 0 to 1, got '${v}'`,
  badStrictness: (v: string) => `strictness must be strict, balanced or loose, got '${v}'`,
  badLimit: (v: string) => `limit must be a whole number from 1 to 1000, got '${v}'`,
  missingFile: () => 'match needs a file: crosscheck match <file.html|file.txt|->',
  missingQuery: () => 'search needs a query: crosscheck search <words...>',
  extraArgument: (a: string, command: string) => `unexpected argument '${a}' for '${command}'`,
  notFound: (p: string) => `cannot read '${p}': no such file`,
  isDirectory: (p: string) => `cannot read '${p}': it is a directory`,
  noPermission: (p: string) => `cannot read '${p}': permission denied`,
  unreadable: (p: string, why: string) => `cannot read '${p}': ${why}`,
  binary: (p: string) => `'${p}' is not a text or HTML file (it looks binary)`,
  empty: (p: string) => `'${p}' is empty: nothing to match`,
  noSentences: (p: string) => `found no sentences in '${p}'`,
} as const;
