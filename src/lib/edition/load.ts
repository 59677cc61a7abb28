import type { z } from 'astro/zod';
import { editionEntrySchema, editionSchema } from '../../schemas/edition.ts';
import { readFrontmatter } from '../text/frontmatter.ts';
import { InputError } from '../errors.ts';
import type { Edition } from './model.ts';
import { parseEdition } from './parse.ts';

/** What an edition's frontmatter holds, for the message when it has none. */
export const EDITION_FRONTMATTER_HINT = 'an edition starts with a --- line, its YAML fields, and another --- line';

/** The frontmatter validated by `schema`, or an InputError naming the file and the first bad field. */
function validated<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(file, 1, `frontmatter field "${issue.path.join('.')}": ${issue.message}`, 'see src/schemas/edition.ts for what each field holds');
  }
  return parsed.data;
}

/**
 * Reads an edition file outside Astro (scripts, tests): frontmatter through the same zod schema as the
 * content collection, body through parseEdition.
 */
export function loadEdition(text: string, file: string): Edition {
  const { data, body, lineOffset } = readFrontmatter(text, file, EDITION_FRONTMATTER_HINT);
  return parseEdition({ body, data: validated(editionSchema, data, file), file, lineOffset });
}

/**
 * Reads an edition file as the site's build does (src/integrations/editions-loader.ts, then src/data/site.ts):
 * the collection entry's data (the frontmatter with `bodyLine`), then the body parsed. Undefined for a draft,
 * which a production build never publishes.
 */
export function loadPublishedEdition(text: string, file: string): Edition | undefined {
  const { data: raw, body, lineOffset } = readFrontmatter(text, file, EDITION_FRONTMATTER_HINT);
  const fields = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const data = validated(editionEntrySchema, { ...fields, bodyLine: lineOffset }, file);
  return data.draft ? undefined : parseEdition({ body, data, file, lineOffset });
}
