import { editionSchema } from '../../schemas/edition.ts';
import { readFrontmatter } from '../text/frontmatter.ts';
import { InputError } from '../errors.ts';
import type { Edition } from './model.ts';
import { parseEdition } from './parse.ts';

/** What an edition's frontmatter holds, for the message when it has none. */
export const EDITION_FRONTMATTER_HINT = 'an edition starts with a --- line, its YAML fields, and another --- line';

/**
 * Reads an edition file outside Astro (scripts, tests): frontmatter through the same zod schema as the
 * content collection, body through parseEdition.
 */
export function loadEdition(text: string, file: string): Edition {
  const { data, body, lineOffset } = readFrontmatter(text, file, EDITION_FRONTMATTER_HINT);
  const parsed = editionSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(file, 1, `frontmatter field "${issue.path.join('.')}": ${issue.message}`, 'see src/schemas/edition.ts for what each field holds');
  }
  return parseEdition({ body, data: parsed.data, file, lineOffset });
}
