import { isCJK } from '../../text/cjk.ts';

/**
 * Joins two pieces of one paragraph that a line wrap or page break separated: directly when either
 * side is Chinese (`昂扬奋` + `进的` → `昂扬奋进的`), with one space between two Latin words.
 */
export function joinText(a: string, b: string): string {
  const left = a.trimEnd();
  const right = b.trimStart();
  if (left === '' || right === '') return left + right;
  const l = [...left].at(-1);
  const r = [...right][0];
  return isCJK(l) || isCJK(r) ? left + right : `${left} ${right}`;
}
