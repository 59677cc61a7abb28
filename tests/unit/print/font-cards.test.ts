import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import type { Card } from '../../../src/lib/og/card.ts';
import { renderCards } from '../../../src/lib/og/render.ts';
import { resolveRoles, type SuppliedFonts } from '../../../src/lib/print/font-roles.ts';
import { subsetFaces } from '../../../src/lib/print/fonts.ts';
import { cacheDir } from '../../../src/lib/print/cache.ts';
import { collectCharacters } from '../../../src/lib/print/characters.ts';

const card: Card = { page: 'demo/2026/', kicker: '某市直机关工委', title: '2026年市直机关党建工作要点', year: '2026', badges: [{ text: '现行', tone: 'red' }], facts: ['2 个部分'], stats: [] };

/** The card drawn with the faces of `supplied`: its PNG and whether it came from the cache. */
async function draw(supplied: SuppliedFonts, cache: string): Promise<{ png: Buffer; cached: number }> {
  const faces = resolveRoles(supplied).flatMap((r) => r.cards);
  const characters = collectCharacters([card.kicker, card.title, ...card.facts, '要点党建工作历年汇编现行个部分条']);
  // The project's font cache: the same small subsets every run, made once.
  const subsets = await subsetFaces(faces, characters, cacheDir(process.cwd(), 'fonts'), process.cwd());
  const out = mkdtempSync(join(tmpdir(), 'yaodian-card-out-'));
  const run = await renderCards({ cards: [card], outDir: out, cacheDir: join(cache, 'cards'), root: process.cwd(), faces, subsets });
  return { png: readFileSync(join(out, 'og', 'demo', '2026.png')), cached: run.cached };
}

describe('social cards with a supplied typeface', () => {
  test('titles are drawn in the supplied 小标宋: another image, not the cached one of the shipped face', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'yaodian-card-cache-'));
    const shipped = await draw({}, cache);
    const supplied = await draw({ xiaobiaosong: resolve('tests/fixtures/fonts/stand-in-xiaobiaosong.woff2') }, cache);
    assert.equal(supplied.cached, 0);
    assert.notDeepEqual(supplied.png, shipped.png);
    assert.equal((await draw({}, cache)).cached, 1);
  });
});
