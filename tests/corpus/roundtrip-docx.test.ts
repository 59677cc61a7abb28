/**
 * The importer's round trip through Word (reads content/: it is about the real corpus). Each edition of the
 * site, written as an office issues it in a .docx (red 版头, bold run-in titles; the typed numbers, and
 * again as Word's automatic list numbering), imports back as the same edition: notice, parts, items, words.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readEditions } from '../../src/lib/content/content-dir.ts';
import { loadEdition } from '../../src/lib/edition/load.ts';
import { checkEdition } from '../../src/lib/import/check.ts';
import { knownIssuers } from '../../src/lib/import/cli.ts';
import { importFile } from '../../src/lib/import/import-file.ts';
import { editionToDocx } from '../support/make-docx.ts';
import { editionShape } from '../support/same-edition.ts';

const issuers = knownIssuers('.');

describe('a .docx of each edition imports back as the same edition (reads content/)', () => {
  for (const edition of readEditions({ root: '.' })) {
    for (const autoNumbering of [false, true]) {
      test(`${edition.id}${autoNumbering ? ' (Word list numbering)' : ''}`, async () => {
        const bytes = await editionToDocx(edition, { autoNumbering });
        const file = `received/${edition.issuer}-${edition.year}.docx`;
        // What the person importing would say: which issuer it is, and a title the text itself lacks.
        const r = await importFile(bytes, { file, issuers, issuerId: edition.issuer, ...(edition.titleSupplied ? { title: edition.title } : {}) });
        assert.equal(r.editionFile, `content/editions/${edition.id}.mdx`);
        const again = loadEdition(r.mdx, r.editionFile);
        assert.deepEqual(editionShape(again), editionShape(edition));
        assert.deepEqual(checkEdition(again, r.sourceBytes, bytes).problems, []);
        assert.equal(again.data.source?.original?.format, 'docx');
      });
    }
  }
});
