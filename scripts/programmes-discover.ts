/**
 * npm run programmes:discover [-- --min-editions 2] [--limit 40] [--json]
 *
 * Lists candidate programmes: names the editions quote and named phrases that recur across editions,
 * ranked, leaving out what the registry (content/programmes/) already covers, each with where it occurs.
 * Thin: the work is in src/lib/programmes/.
 */
import { parseCommand, usageError } from '../src/lib/cli/command.ts';
import { InputError } from '../src/lib/errors.ts';
import { readEditions, readProgrammeSources } from '../src/lib/content/content-dir.ts';
import { discoverCandidates } from '../src/lib/programmes/discover.ts';
import { createMatcher } from '../src/lib/programmes/matcher.ts';
import { validateRegistry } from '../src/lib/programmes/registry.ts';

const spec = {
  description: 'Lists candidate programmes: quoted names and recurring phrases of the editions that the registry (content/programmes/) does not cover yet, with where they occur.',
  usage: 'usage: npm run programmes:discover -- [--min-editions 2] [--limit 40] [--json] [--root .]',
  config: {
    options: {
      'min-editions': { type: 'string', default: '2' },
      limit: { type: 'string', default: '40' },
      json: { type: 'boolean' },
      root: { type: 'string', default: process.cwd() },
    },
  },
} as const;
const { values } = parseCommand(spec);
const minEditions = Number(values['min-editions']);
const limit = Number(values.limit);
if (!Number.isInteger(minEditions) || minEditions < 1 || !Number.isInteger(limit) || limit < 1) usageError(spec, '--min-editions and --limit are whole numbers ≥ 1');

try {
  const root = values.root;
  const editions = readEditions({ root });
  const registry = validateRegistry(readProgrammeSources({ root }));
  const candidates = discoverCandidates(editions, createMatcher(registry), { minEditions }).slice(0, limit);

  if (values.json) {
    console.log(JSON.stringify(candidates, null, 2));
  } else {
    console.log(`${candidates.length} candidates not in the registry (${registry.length} programmes, ${editions.length} editions); score = editions × issuers × occurrences, ×2 if quoted\n`);
    for (const c of candidates) {
      console.log(`${String(c.score).padStart(5)}  ${c.name}  (${c.editions} editions, ${c.issuers} issuers, ${c.count}×; ${c.found.join('+')})`);
      const where = new Map<string, string[]>();
      for (const p of c.places) where.set(p.edition, [...new Set([...(where.get(p.edition) ?? []), p.anchor])]);
      for (const [edition, anchors] of where) console.log(`         ${edition}: ${anchors.map((a) => `#${a}`).join(' ')}`);
    }
  }
} catch (error) {
  console.error(error instanceof InputError ? error.format() : error instanceof Error ? error.message : error);
  process.exit(1);
}
