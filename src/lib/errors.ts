/**
 * An error in an input file that a person can fix: it names the file and line, says what is wrong
 * and how to fix it. Its message is complete (`file:line: what\n  fix: how`), so every place that prints
 * it — the importer, the Astro build, a test — shows all three.
 */
export class InputError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  /** What is wrong, without the location. */
  readonly reason: string;
  /** How to fix it. */
  readonly hint: string;

  constructor(file: string, line: number | undefined, reason: string, hint: string) {
    super(`${line === undefined ? file : `${file}:${line}`}: ${reason}\n  fix: ${hint}`);
    this.name = 'InputError';
    this.file = file;
    this.line = line;
    this.reason = reason;
    this.hint = hint;
  }

  /** The message: `content/editions/x/2026.mdx:12: item 5 repeats …\n  fix: …`. */
  format(): string {
    return this.message;
  }
}
