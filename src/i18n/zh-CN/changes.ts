/**
 * The words of the change pages and of every change view (also `t.changes`). A const of its own so that the
 * compare page's script takes these into the browser, not all of `t`.
 */
export const changesText = {
  title: '变化',
  heading: (from: number, to: number) => `${to} 年与 ${from} 年要点的变化`,
  description: (from: number, to: number, added: number, dropped: number, reworded: number) => `${to} 年版与 ${from} 年版相比：新增 ${added} 条，删除 ${dropped} 条，修改 ${reworded} 条。`,
  from: '原版',
  to: '新版',
  compareOther: '比较其他版本',
  withPrevious: (year: number) => `与 ${year} 年版比较`,
  withNext: (year: number) => `${year} 年版的变化`,
  /** The kinds of change, as entries, table columns and social cards label them. */
  kinds: { added: '新增', dropped: '删除', reworded: '修改', moved: '调整位置', unchanged: '未变', split: '拆分', merged: '合并' },
  /** Links to an item of either edition, from its cite (`第6条`, `第二部分第（三）项`). */
  newerItem: (cite: string) => `新版${cite}`,
  olderItem: (cite: string) => `原${cite}`,
  /** Between the links of one entry. */
  linkSeparator: ' · ',
  /** Between the links of a list (unchanged items, programmes). */
  listSeparator: '、',
  /** After an unchanged item that was renumbered: its old cite. */
  formerly: (cite: string) => `（原${cite}）`,
  sectionChanged: '移至其他部分',
  renumbered: '序号变化',
  uncertain: '对应内容可能在未收录的部分',
  notes: (notes: readonly string[]) => `（${notes.join('；')}）`,
  sideBySide: '左右对照',
  oldText: '原文',
  newText: '新文',
  summary: '变化汇总',
  section: '部分',
  total: '合计',
  /** A section issued without a heading. */
  untitledSection: '（未分部分）',
  /** The group of dropped items whose old section has no counterpart. */
  formerSections: '原有部分（新版无对应部分）',
  programmes: '重点工作的变化',
  programmesAdded: '新提及：',
  programmesRemoved: '不再提及：',
  none: '无',
  incompleteSource: (titles: readonly string[]) => `${titles.map((title) => `《${title}》`).join('、')}所据原文不完整：“删除”“新增”可能只是未收录的部分。`,
} as const;
