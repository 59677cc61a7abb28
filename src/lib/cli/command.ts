/**
 * The command line of every script: `--help` prints what the command does and its usage (exit 0); an unknown
 * flag, a missing value or a stray argument prints the problem and the usage line (exit 2); an error while it
 * runs prints its message, never a stack trace (exit 1). Scripts stay thin: they declare their options and call
 * their src/lib function.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CommandSpec<T extends ParseArgsConfig> {
  /** One or two lines: what the command does. */
  description: string;
  /** `usage: npm run generate -- --editions 1000 --out dir [--seed 1]` (several lines allowed). */
  usage: string;
  /** Its options (`help` is added) and whether it takes positional arguments. */
  config: T;
}

/** What a command prints for a usage error, and its exit code. */
export function usageErrorText(spec: { usage: string }, message: string): string {
  return `${message}\n${spec.usage}`;
}

/**
 * Parses `args` (default: the process's) by the spec. Handles --help and usage errors itself, exiting; returns
 * the values and positionals otherwise.
 */
export function parseCommand<T extends ParseArgsConfig>(spec: CommandSpec<T>, args: string[] = process.argv.slice(2)) {
  const config = { ...spec.config, args, strict: true, options: { ...spec.config.options, help: { type: 'boolean', short: 'h' } } } as T;
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs<T>(config);
  } catch (error) {
    return usageError(spec, (error as Error).message);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(`${spec.description}\n\n${spec.usage}`);
    process.exit(0);
  }
  return parsed;
}

/** Prints the problem and the usage line, and exits 2. */
export function usageError(spec: { usage: string }, message: string): never {
  console.error(usageErrorText(spec, message));
  process.exit(2);
}

/** Runs the command's work; an error ends it with its message alone (exit 1), never a stack trace. */
export async function runCommand(main: () => unknown): Promise<void> {
  try {
    await main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
