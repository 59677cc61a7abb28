/**
 * npm run import -- <file or folder>… [flags]   imports received 要点 (.txt .md .docx .pdf .html .doc .wps .odt)
 * npm run import -- --check [edition.mdx …]     proves that editions reproduce their sources
 * npm run import -- --help                      every flag
 *
 * Thin: the work is in src/lib/import/. A usage error prints the usage line and exits 2; a refused file
 * exits 1 with a message naming the file and what to do; no stack trace reaches the user.
 */
import { runCheck, runImport } from '../src/lib/import/cli.ts';
import { helpText, parseCommandLine, USAGE, UsageError } from '../src/lib/import/cli/args.ts';

async function main(): Promise<number> {
  let command;
  try {
    command = parseCommandLine(process.argv.slice(2), process.cwd());
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  if (command.kind === 'help') {
    console.log(helpText());
    return 0;
  }
  if (command.kind === 'check') return runCheck(command.root, command.files);
  return runImport(command.root, command.paths, command.flags);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`import failed unexpectedly: ${error instanceof Error ? error.message : String(error)}\n(this is a bug in the importer: please report it with the file you imported)`);
    process.exit(1);
  },
);
