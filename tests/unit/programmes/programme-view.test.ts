import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MentionRef } from '../../../src/lib/programmes/mentions.ts';
import { listMentionGroups, mentionsByEdition, programmeTimeline, timelineRows } from '../../../src/lib/programmes/programme-view.ts';

const ref = (issuer: string, year: number, anchor: string): MentionRef => ({ issuer, year, edition: `${issuer}/${year}`, anchor }) as unknown as MentionRef;

test('mentions grouped by edition, newest first; the list stops at its budget (at least one edition), the rest counted', () => {
  const refs = [ref('a', 2024, 'item-1'), ref('a', 2026, 'item-1'), ref('a', 2026, 'item-2'), ref('b', 2025, 'item-3'), ref('b', 2026, 'item-4')];
  const groups = mentionsByEdition(refs);
  assert.deepEqual(groups.map((g) => [g.edition, g.refs.length]), [['a/2026', 2], ['b/2026', 1], ['b/2025', 1], ['a/2024', 1]]);
  assert.deepEqual(listMentionGroups(groups, 3).shown.map((g) => g.edition), ['a/2026', 'b/2026']);
  assert.deepEqual({ ...listMentionGroups(groups, 3), shown: undefined }, { shown: undefined, rest: 2, restMentions: 2 });
  assert.deepEqual(listMentionGroups(groups, 1).shown.map((g) => g.edition), ['a/2026'], 'one edition even above the budget');
  assert.equal(listMentionGroups(groups, 100).rest, 0);
  assert.deepEqual(listMentionGroups([], 10), { shown: [], rest: 0, restMentions: 0 });
});

test('timeline rows: all issuers when few; else those naming it most, in the timeline order, the others counted', () => {
  const refs = [ref('c', 2026, 'x'), ref('c', 2025, 'x'), ref('a', 2026, 'x'), ref('d', 2026, 'x'), ref('d', 2025, 'x'), ref('d', 2024, 'x')];
  const timeline = programmeTimeline(refs, [2024, 2025, 2026], ['a', 'b', 'c', 'd', 'e']);
  assert.deepEqual(timeline.issuers, ['a', 'c', 'd', 'b', 'e']);
  assert.deepEqual(timelineRows(timeline, 10), { shown: ['a', 'c', 'd', 'b', 'e'], rest: 0 });
  assert.deepEqual(timelineRows(timeline, 2), { shown: ['c', 'd'], rest: 3 });
});
