import type { Edition } from '../edition/model.ts';
import { linkParagraphs, type LinkPart } from './link.ts';
import type { Matcher } from './matcher.ts';

/** The paragraphs of an edition split into text and programme links, by part. */
export interface EditionLinks {
  preamble: LinkPart[][];
  /** By section number: its intro paragraphs. */
  intros: Map<number, LinkPart[][]>;
  /** By item number: its body paragraphs. */
  items: Map<number, LinkPart[][]>;
}

/**
 * Where an edition's body text links to programme pages: each programme at most once per part (the
 * preamble, a section intro, an item), never in headings or in the notice. Joining a part's texts gives
 * the paragraph back unchanged.
 */
export function editionLinks(edition: Edition, matcher: Matcher): EditionLinks {
  const intros = new Map<number, LinkPart[][]>();
  const items = new Map<number, LinkPart[][]>();
  for (const s of edition.sections) {
    intros.set(s.number, linkParagraphs(s.intro.map((p) => p.text), matcher));
    for (const it of s.items) items.set(it.number, linkParagraphs(it.paragraphs.map((p) => p.text), matcher));
  }
  return { preamble: linkParagraphs(edition.preamble.map((p) => p.text), matcher), intros, items };
}
