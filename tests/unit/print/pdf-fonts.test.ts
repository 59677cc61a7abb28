import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { drawnCharacters, findPhrase, fontsAlong, type FontRun } from '../../../src/lib/print/pdf-fonts.ts';

const runs: FontRun[] = [
  { font: 'NotoSansSC-Black', text: '2026年要点', type3: false },
  { font: 'DroidSansFallback', text: '开展警示教育，', type3: false },
  { font: 'NotoSerifSC-Regular', text: '筑', type3: false },
  { font: 'DroidSansFallback', text: '牢拒腐\n防变', type3: false },
];
const chars = drawnCharacters(runs);

describe('fontsAlong', () => {
  test('each character of a phrase with its font, across runs and line breaks', () => {
    assert.deepEqual(fontsAlong(chars, '筑牢拒腐防变')?.map((c) => `${c.ch}:${c.font}`), ['筑:NotoSerifSC-Regular', '牢:DroidSansFallback', '拒:DroidSansFallback', '腐:DroidSansFallback', '防:DroidSansFallback', '变:DroidSansFallback']);
    assert.deepEqual(fontsAlong(chars, '要 点')?.map((c) => c.font), ['NotoSansSC-Black', 'NotoSansSC-Black']);
  });
  test('white space is not drawn text', () => {
    assert.equal(chars.length, 20);
    assert.equal(findPhrase(chars, '腐防'), 17);
  });
  test('a phrase that is not drawn is undefined; an empty one is empty', () => {
    assert.equal(fontsAlong(chars, '三会一课'), undefined);
    assert.deepEqual(fontsAlong(chars, ' '), []);
  });
});
