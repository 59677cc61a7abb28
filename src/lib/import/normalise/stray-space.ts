import { isCJK } from '../../text/cjk.ts';
import type { TextFix } from './full-width.ts';

/**
 * Removes spaces that stand between two Chinese characters or marks (`机关 党建` → `机关党建`,
 * `印发 《…》 的通知` → `印发《…》的通知`). Chinese has no spaces between words; such spaces come
 * from line wraps and layout. Spaces beside Latin letters or digits stay.
 */
export function removeStraySpaces(text: string): TextFix {
  let count = 0;
  const out = text.replace(/(?<=(.))[ \t\u3000\u00a0]+(?=(.))/gu, (m, prev: string, next: string) => {
    if (isCJK(prev) && isCJK(next)) {
      count++;
      return '';
    }
    return m;
  });
  return { text: out, count, warnings: [] };
}
