import { parse as parseYaml } from 'yaml';
import { editionSchema } from '../../schemas/edition.ts';
import { InputError } from '../errors.ts';
import type { Edition } from './model.ts';
import { parseEdition } from './parse.ts';

/** Splits `---\nYAML\n---\nbody` into its parts, with the number of lines before the body. */
export function splitFrontmatter(text: string, file: string): { yaml: string; body: string; lineOffset: number } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!m) throw new InputError(file, 1, 'the file has no frontmatter', 'an edition starts with a --- line, its YAML fields, and another --- line');
  return { yaml: m[1]!, body: text.slice(m[0].length), lineOffset: m[0].split('\n').length - 1 };
}

/**
 * Reads an edition file outside Astro (scripts, tests): frontmatter through the same zod schema as the
 * content collection, body through parseEdition.
 */
export function loadEdition(text: string, file: string): Edition {
  const { yaml, body, lineOffset } = splitFrontmatter(text, file);
  let raw: unknown;
  try {
    raw = parseYaml(yaml);
  } catch (error) {
    const e = error as { linePos?: { line: number }[]; message: string };
    throw new InputError(file, (e.linePos?.[0]?.line ?? 0) + 1, `the frontmatter is not valid YAML: ${e.message.split('\n')[0]}`, 'fix the YAML between the --- lines');
  }
  const parsed = editionSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(file, 1, `frontmatter field "${issue.path.join('.')}": ${issue.message}`, 'see src/schemas/edition.ts for what each field holds');
  }
  return parseEdition({ body, data: parsed.data, file, lineOffset });
}
