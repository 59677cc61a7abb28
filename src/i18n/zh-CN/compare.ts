import { changesText } from './changes.ts';

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
