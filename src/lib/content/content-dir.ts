/**
 * Reads a content tree from disk outside Astro: the import command, the other scripts, the benchmarks and the
 * tests all list and read editions, issuers and programmes through here (the site itself reads them through
 * its content collections, src/content.config.ts, with the same frontmatter reader and schemas). Paths are
 * given and returned relative to `root` (`content/editions/kaiping-szjggw/2026.mdx`), as messages name them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEdition } from '../edition/load.ts';
import type { Edition } from '../edition/model.ts';
import { InputError } from '../errors.ts';
import { readProgrammeFile, type ProgrammeSource } from '../programmes/registry.ts';
import { issuerSchema, type Issuer } from '../../schemas/issuer.ts';
import { readYaml } from '../text/frontmatter.ts';

/** Where a content tree lives: `root` (the project, or a fixture's folder) and its content folder inside it. */
export interface ContentDir {
  root: string;
  /** Relative to root; `content` unless a fixture tree says otherwise. */
  dir?: string;
}

const files = (root: string, dir: string, ext: string, recursive = false): string[] => {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => join(dir, f))
    .sort();
};

/** Every edition file: `content/editions/<issuer>/<year>.mdx`, sorted. */
export function listEditionFiles({ root, dir = 'content' }: ContentDir): string[] {
  return files(root, join(dir, 'editions'), '.mdx', true);
}

/** Every edition, parsed (drafts too unless `published`). */
export function readEditions(content: ContentDir, { published = false } = {}): Edition[] {
  const editions = listEditionFiles(content).map((f) => loadEdition(readFileSync(join(content.root, f), 'utf8'), f));
  return published ? editions.filter((e) => !e.data.draft) : editions;
}

/** An issuer file, validated: its id (the file name) and its fields. */
export interface IssuerFile {
  id: string;
  file: string;
  issuer: Issuer;
}

/** Every issuer (`content/issuers/<id>.yaml`), validated by the issuer schema. */
export function readIssuers({ root, dir = 'content' }: ContentDir): IssuerFile[] {
  return files(root, join(dir, 'issuers'), '.yaml').map((file) => {
    const parsed = issuerSchema.safeParse(readYaml(readFileSync(join(root, file), 'utf8'), file));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new InputError(file, 1, `field "${issue.path.join('.')}": ${issue.message}`, 'see src/schemas/issuer.ts for what each field holds');
    }
    return { id: file.replace(/^.*[\\/]/, '').replace(/\.yaml$/, ''), file, issuer: parsed.data };
  });
}

/** Every programme file (`content/programmes/<id>.md`) as read, for validateRegistry. */
export function readProgrammeSources({ root, dir = 'content' }: ContentDir): ProgrammeSource[] {
  return files(root, join(dir, 'programmes'), '.md').map((file) => readProgrammeFile(readFileSync(join(root, file), 'utf8'), file));
}
