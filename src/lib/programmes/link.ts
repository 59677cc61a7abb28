/**
 * Splits a paragraph into plain runs and programme links, for a component to render. The words are
 * not changed: joining the parts' texts gives the paragraph back.
 *
 * Linking rules are the caller's: it passes only paragraphs it wants linked (never headings), and one
 * `linked` set per item (or per part), so that each programme is linked at most once there.
 * @example
 *   const linked = new Set<string>();                      // one per item
 *   for (const p of item.paragraphs) render(linkParts(p.text, matcher.findMentions(p.text), linked));
 */
import type { Matcher, Mention } from './matcher.ts';

/** A run of a paragraph: plain text, or the words of a mention to link to its programme. */
export interface LinkPart {
  text: string;
  /** The programme id to link to; absent for plain text. */
  programme?: string;
}

/**
 * The parts of `text`: each mention of a programme not yet in `linked` becomes a link (and is added to
 * `linked`); later mentions of it stay plain. Mentions must be of this text (as `findMentions` gives
 * them); overlapping ones after the first are ignored.
 */
export function linkParts(text: string, mentions: readonly Mention[], linked: Set<string>): LinkPart[] {
  const parts: LinkPart[] = [];
  let at = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.start < at || linked.has(m.programme)) continue;
    linked.add(m.programme);
    if (m.start > at) parts.push({ text: text.slice(at, m.start) });
    parts.push({ text: text.slice(m.start, m.end), programme: m.programme });
    at = m.end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at) });
  return parts;
}

/** The parts of each paragraph of one item (or part), linking each programme at most once across them. */
export function linkParagraphs(paragraphs: readonly string[], matcher: Matcher): LinkPart[][] {
  const linked = new Set<string>();
  return paragraphs.map((text) => linkParts(text, matcher.findMentions(text), linked));
}
