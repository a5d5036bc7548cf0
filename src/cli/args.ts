/**
 * Command-line parsing without a framework: each command declares its flags, anything else is
 * a `UsageError` with a message that names the offending word.
 */

import { UsageError, messages } from './errors';

export type Command = 'match' | 'claims' | 'search' | 'help';

export interface ParsedArgs {
  command: Command;
  positionals: string[];
  json: boolean;
  threshold?: number;
  strictness?: 'strict' | 'balanced' | 'loose';
  limit?: number;
}

/** Flags each command accepts; `true` when the flag takes a value. */
const FLAGS: Record<Exclude<Command, 'help'>, Record<string, boolean>> = {
  match: { '--json': false, '--threshold': true, '--strictness': true },
  claims: { '--json': false },
  search: { '--json': false, '--limit': true },
};

function parseThreshold(v: string): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(messages.badThreshold(v));
  return n;
}

function parseLimit(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new UsageError(messages.badLimit(v));
  return n;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0) throw new UsageError(messages.noCommand());
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
    return { command: 'help', positionals: [], json: false };
  }
  const [name, ...rest] = argv as [string, ...string[]];
  if (!(name in FLAGS)) {
    throw new UsageError(name.startsWith('-') ? messages.unknownFlag(name, 'crosscheck') : messages.unknownCommand(name));
  }
  const command = name as Exclude<Command, 'help'>;
  const flags = FLAGS[command];
  const out: ParsedArgs = { command, positionals: [], json: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '-' || !arg.startsWith('-')) {
      out.positionals.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!(flag in flags)) throw new UsageError(messages.unknownFlag(flag, command));
    let value: string | undefined;
    if (flags[flag]) {
      value = inline ?? rest[++i];
      if (value === undefined) throw new UsageError(messages.missingValue(flag));
    }
    switch (flag) {
      case '--json':
        out.json = true;
        break;
      case '--threshold':
        out.threshold = parseThreshold(value!);
        break;
      case '--strictness':
        if (value !== 'strict' && value !== 'balanced' && value !== 'loose') throw new UsageError(messages.badStrictness(value!));
        out.strictness = value;
        break;
      case '--limit':
        out.limit = parseLimit(value!);
        break;
    }
  }
  return out;
}
