/**
 * The words of the 新旧对照表 (also `t.table`): the table page, its PDF and the compare page's printed table.
 * A const of its own, like changesText, so that the compare page's script takes only these into the browser.
 */
export const tableText = {
  /** The page's name, in breadcrumbs and links. */
  title: '新旧对照表',
  heading: (from: number, to: number) => `${to} 年与 ${from} 年要点新旧对照表`,
  description: (older: string, newer: string) => `《${older}》与《${newer}》逐条对照：原文在左，新文在右，删去的文字加删除线，增加的文字加下划线。`,
  /** The printed table's title: the newer edition's title, then 新旧对照表. */
  documentTitle: (newer: string) => `${newer}新旧对照表`,
  /** The table's caption, for screen readers and the screen. */
  caption: (older: string, newer: string) => `《${older}》（原文）与《${newer}》（新文）逐条对照`,
  /** The column heads: which side is which edition. */
  oldColumn: (year: number) => `原文（${year}年版）`,
  newColumn: (year: number) => `新文（${year}年版）`,
  /** How to read the marks; printed above the table, since black-and-white print has no colours to explain. */
  legend: '说明：左栏为原文，右栏为新文，逐条对应，按新文的顺序排列。原文中删去的文字加删除线，新文中增加的文字加下划线；〔新增〕〔删除〕表示该条只见于一方。',
  /** A kind of change as a cell shows it in words: `〔新增〕`, `〔修改〕`. */
  mark: (kind: string) => `〔${kind}〕`,
  /** The change page's link to the table. */
  printTable: '打印对照表',
  printTableLabel: '打印新旧对照表（原文、新文左右对照）',
  downloadPdfLabel: (title: string) => `下载PDF：《${title}》新旧对照表（A4）`,
  downloadName: (title: string) => `${title}新旧对照表`,
  backToChanges: '返回变化页面',
} as const;
