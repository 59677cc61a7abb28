/**
 * Test support for change sets: the fixture editions, loaded (tests/fixtures/content/, frozen), and a change
 * set written as short lines a test can compare exactly. Edited copies are made with the MDX edits of
 * bench/change-pairs.ts (drop, insert, move, split, merge, renumber an item), which the benchmark's pairs use
 * too; every copy is loaded by loadEdition, so only the real parser builds Edition objects.
 */
import { dropItem, editionMdx, insertBefore, itemBlock, load, mergeWithNext, moveItem, renumber, replaceOnce, setYear, splitItem } from '../../../bench/change-pairs.ts';
import type { ChangeSet, ItemPair } from '../../../src/lib/changes/change-set.ts';
import type { Edition } from '../../../src/lib/edition/model.ts';
import { FIXTURE } from '../../support/fixture-content.ts';

/** The MDX text of a fixture edition (`dongguan-szjggw/2025`). */
export function fixtureMdx(id: string): string {
  return editionMdx(id, FIXTURE.root);
}

/** A fixture edition, loaded. */
export function committed(id: string): Edition {
  return load(fixtureMdx(id), id);
}

/** A pair as a line: `4→4 reworded`, `12→18 moved`, with `(title)` or `(prefix)` when not compared on full texts. */
function pairLine(p: ItemPair): string {
  return `${p.older.number}→${p.newer.number} ${p.kind}${p.basis === 'text' ? '' : ` (${p.basis})`}`;
}

/** A change set as lines: pairs in newer order, then splits, merges, dropped and added (`?`: uncertain). */
export function describe(set: ChangeSet): string[] {
  return [
    ...set.pairs.map(pairLine),
    ...set.split.map((s) => `split ${s.older.number}→${s.newer.map((r) => r.number).join('+')}`),
    ...set.merged.map((m) => `merge ${m.older.map((r) => r.number).join('+')}→${m.newer.number}`),
    ...set.dropped.map((d) => `dropped ${d.item.number}${d.uncertain ? '?' : ''}`),
    ...set.added.map((d) => `added ${d.item.number}${d.uncertain ? '?' : ''}`),
  ];
}

/** The place of the item whose heading starts with `title` in an MDX text. */
export function numberOf(mdx: string, title: string): number {
  const m = new RegExp(`^### (\\d+)[.．、]\\s*${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm').exec(mdx);
  if (!m) throw new Error(`no item titled ${title}`);
  return Number(m[1]);
}

export const SPLIT_TITLE = '培育积极健康的党内政治文化。';
export const DROPPED = '严格落实意识形态工作责任制。';

/**
 * Five years of one issuer's MDX, made from a real fixture edition (东莞 2025) by editing it year after year:
 *   2020 the edition as issued;
 *   2021 item 1 split in two, 4 reworded, 12 moved to the last section;
 *   2022 6 (意识形态工作责任制) dropped, 18 and 19 merged;
 *   2023 one item of 开平 2026 added;
 *   2024 the item dropped in 2022 back, word for word.
 */
export function knownHistory(): Map<number, string> {
  const years = new Map<number, string>();
  let m = setYear(fixtureMdx(`dongguan-szjggw/2025`), 2020);
  years.set(2020, m);
  const droppedBlock = itemBlock(m, numberOf(m, DROPPED));

  m = splitItem(m, 1, SPLIT_TITLE);
  m = replaceOnce(m, '加强与高校、省委党校和市委党校交流合作', '深化与高校、党校交流合作');
  m = moveItem(m, numberOf(m, '不断激发干事创业精气神。'), undefined);
  m = renumber(setYear(m, 2021));
  years.set(2021, m);

  m = dropItem(m, numberOf(m, DROPPED));
  m = renumber(m);
  m = renumber(mergeWithNext(m, numberOf(m, '深入推进机关党建法规制度建设。')));
  m = setYear(m, 2022);
  years.set(2022, m);

  m = insertBefore(m, '## 四、', itemBlock(fixtureMdx('kaiping-szjggw/2026'), 8));
  m = renumber(setYear(m, 2023));
  years.set(2023, m);

  m = renumber(setYear(insertBefore(m, '## 三、', droppedBlock), 2024));
  years.set(2024, m);
  return years;
}
