/**
 * How staff cite an item: `《2026年开平市直机关党建工作要点》第6条`.
 */
export function itemCitation(title: string, item: number): string {
  return `《${title}》第${item}条`;
}
