/**
 * The importer's own output comes back exactly: for every edition, the PDF the site prints and the edition
 * page saved from the browser, imported as a new edition, give the same notice, parts, items and words.
 * Runs once (root build); no browser is needed, only what the site serves.
 */
import { loadEdition } from '../../src/lib/edition/load.ts';
import { checkEdition } from '../../src/lib/import/check.ts';
import { readEditions } from '../../src/lib/content/content-dir.ts';
import { knownIssuers } from '../../src/lib/import/cli.ts';
import { importFile } from '../../src/lib/import/import-file.ts';
import { editionShape } from '../support/same-edition.ts';
import { expect, test } from './support/fixtures.ts';

const editions = readEditions({ root: '.' }, { published: true });
const issuers = knownIssuers('.');

test.beforeEach(({}, info) => {
  test.skip(info.project.name !== 'root', 'reads what the root build serves; once is enough');
});

for (const [kind, path] of [['PDF', (id: string) => `${id}.pdf`], ['saved page', (id: string) => `${id}/`]] as const) {
  test.describe(`the site's ${kind} of an edition imports back as the same edition`, () => {
    for (const edition of editions) {
      test(edition.id, async ({ request }) => {
        const response = await request.get(path(edition.id));
        expect(response.status()).toBe(200);
        const bytes = new Uint8Array(await response.body());
        const file = `received/${edition.issuer}-${edition.year}.${kind === 'PDF' ? 'pdf' : 'html'}`;
        const r = await importFile(bytes, { file, issuers, issuerId: edition.issuer });
        expect(r.editionFile).toBe(`content/editions/${edition.id}.mdx`);
        const again = loadEdition(r.mdx, r.editionFile);
        expect(editionShape(again)).toEqual(editionShape(edition));
        expect(checkEdition(again, r.sourceBytes, bytes).problems).toEqual([]);
      });
    }
  });
}
