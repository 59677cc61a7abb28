/** The real corpus and registry for the programme tests (content/editions, content/programmes). */
import { readdirSync, readFileSync } from 'node:fs';
import { loadEdition } from '../../../src/lib/edition/load.ts';
import type { Edition } from '../../../src/lib/edition/model.ts';
import { listEditionFiles } from '../../../src/lib/import/cli.ts';
import { readProgrammeFile, validateRegistry, type ProgrammeEntry, type ProgrammeSource } from '../../../src/lib/programmes/registry.ts';

export const editions: Edition[] = listEditionFiles('.').map((f) => loadEdition(readFileSync(f, 'utf8'), f));

/** The registry files as read, unvalidated. */
export const registrySources: ProgrammeSource[] = readdirSync('content/programmes')
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => readProgrammeFile(readFileSync(`content/programmes/${f}`, 'utf8'), `content/programmes/${f}`));

export const registry: ProgrammeEntry[] = validateRegistry(registrySources);
