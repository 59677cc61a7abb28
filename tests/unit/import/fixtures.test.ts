/**
 * One loop over tests/fixtures/import/<case>/: raw.txt (+ options.json) → expected.mdx (+ the warnings
 * printed, expected-warnings.txt), or for cases named error-*, → expected-error.txt (the exact message a
 * person sees). UPDATE=1 rewrites the expected files; review the diff before committing.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadEdition } from '../../../src/lib/edition/load.ts';
import { InputError } from '../../../src/lib/errors.ts';
import { checkEdition } from '../../../src/lib/import/check.ts';
import { importSource } from '../../../src/lib/import/import-source.ts';

const root = 'tests/fixtures/import';
const update = process.env.UPDATE === '1';

for (const name of readdirSync(root).sort()) {
  const dir = join(root, name);
  const file = join(dir, 'raw.txt');
  // Fixtures of received documents (.docx, .pdf, .html) live under formats/ and have tests of their own.
  if (!existsSync(file)) continue;
  const bytes = readFileSync(file);
  const options = existsSync(join(dir, 'options.json')) ? JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) : {};
  test(`import fixture: ${name}`, () => {
    if (name.startsWith('error-')) {
      const expectedFile = join(dir, 'expected-error.txt');
      let message = '';
      try {
        importSource(bytes, { file, issuers: [], ...options });
        assert.fail('the import should have been refused');
      } catch (error) {
        assert.ok(error instanceof InputError, `expected an InputError, got ${error}`);
        message = error.format();
      }
      assert.match(message, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), 'the message names the file');
      assert.match(message, /\n {2}fix: \S/, 'the message says how to fix it');
      if (update) writeFileSync(expectedFile, `${message}\n`);
      assert.equal(message, readFileSync(expectedFile, 'utf8').trimEnd());
      return;
    }
    const result = importSource(bytes, { file, issuers: [], ...options });
    const expectedFile = join(dir, 'expected.mdx');
    if (update) writeFileSync(expectedFile, result.mdx);
    assert.equal(result.mdx, readFileSync(expectedFile, 'utf8'));
    // What the importer warns about (skipped numbers, titles it supplied …) is part of the expected result.
    const warningsFile = join(dir, 'expected-warnings.txt');
    const warnings = result.warnings.map((w) => `${w}\n`).join('');
    if (update && warnings) writeFileSync(warningsFile, warnings);
    if (update && !warnings) rmSync(warningsFile, { force: true });
    assert.equal(warnings, existsSync(warningsFile) ? readFileSync(warningsFile, 'utf8') : '');
    // Every fixture's MDX parses and reproduces its source.
    const report = checkEdition(loadEdition(result.mdx, expectedFile), bytes);
    assert.deepEqual(report.problems, []);
  });
}
