/**
 * The one reader of frontmatter (`---` YAML `---` body) for editions and programme files, and the one place a
 * YAML error becomes an InputError naming the file and the line. Pure: no I/O.
 */
import { parse as parseYaml } from 'yaml';
import { InputError } from '../errors.ts';

/** A file's frontmatter and body. */
export interface Frontmatter {
  /** The YAML between the `---` lines. */
  yaml: string;
  body: string;
  /** How many lines of the file stand before the body, so that body line n is file line n + lineOffset. */
  lineOffset: number;
}

/**
 * Splits `---\nYAML\n---\nbody`. A file without frontmatter is an InputError at line 1; `hint` says what the
 * frontmatter of this kind of file holds.
 * @example splitFrontmatter('---\nyear: 2026\n---\n\n正文', 'x.mdx', '…') // { yaml: 'year: 2026', body: '\n正文', lineOffset: 3 }
 */
export function splitFrontmatter(text: string, file: string, hint: string): Frontmatter {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!m) throw new InputError(file, 1, 'the file has no frontmatter', hint);
  return { yaml: m[1]!, body: text.slice(m[0].length), lineOffset: m[0].split('\n').length - 1 };
}

/** Parses frontmatter YAML; a syntax error is an InputError at its line of the file (the `---` is line 1). */
export function readYaml(yaml: string, file: string): unknown {
  try {
    return parseYaml(yaml);
  } catch (error) {
    const e = error as { linePos?: { line: number }[]; message: string };
    throw new InputError(file, (e.linePos?.[0]?.line ?? 0) + 1, `the frontmatter is not valid YAML: ${e.message.split('\n')[0]}`, 'fix the YAML between the --- lines (quote a value that starts with a quote mark or contains a colon)');
  }
}

/** Both at once: the frontmatter's data (unvalidated), the body and its line offset. */
export function readFrontmatter(text: string, file: string, hint: string): { data: unknown; body: string; lineOffset: number } {
  const { yaml, body, lineOffset } = splitFrontmatter(text, file, hint);
  return { data: readYaml(yaml, file), body, lineOffset };
}
