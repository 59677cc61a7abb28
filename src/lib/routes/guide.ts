import { t } from '../../i18n/zh-CN.ts';
import type { Head } from './common.ts';

/** A code example of the guide: the text, its language for highlighting, and what it is (for screen readers). */
export interface Snippet {
  code: string;
  lang: 'mdx' | 'yaml' | 'sh';
  label: string;
}

/** The guide's examples, by name, as the guide shows them. */
export const GUIDE_SNIPPETS = {
  importCmd: { code: `npm run import -- 收到的要点.docx                       # Word 文件、PDF、网页、文本均可
npm run import -- 收到的文件夹/                          # 一次导入文件夹中的全部文件
npm run import -- 收到的要点.pdf --dry-run              # 只看识别结果，不写入任何文件
npm run import -- 收到的要点.txt --issuer-id dongguan-szjggw --year 2026   # 自动识别有误时指定
npm run import -- --check                               # 核对全部版本与原文一致
npm run import -- --help                                # 全部选项`, lang: 'sh', label: '导入命令' },
  edition: { code: `---
issuer: kaiping-szjggw          # 发文机关的编号（content/issuers/ 下的文件名）
year: 2026
title: 2026年开平市直机关党建工作要点
itemLayout: run-in              # run-in：标题与正文连排；separate：标题单独成行
notice:                          # 印发通知；没有通知的版本删去这一段
  banner: 中共开平市直属机关工作委员会文件
  docNumber: 开直工委通〔2026〕6号
  title: 关于印发《2026年开平市直机关党建工作要点》的通知
  recipients: 市直机关各单位党组织：
  body:
    - 现将《2026年开平市直机关党建工作要点》印发给你们，请结合实际认真贯彻落实。
  signature: 中共开平市直属机关工作委员会
  date: 2026-05-07
---

2026年是中国共产党成立105周年……（总体要求）

## 一、深化“铸魂工程”，强化政治引领、筑牢思想根基

### 1. 深化政治机关建设。

推动理想信念、对党忠诚、政治机关意识教育向基层延伸……
`, lang: 'mdx', label: '版本文件示例' },
  levels: { code: `---
…
itemNumbering: section          # 条目在每个部分内重新编号（（一）（二）……）
---

## 一、坚持以党的政治建设为统领

### （一）深化政治机关建设

1.健全落实机制。完善督查问责机制，重点做好以下工作：

（1）建立落实台账；

（2）开展专项督查。

## 二、持续加强机关基层组织建设

### （一）深化“四强”党支部创建。

评定命名一批“四强”党支部……`, lang: 'mdx', label: '四级序号的写法' },
  markers: { code: `### 11.完善基层工作保障机制

加大对基层党建工作的投入……规范活动场所设置，完

<Truncated />

### 12.深化基层治理党建引领

<OutlineOnly />`, lang: 'mdx', label: '原文中断与仅见于目录的条目' },
  gap: { code: `推动政治机关意识教育向基层延伸，持续深化模范机关

<Gap />

，推动学习成果转化。`, lang: 'mdx', label: '原文有省略' },
  escapes: { code: `文中确需出现的符号要加反斜杠：\\{ \\} \\< \\> \\*`, lang: 'mdx', label: '转义写法' },
  newCmd: { code: `npm run new -- kaiping-szjggw 2027     # 以现行版本为模板，生成 2027 年草稿
npm run dev                             # 本机预览（草稿带“草稿”标记）`, lang: 'sh', label: '新建版本命令' },
  programme: { code: `---
name: “四强”党支部
aliases: [四强党支部, 四强支部, 红岩先锋·四强支部]
category: 组织建设
---
以政治功能强、支部班子强、党员队伍强、作用发挥强为标准建设的党支部。`, lang: 'mdx', label: '重点工作文件示例' },
  publish: { code: `npm install && npm test                              # 全部检查通过后再发布
BASE_PATH=/dangjian/yaodian/ npm run build             # 生成 dist/
# 把 dist/ 复制到内网服务器对应目录（见 README 的部署一节）`, lang: 'sh', label: '发布命令' },
} satisfies Record<string, Snippet>;

/** The editors' guide: its head and title (its heading stands inside the guide's article); its examples are GUIDE_SNIPPETS, highlighted by the page's loader. */
export function guideRoute(): { head: Head; title: string } {
  return { head: { title: t.guide.title, description: t.guide.description }, title: t.guide.title };
}
