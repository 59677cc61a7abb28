/**
 * The one Chinese word segmenter: ICU's (`Intl.Segmenter('zh', { granularity: 'word' })`), which Node and the
 * browsers ship, so that the build, the change pages and the browser's search cut words alike. Making it loads
 * ICU's dictionary (~15 ms), so it is made once per process, on first use.
 */
let segmenter: Intl.Segmenter | undefined;

export function zhSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}

/** The words of a text (word-like segments only, in order). */
export function zhWords(text: string): string[] {
  return [...zhSegmenter().segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}
