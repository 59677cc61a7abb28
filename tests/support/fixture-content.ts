/**
 * Test support: the fixture content tree the unit tests read (tests/fixtures/content/: a frozen copy of the
 * seven editions the site started with, their issuers, sources and the programme registry), so that adding
 * or correcting an edition in content/ changes no unit test. Tests about the real content/ itself live in
 * tests/corpus/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listEditionFiles, readEditions, readIssuers, readProgrammeSources, type ContentDir } from '../../src/lib/content/content-dir.ts';
import type { Edition } from '../../src/lib/edition/model.ts';
import { validateRegistry, type ProgrammeEntry, type ProgrammeSource } from '../../src/lib/programmes/registry.ts';
import type { Issuer } from '../../src/schemas/issuer.ts';

export const FIXTURE: ContentDir = { root: 'tests/fixtures', dir: 'content' };

/** Every fixture edition, parsed; `file` is relative to the fixture root (`content/editions/…`). */
export const editions: Edition[] = readEditions(FIXTURE);

/** A fixture edition by id (`dongguan-szjggw/2025`). */
export function edition(id: string): Edition {
  const found = editions.find((e) => e.id === id);
  if (!found) throw new Error(`no fixture edition ${id}`);
  return found;
}

/** The MDX text of a fixture edition. */
export function editionMdx(id: string): string {
  return readFileSync(join(FIXTURE.root!, `content/editions/${id}.mdx`), 'utf8');
}

/** A file of the fixture tree (a kept source, say), by its path relative to the fixture root. */
export function fixtureFile(path: string): Buffer {
  return readFileSync(join(FIXTURE.root!, path));
}

export const editionFiles: string[] = listEditionFiles(FIXTURE);
export const issuers: Map<string, Issuer> = new Map(readIssuers(FIXTURE).map((i) => [i.id, i.issuer]));
/** The registry files as read, unvalidated. */
export const registrySources: ProgrammeSource[] = readProgrammeSources(FIXTURE);
export const registry: ProgrammeEntry[] = validateRegistry(registrySources);
