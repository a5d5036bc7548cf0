/**
 * The `crosscheck` command line: the extension's matching core, run over a file. User errors are
 * one line on stderr and a non-zero exit code; only a bug in Crosscheck itself prints more.
 */

import { loadBundledCorpus } from './bundled-articles';
import { parseArgs } from './args';
import { UsageError } from './errors';
import { HELP } from './help';
import { claimsCommand } from './commands/claims';
import { matchCommand } from './commands/match';
import { searchCommand } from './commands/search';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

const processIO: CliIO = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(`crosscheck: ${t}\n`),
};

/** Runs one command; resolves to the process exit code. */
export async function run(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') {
      io.out(HELP);
      return 0;
    }
    const corpus = await loadBundledCorpus();
    switch (args.command) {
      case 'match':
        io.out(await matchCommand(args, corpus));
        break;
      case 'claims':
        io.out(claimsCommand(args, corpus));
        break;
      case 'search':
        io.out(searchCommand(args, corpus));
        break;
    }
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.message);
      return e.exitCode;
    }
    io.err(`internal error: ${e instanceof Error ? e.message : String(e)}`);
    return 70;
  }
}
