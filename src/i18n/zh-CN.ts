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
  yearFilter: (year: string) => `${year}年`,
  byline: (issuer: string, year: string) => `${issuer} · ${year}年`,
  current: '现行',
  past: '往年',
  outlineOnly: '〔仅见于原文目录〕',
  groupMore: (hits: number) => `本版本另有 ${hits} 处`,
  groupMoreLabel: (edition: string, hits: number) => `${edition}：另有 ${hits} 处，显示全部`,
} as const;

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

/** The compare page's words (also `t.compare`), a const of its own for the page's script like changesText. */
export const compareText = {
  title: '比较任意两个版本',
  description: '选择任意两个发文机关、任意年度的要点，逐条比较新增、删除、修改和调整位置的条目。',
  older: '原版（较早或作为参照）',
  newer: '新版',
  submit: '比较',
  computing: '正在比较…',
  noscript: '比较需要浏览器启用 JavaScript；同一发文机关相邻年度的变化见各版本的“变化”页面。',
  same: '两个版本相同。',
  /** The status line after a comparison: the counts and how long it took. */
  done: (older: string, newer: string, c: Readonly<Record<keyof typeof changesText.kinds, number>>, ms: number) => {
    const k = changesText.kinds;
    return `${older} → ${newer}：${k.added} ${c.added}，${k.dropped} ${c.dropped}，${k.reworded} ${c.reworded}，${k.moved} ${c.moved}，${k.unchanged} ${c.unchanged}，${k.split} ${c.split}，${k.merged} ${c.merged}（用时 ${ms} 毫秒）。`;
  },
  failed: (message: string) => `无法比较：${message}`,
} as const;

/** Every piece of interface text, in one place. Issued text never comes from here. */
export const t = {
  siteName: '要点',
  feedTitle: '要点 · 新印发的党建工作要点',
  draft: '草稿',
  draftNote: '这是草稿：只在开发服务器中显示，不会出现在正式构建、搜索索引、订阅或 PDF 中。',
  viewSource: '查看源文件',
  sourceViewNote: '本页即该版本的 MDX 源文件（行号与构建错误提示中的行号一致）。如何修改，见',
  changes: changesText,
  compare: compareText,
  programmes: {
    title: '重点工作',
    description: '各发文机关历年要点中反复出现的重点工作和品牌，以及它们出现在哪些年份、哪些条目。',
    inEdition: '本版涉及的重点工作',
    category: '类别',
    editions: '版本数',
    issuers: '发文机关数',
    firstYear: '首次出现',
    aliases: '原文写法',
    timeline: '出现情况（年度 × 发文机关）',
    mentions: '各版本中的提及',
    related: '常一同出现的重点工作',
    wordings: '各发文机关的写法',
    none: '暂无版本提及。',
    sortBy: '排序',
    parts: (n: number) => `${n} 处`,
    relatedParts: (parts: number, editions: number) => `${parts} 处同条出现，${editions} 个版本`,
    mentionsMore: (editions: number, mentions: number) => `以上为最近的版本；另有 ${editions} 个版本的 ${mentions} 处提及未逐条列出，可从上表打开各版本，或`,
    searchAll: '在搜索中查看全部',
    timelineMore: (issuers: number) => `本表列出提及最多的发文机关；另有 ${issuers} 个发文机关未列入，见各发文机关页面。`,
  },
  guide: { title: '编辑指南', description: '如何导入收到的要点文本、手工编写或更正版本、添加重点工作、发布网站。' },
  layout: {
    siteNav: '网站',
    compare: '比较',
    breadcrumbs: '位置',
    footer: '文本据各发文机关印发或公开转载的原文导入，字句不改。',
  },
  home: {
    yearCount: (n: number) => `${n} 份`,
  },
  issuerPage: {
    description: (name: string, years: readonly number[]) => `${name}历年党建工作要点：${years.join('、')}年。`,
  },
  edition: {
    /** The page title of an edition that is no longer current. */
    pastTitle: (title: string) => `${title}（往年）`,
    description: (issuer: string, year: number, complete: boolean, sections: number, items: number) => `${issuer}${year}年党建工作要点${complete ? '' : '（节选）'}：${sections} 个部分、${items} 条。`,
    issuerLine: (issuer: string, year: number) => `${issuer} · ${year}年`,
    jumpToTruncation: '跳到中断处',
    currentTitle: (title: string, year: number) => `${title}（${year}）`,
    sourceTitle: (title: string) => `${title} · 查看源文件`,
    sourceDescription: (title: string, file: string) => `${title}的 MDX 源文件（${file}）。`,
    sourceHeading: (file: string) => `查看源文件：${file}`,
  },
  yearPage: {
    title: (year: number) => `${year}年`,
    description: (year: number, n: number) => `${year}年各发文机关的党建工作要点，共 ${n} 份。`,
    changesHeading: (previous: number) => `与 ${previous} 年相比，全站的变化`,
    changesIntro: (year: number, previous: number) => `比较 ${year} 年与 ${previous} 年全部发文机关的要点：哪些重点工作和加引号的提法新出现、不再出现（括号内为提及的版本数）。`,
    programmesAppeared: (n: number) => `新出现的重点工作（${n}）`,
    programmesDisappeared: (n: number) => `不再出现的重点工作（${n}）`,
    termsAppeared: (n: number) => `新出现的提法（${n}）`,
    termsDisappeared: (n: number) => `不再出现的提法（${n}）`,
  },
  programmePage: {
    name: '名称',
    /** Where a mention stands when it is not in an item. */
    mentionIn: { preamble: '总体要求', notice: '通知', intro: '部分引言' },
    cellLabel: (issuer: string, year: number, parts: string) => `${issuer} ${year}年：${parts}`,
    notMentioned: (issuer: string, year: number) => `${issuer} ${year}年未提及`,
  },
  siteTagline: '党建工作要点 · 历年汇编',
  siteDescription: '各级机关工委党建工作要点的历年汇编：阅读现行要点，查阅往年版本，逐条引用。',
  skipToContent: '跳到正文',
  nav: { home: '首页', years: '年度', issuers: '发文机关' },
  current: '现行',
  past: '往年',
  currentEditions: '各发文机关现行要点',
  byYear: '按年度浏览',
  editionsOfYear: (year: number) => `${year}年印发的要点`,
  editionsOfIssuer: '历年要点',
  issuerEditions: (n: number) => `共 ${n} 个年度版本`,
  versions: '其他年度版本',
  toc: '目录',
  notice: '通知',
  noticeDocNumber: '发文字号',
  preamble: '总体要求',
  itemLink: (cite: string) => `${cite}的链接`,
  partLink: (label: string) => `第${label}部分的链接`,
  copyCitation: '复制引用',
  copied: '已复制',
  oldEdition: (year: number) => `这是 ${year} 年的往年版本。`,
  seeCurrent: '现行版本：',
  incomplete: '节选 · 原文不完整',
  incompleteDetail: (cite?: string) =>
    cite ? `本版所据来源文本在${cite}中途中断，其后内容缺失。` : '本版所据来源文本为节选，并非全文。',
  gapMark: '〔此处原文有省略〕',
  truncationMark: '〔原文至此中断〕',
  outlineOnly: '〔仅见于原文目录，正文缺〕',
  titleSupplied: '〔原文无标题，标题为编者所加〕',
  sourceInfo: '来源',
  sourceComplete: '全文',
  items: (n: number) => `${n} 条`,
  sections: (n: number) => `${n} 个部分`,
  notFound: '页面不存在',
  notFoundDetail: '您要找的页面不存在。要点页面的地址一经发布不会改变；请检查地址，或从首页浏览。',
  backHome: '返回首页',
  issuedBy: '发文机关',
  year: '年度',
  allYears: '全部年度',
  search: searchText,
  print: {
    print: '打印',
    printLabel: '打印本版（按公文格式排版）',
    downloadPdf: '下载PDF',
    downloadPdfLabel: (title: string) => `下载PDF：《${title}》（A4，公文格式）`,
    card: {
      site: '要点 · 党建工作要点历年汇编',
      editions: (n: number) => `${n} 个版本`,
      issuers: (n: number) => `${n} 个发文机关`,
      years: (first: number, last: number) => (first === last ? String(first) : `${first}—${last}`),
      yearTitle: (year: number) => `${year}年党建工作要点`,
      homeTitle: '党建工作要点 · 历年汇编',
      programmeKicker: (category: string) => `重点工作 · ${category}`,
      changesTitle: (title: string) => `${title}的变化`,
      comparedWith: (year: number) => `与 ${year} 年版相比`,
    },
  },
} as const;
