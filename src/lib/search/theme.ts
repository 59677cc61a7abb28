/**
 * The theme of a section, from its heading, so that search can filter across issuers whose sections are
 * worded differently. Rules are checked in order; the first whose keywords occur in the heading wins.
 * Headings that match no rule get 其他.
 */
export const THEME_RULES: readonly { theme: string; keywords: readonly string[] }[] = [
  { theme: '作风纪律', keywords: ['正风肃纪', '作风', '纪律', '治廉', '廉洁', '反腐'] },
  { theme: '党建业务融合', keywords: ['融合', '服务大局', '高质量发展', '中心大局', '主责主业'] },
  { theme: '主体责任', keywords: ['主体责任', '党建责任', '动力工程'] },
  { theme: '组织建设', keywords: ['组织', '基层', '固本强基', '战斗堡垒', '支部'] },
  { theme: '理论武装', keywords: ['理论武装', '思想根基', '凝心铸魂', '思想铸魂', '全会精神', '重要指示精神'] },
  { theme: '政治建设', keywords: ['政治', '两个维护', '铸魂', '第一方阵'] },
];

/** `四、带头正风肃纪反腐，推动机关强作风…` → 作风纪律. */
export function sectionTheme(heading: string): string {
  return THEME_RULES.find((r) => r.keywords.some((k) => heading.includes(k)))?.theme ?? '其他';
}
