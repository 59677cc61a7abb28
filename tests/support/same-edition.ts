/**
 * Test support: what makes two editions "the same edition" for a round trip (an edition printed, saved or
 * written to .docx and imported again): the notice, the title (and whether it was supplied), every part and
 * item with its number as issued, title and paragraphs, the sub-points, the outline-only, truncation and
 * gap markers, completeness. Provenance (the source file, what the import removed) may differ.
 */
import type { Edition } from '../../src/lib/edition/model.ts';

/** A plain shape of everything a reader sees of an edition, for deepEqual. */
export function editionShape(e: Edition) {
  const paragraphs = (ps: Edition['preamble']) => ps.map((p) => ({ text: p.text, point: p.point?.anchor, gapAfter: Boolean(p.gapAfter) }));
  return {
    title: e.title,
    titleSupplied: e.titleSupplied,
    notice: e.notice && { ...e.notice, date: e.notice.date.toISOString().slice(0, 10) },
    preamble: paragraphs(e.preamble),
    sections: e.sections.map((s) => ({
      heading: s.heading,
      anchor: s.anchor,
      outlineOnly: s.outlineOnly,
      intro: paragraphs(s.intro),
      items: s.items.map((i) => ({ label: i.label, title: i.title, anchor: i.anchor, cite: i.cite, outlineOnly: i.outlineOnly, truncated: i.truncated, paragraphs: paragraphs(i.paragraphs) })),
    })),
    levels: e.levels,
    complete: e.complete,
    gaps: e.gaps,
  };
}
