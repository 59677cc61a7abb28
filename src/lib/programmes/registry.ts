/**
 * The programme registry: content/programmes/<id>.md, one recurring programme each (frontmatter per
 * src/schemas/programme.ts, a one- or two-sentence description as the body). This module reads such a
 * file's text and validates the whole list; it does no I/O.
 */
import { programmeSchema, type Programme } from '../../schemas/programme.ts';
import { readFrontmatter } from '../text/frontmatter.ts';
import { parsePlainParagraphs } from '../edition/parse.ts';
import { InputError } from '../errors.ts';
import { normalise } from '../search/normalise.ts';

/** A registry file as read, before validation. */
export interface ProgrammeSource {
  /** The file name without `.md`: an ASCII kebab-case id, e.g. `siqiang-dangzhibu`. */
  id: string;
  /** The file, for messages: `content/programmes/siqiang-dangzhibu.md`. */
  file: string;
  /** The frontmatter, unvalidated. */
  data: unknown;
  /** The body (the description); undefined when the caller has no body to give. */
  description?: string;
}

/** A validated registry entry. */
export interface ProgrammeEntry {
  id: string;
  file: string;
  data: Programme;
  /** The description (body), trimmed. */
  description: string;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The id a registry file gives its programme: its name without the folder and `.md`. */
export function programmeId(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.md$/, '');
}

/** Reads a registry file's text (`---` YAML `---` description) without validating its fields. */
export function readProgrammeFile(text: string, file: string): ProgrammeSource {
  const { data, body } = readFrontmatter(text, file, 'start with a --- line, the fields name, aliases and category, another --- line, then the description');
  return { id: programmeId(file), file, data, description: body };
}

/**
 * Validates the registry: every entry's fields (through the zod schema), its id, its description, and
 * that no id and no alias (compared after normalisation, so `“四强”党支部` and `四强党支部` are the same)
 * belongs to two programmes. Throws an InputError naming the file and saying how to fix it. Entries are
 * returned sorted by id.
 */
export function validateRegistry(sources: readonly ProgrammeSource[]): ProgrammeEntry[] {
  const entries = [...sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.file < b.file ? -1 : 1)).map(validateEntry);
  const ids = new Map<string, ProgrammeEntry>();
  const keys = new Map<string, { entry: ProgrammeEntry; alias: string }>();
  for (const entry of entries) {
    const other = ids.get(entry.id);
    if (other) throw new InputError(entry.file, undefined, `the programme id "${entry.id}" is also the id of ${other.file}`, 'give each programme its own file name, or merge the two files into one');
    ids.set(entry.id, entry);
    const own = new Set<string>();
    for (const alias of [entry.data.name, ...entry.data.aliases]) {
      const key = normalise(alias);
      if (own.has(key)) continue; // the same spelling with and without quotes, within one programme
      own.add(key);
      const claimed = keys.get(key);
      if (claimed) {
        throw new InputError(entry.file, undefined, `"${alias}" (normalised ${key}) is also claimed by ${claimed.entry.file} as "${claimed.alias}"`, `an alias may belong to one programme only: remove it from one of the two files, or merge the programmes if they are the same`);
      }
      keys.set(key, { entry, alias });
    }
  }
  return entries;
}

/** One entry's own checks: id, fields, names that normalise to too little, description. */
function validateEntry(source: ProgrammeSource): ProgrammeEntry {
  const { id, file } = source;
  if (!ID.test(id)) throw new InputError(file, undefined, `the programme id "${id}" (the file name) is not ASCII kebab-case`, 'rename the file in pinyin with lower-case letters, digits and hyphens, e.g. siqiang-dangzhibu.md');
  const parsed = programmeSchema.safeParse(source.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.') || '(frontmatter)';
    throw new InputError(file, undefined, `frontmatter field "${field}": ${issue.message}`, 'see src/schemas/programme.ts: name and category are text, aliases a list of spellings found in the texts, and no other fields');
  }
  for (const alias of [parsed.data.name, ...parsed.data.aliases]) {
    if ([...normalise(alias)].length < 2) throw new InputError(file, undefined, `"${alias}" has fewer than two characters once quotes and punctuation are dropped`, 'write the name with its words, e.g. “四风” rather than a mark alone');
  }
  const description = (source.description ?? '').trim();
  if (source.description !== undefined && description === '') throw new InputError(file, undefined, 'the programme has no description', 'after the closing --- line, describe the programme in one or two sentences');
  // The description is shown on the programme page: plain paragraphs only, like an edition's text.
  parsePlainParagraphs(description, file);
  return { id, file, data: parsed.data, description };
}
