import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addCounts, filterLookup, filterTable, type FilterCounts } from '../../../src/lib/search/filter-table.ts';

describe('filter tables', () => {
  const editions = [
    { id: 'zh_a', filters: { year: ['2026'], issuer: ['甲'], theme: ['政治建设', '通知'], status: ['现行'] } },
    { id: 'zh_b', filters: { year: ['2025'], issuer: ['甲'], theme: ['政治建设'], status: ['往年'] } },
    { id: 'zh_c', filters: { year: ['2026'], issuer: ['乙'], theme: [], status: ['现行'] } },
  ];
  test('one row an edition: its id and its values’ indexes, filter by filter', () => {
    const t = filterTable(editions);
    assert.deepEqual(t.keys, ['issuer', 'status', 'theme', 'year']);
    assert.deepEqual(t.values, { issuer: ['甲', '乙'], status: ['现行', '往年'], theme: ['政治建设', '通知'], year: ['2026', '2025'] });
    assert.deepEqual(t.rows, ['zh_a 0 0 0.1 0', 'zh_b 0 1 0 1', 'zh_c 1 0  0']);
  });
  test('looked up by id, each edition’s filters back; counted as Pagefind counts them', () => {
    const lookup = filterLookup([filterTable(editions)]);
    for (const e of editions) assert.deepEqual(lookup.get(e.id), Object.fromEntries(Object.entries(e.filters).sort()));
    const counts: FilterCounts = {};
    for (const id of ['zh_a', 'zh_b']) addCounts(counts, lookup.get(id)!);
    assert.deepEqual(counts, { issuer: { 甲: 2 }, status: { 现行: 1, 往年: 1 }, theme: { 政治建设: 2, 通知: 1 }, year: { '2026': 1, '2025': 1 } });
  });
  test('an id in two shards’ tables is not trusted: undefined, so the page reads that record', () => {
    const lookup = filterLookup([filterTable(editions.slice(0, 2)), filterTable([{ id: 'zh_b', filters: { year: ['2017'] } }])]);
    assert.equal(lookup.has('zh_b'), true);
    assert.equal(lookup.get('zh_b'), undefined);
    assert.deepEqual(lookup.get('zh_a')!.year, ['2026']);
  });
});
