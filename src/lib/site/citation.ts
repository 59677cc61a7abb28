/**
 * How staff cite an item: `《2026年开平市直机关党建工作要点》第6条`, or, where items are numbered afresh in each
 * section, `《…》第二部分第（三）项`. `cite` is the item's own part (`Item.cite`).
 */
export function itemCitation(title: string, cite: string): string {
  return `《${title}》${cite}`;
}
