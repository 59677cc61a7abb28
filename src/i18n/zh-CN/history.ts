/**
 * The words of the item-history pages and of the edition pages' links to them (also `t.history`). A const of
 * its own so that the history page's script takes these into the browser, not all of `t`.
 */
export const historyText = {
  title: '条目沿革',
  heading: (issuer: string) => `${issuer}党建工作要点条目沿革`,
  description: (issuer: string, from: number, to: number, lineages: number) =>
    `${issuer}${from}—${to}年党建工作要点各条目的来龙去脉：何年列入，何年修改、调整位置、拆分、合并、删除或恢复（共 ${lineages} 条线索）。`,
  intro: '每条线索是一项工作在历年要点中的延续：逐年列出当年的序号和标题，以及与上一年相比的变化；未列入的年份也列出。拆分、合并的条目两支同列。点“差异”看逐字变化。',
  /** The lineages list's parts. */
  currentHeading: (year: number) => `${year}年要点中的条目`,
  pastHeading: '已不在现行要点中的条目',
  /** How an item came to stand in its year. */
  kinds: { first: '本库最早版本', new: '新增', readded: '恢复', unchanged: '未变', reworded: '修改', moved: '调整位置', split: '拆分', merged: '合并' },
  /** Why a year has no item of the lineage. */
  absence: { dropped: '删除', absent: '未列入', uncertain: '原文不完整，未见该条', 'no-edition': '本库无该年要点' },
  /** Notes after a kind. */
  fromItems: (refs: readonly string[]) => `由${refs.join('、')}`,
  itemRef: (year: number, cite: string) => `${year}年${cite}`,
  renumbered: '序号变化',
  sectionChanged: '移至其他部分',
  uncertainNew: '上一年原文不完整，可能早已列入',
  columns: { year: '年份', number: '序号', title: '标题', change: '与上一年相比' },
  years: (from: number, to: number) => (from === to ? `${from}` : `${from}—${to}`),
  /** A lineage's state under its heading. */
  status: (first: number, last: number, current: boolean) => (current ? `${first}年起列入，现行要点仍有` : first === last ? `仅见于${first}年` : `${first}—${last}年列入`),
  branches: '含拆分或合并',
  gaps: (runs: readonly string[]) => `其间${runs.join('、')}年未列入`,
  /** An item issued without a title. */
  untitled: (cite: string) => `${cite}（无标题）`,
  showDiff: '差异',
  showDiffLabel: (year: number) => `显示${year}年与上一年的逐字差异`,
  hideDiff: '收起',
  loading: '正在比较…',
  failed: (message: string) => `无法显示差异：${message}`,
  /** Edition pages: each item's link to its lineage, and what it is this year. */
  itemLink: '历年沿革',
  itemLinkLabel: (cite: string) => `${cite}的历年沿革`,
  itemNew: '本年新增',
  itemReadded: (year: number) => `恢复${year}年曾有的条目`,
  card: { facts: (lineages: number, current: number) => `${lineages} 条线索 · 现行要点 ${current} 条` },
  /** Issuer pages: the overview table. */
  overview: {
    heading: '历年条目变化',
    caption: '每年要点与上一年相比：条目延续、修改、新增和删除的条数（拆分、合并按次计）',
    year: '年份',
    items: '条目',
    readded: (n: number) => `（含恢复 ${n}）`,
    changes: '变化页',
    changesLabel: (year: number) => `${year}年的变化`,
    first: '本库最早版本',
    all: '查看全部条目沿革',
  },
} as const;
