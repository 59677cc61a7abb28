/**
 * An error in an input file that a person can fix: it names the file and line, says what is wrong
 * and how to fix it. Scripts print `file:line: message` and the hint, and exit non-zero.
 */
export class InputError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly hint: string;

  constructor(file: string, line: number | undefined, message: string, hint: string) {
    super(message);
    this.name = 'InputError';
    this.file = file;
    this.line = line;
    this.hint = hint;
  }

  /** `content/editions/x/2026.mdx:12: item 5 repeats … \n  fix: …` */
  format(): string {
    const where = this.line === undefined ? this.file : `${this.file}:${this.line}`;
    return `${where}: ${this.message}\n  fix: ${this.hint}`;
  }
}
