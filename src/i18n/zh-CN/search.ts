/**
 * The search page's words. A const of its own (and `t.search`) so that the page's script takes these
 * into the browser, not all of `t`.
 */
export const searchText = {
  title: '搜索',
  description: '在全部年度、全部发文机关的党建工作要点中逐条检索。',
  label: '检索词',
  placeholder: '如：四强党支部、第一议题、2025 东莞 作风',
  submit: '搜索',
  filters: '筛选',
  currentOnly: '仅看现行要点',
  sort: '排序',
  sortRelevance: '按相关度',
  sortYear: '按年度（新→旧）',
  more: '显示更多版本',
  countsAreEditions: '各项后的数字为版本数。',
  noscript: '搜索需要浏览器启用 JavaScript；也可以从首页按年度、按发文机关浏览。',
  headerLabel: '搜索要点',
  headerPlaceholder: '搜索要点（按 / 或 Ctrl+K）',
  /** Filter groups, by the index's filter keys. */
  filterLabels: { issuer: '发文机关', year: '年度', status: '状态', theme: '主题' },
  searching: '正在搜索…',
  notFound: (query: string) => `没有找到与“${query}”相符的内容。`,
  /** `byWords`: the query had words to find (not only filters); `applied`: the filters its words set. */
  found: (editions: number, byWords: boolean, applied: readonly string[]) =>
    `在 ${editions} 个版本中找到${byWords ? '相关内容' : '所选内容'}${applied.length ? `（已按 ${applied.join('、')} 筛选）` : ''}。`,
  /** After the count of a large archive's newest years, while its older years are still searched. */
  searchingOlder: '正在检索更早的年份…',
  yearFilter: (year: string) => `${year}年`,
  byline: (issuer: string, year: string) => `${issuer} · ${year}年`,
  current: '现行',
  past: '往年',
  outlineOnly: '〔仅见于原文目录〕',
  groupMore: (hits: number) => `本版本另有 ${hits} 处`,
  groupMoreLabel: (edition: string, hits: number) => `${edition}：另有 ${hits} 处，显示全部`,
} as const;
