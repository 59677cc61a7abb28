/**
 * The places of an edition where a programme can be named, each with the anchor a citation or link
 * points to: the notice, the title and preamble, section headings and intros (`part-N`), item titles and
 * paragraphs (`item-N`). Built from the Edition model only.
 */
import type { Edition } from '../edition/model.ts';

/** What kind of text a passage is. */
export type PassageKind = 'notice' | 'title' | 'preamble' | 'section-heading' | 'section-intro' | 'item-title' | 'item';

/** One paragraph or heading of an edition, as issued. */
export interface Passage {
  /** Anchor on the edition page: `notice`, `preamble`, `part-2`, `item-14`. */
  anchor: string;
  /** The item's place in the edition, for item titles and paragraphs. */
  item?: number;
  /** How the item is cited: `第14条`, `第二部分第（三）项`. */
  cite?: string;
  kind: PassageKind;
  /** Headings and titles: the caller does not link inside these. */
  heading: boolean;
  text: string;
}

/**
 * Every passage of an edition in reading order. Outline-only parts give their titles (they are issued
 * words too); an item title is its own passage even where the issued layout runs it into the body.
 */
export function editionPassages(edition: Edition): Passage[] {
  const passages: Passage[] = [];
  const n = edition.notice;
  if (n) {
    passages.push({ anchor: 'notice', kind: 'notice', heading: true, text: n.title });
    for (const text of n.body) passages.push({ anchor: 'notice', kind: 'notice', heading: false, text });
  }
  if (!edition.titleSupplied) passages.push({ anchor: 'preamble', kind: 'title', heading: true, text: edition.title });
  for (const p of edition.preamble) passages.push({ anchor: 'preamble', kind: 'preamble', heading: false, text: p.text });
  for (const s of edition.sections) {
    if (s.number > 0) passages.push({ anchor: s.anchor, kind: 'section-heading', heading: true, text: s.heading });
    for (const p of s.intro) passages.push({ anchor: s.anchor, kind: 'section-intro', heading: false, text: p.text });
    for (const it of s.items) {
      passages.push({ anchor: it.anchor, item: it.number, cite: it.cite, kind: 'item-title', heading: true, text: it.title });
      for (const p of it.paragraphs) passages.push({ anchor: it.anchor, item: it.number, cite: it.cite, kind: 'item', heading: false, text: p.text });
    }
  }
  return passages;
}
