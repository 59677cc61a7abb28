import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { indexFilters, parseSearch, readState, searchString, type SearchState } from '../../../src/lib/search/page-state.ts';

const EMPTY: SearchState = { q: '', current: false, sort: '', filters: { issuer: [], year: [], theme: [] } };
const state = (over: Partial<Omit<SearchState, 'filters'>> & { filters?: Partial<SearchState['filters']> } = {}): SearchState => ({
  ...EMPTY,
  ...over,
  filters: { ...EMPTY.filters, ...over.filters },
});

describe('the URL → the page state', () => {
  test('an empty query string is the empty search', () => {
    assert.deepEqual(parseSearch(''), EMPTY);
    assert.deepEqual(parseSearch('?'), EMPTY);
  });
  test('every parameter, with or without the leading ?', () => {
    const s = parseSearch('?q=2025+%E4%B8%9C%E8%8E%9E%20%E4%BD%9C%E9%A3%8E&current=1&sort=year&issuer=市委政研室&year=2025&theme=作风纪律');
    assert.deepEqual(s, { q: '2025 东莞 作风', current: true, sort: 'year', filters: { issuer: ['市委政研室'], year: ['2025'], theme: ['作风纪律'] } });
    assert.deepEqual(parseSearch('q=x&sort=year'), state({ q: 'x', sort: 'year' }));
  });
  test('unknown values fall back to the defaults; unknown parameters are ignored', () => {
    assert.equal(parseSearch('sort=relevance').sort, '');
    assert.equal(parseSearch('sort=YEAR').sort, '');
    assert.equal(parseSearch('current=true').current, false);
    assert.equal(parseSearch('current=0').current, false);
    assert.deepEqual(parseSearch('page=2&status=现行&utm_source=mail'), EMPTY);
  });
  test('a repeated filter keeps every value, in order; a repeated q keeps the first', () => {
    assert.deepEqual(parseSearch('year=2025&issuer=甲&year=2024&year=2025').filters, { issuer: ['甲'], year: ['2025', '2024', '2025'], theme: [] });
    assert.equal(parseSearch('q=一&q=二').q, '一');
  });
  test('an empty q stays empty, and white space is kept as typed', () => {
    assert.equal(parseSearch('q=').q, '');
    assert.equal(parseSearch('q=%20%20').q, '  ');
  });
});

describe('the page state → the URL', () => {
  test('the empty search has no query string', () => assert.equal(searchString(EMPTY), ''));
  test('only what differs from the defaults, in a stable order', () => {
    assert.equal(searchString(state({ sort: 'year' })), '?sort=year');
    assert.equal(searchString(state({ filters: { theme: ['作风纪律'] }, current: true, q: 'x' })), `?q=x&current=1&theme=${encodeURIComponent('作风纪律')}`);
    assert.equal(searchString(parseSearch('theme=T&year=2025&issuer=I&sort=year&current=1&q=x')), '?q=x&current=1&sort=year&issuer=I&year=2025&theme=T');
  });
  test('round trip: state → URL → state', () => {
    const states = [
      EMPTY,
      state({ q: '四强党支部' }),
      state({ q: 'a&b=c d?#%', current: true }),
      state({ q: '2025 东莞 作风', sort: 'year', filters: { issuer: ['市委政研室', '开平市直机关工委'], year: ['2026', '2025'], theme: ['其他'] } }),
    ];
    for (const s of states) assert.deepEqual(parseSearch(searchString(s)), s);
  });
  test('round trip: a written URL reads back to itself', () => {
    for (const url of ['', '?q=x', '?current=1', '?q=%E4%BD%9C%E9%A3%8E&sort=year&year=2025&year=2024']) assert.equal(searchString(parseSearch(url)), url);
  });
});

describe('the form → the page state', () => {
  test('form data reads as the URL does (same names)', () => {
    const data = new FormData();
    data.append('q', '三会一课');
    data.append('current', '1');
    data.append('sort', '');
    data.append('issuer', '市委政研室');
    data.append('year', '2026');
    data.append('year', '2025');
    assert.deepEqual(readState(data), { q: '三会一课', current: true, sort: '', filters: { issuer: ['市委政研室'], year: ['2026', '2025'], theme: [] } });
    assert.deepEqual(readState(data), parseSearch(searchString(readState(data))));
  });
  test('an unticked switch and a missing box are the defaults', () => {
    const data = new FormData();
    data.append('q', '');
    assert.deepEqual(readState(data), EMPTY);
  });
});

describe('the index filters of a search', () => {
  const none = { years: [], issuers: [] };
  test('nothing ticked, no year or issuer in the words: no filters', () => assert.deepEqual(indexFilters(EMPTY, none), {}));
  test('ticked values and the years and issuers the words named, each once', () => {
    const s = state({ current: true, filters: { issuer: ['东莞市直机关工委'], year: ['2024'], theme: ['作风纪律'] } });
    assert.deepEqual(indexFilters(s, { years: ['2025', '2024'], issuers: ['东莞市直机关工委', '市委政研室'] }), {
      issuer: { any: ['东莞市直机关工委', '市委政研室'] },
      year: { any: ['2024', '2025'] },
      theme: { any: ['作风纪律'] },
      status: ['现行'],
    });
  });
  test('a year named only in the words filters by it', () => assert.deepEqual(indexFilters(state({ q: '2025 作风' }), { years: ['2025'], issuers: [] }), { year: { any: ['2025'] } }));
});
