import { findMarkers, levelDepth, type LevelStyle, type Marker } from '../../text/numbering.ts';
import type { Block } from '../types.ts';
import { headingRunsInto } from './segment.ts';

/** Which numbering level plays which part in an edition. */
export interface Levels {
  /** The level of the sections (部分), when the text has sections. */
  section?: LevelStyle;
  /** The level of the items a reader cites; undefined when the text has no numbered parts at all. */
  item?: LevelStyle;
  /** Items start again at 1 in each section. */
  itemNumbering: 'edition' | 'section';
}

/**
 * Numbers that stand where a new paragraph would: at its start, after white space in a flattened text, or
 * right after a heading that another such number opened (`一、加强政治建设（一）深化…`).
 */
export function firmMarkers(blocks: Block[]): Marker[] {
  return blocks.flatMap((b) => {
    const firm: Marker[] = [];
    for (const m of findMarkers(b.text)) {
      if (m.place === 'start' || m.place === 'space' || (m.place === 'run' && headingRunsInto(b.text, firm.at(-1), m))) firm.push(m);
    }
    return firm;
  });
}

/**
 * Finds the levels a text numbers its parts with, from the numbers themselves (not from line breaks):
 * a level is in use when it counts from 1 (to 2, or under or over another level that does). With two or
 * more levels, the shallowest is the sections' when most of its parts hold parts of the next level;
 * otherwise it is the items' and the deeper levels are sub-points. Items restart in each section when the
 * first item after a later section is numbered 1 again. Numbers at the start of paragraphs (or after a
 * space) decide; only a text with none looks at numbers after `。` or run into a heading.
 * @example chooseLevels(blocks of `一、…` `（一）…` `（二）…` `二、…` `（一）…`) // { section: 'chinese', item: 'paren-chinese', itemNumbering: 'section' }
 */
export function chooseLevels(blocks: Block[]): Levels {
  const found = chooseFrom(firmMarkers(blocks));
  // A text flattened with no spaces at all shows its numbers only after `。` or right after a heading.
  return found.item ? found : chooseFrom(blocks.flatMap((b) => findMarkers(b.text).filter((m) => m.place !== 'list')));
}

function chooseFrom(firm: Marker[]): Levels {
  const has = (style: LevelStyle, n: number) => firm.some((m) => m.style === style && m.number === n);
  const counting = [...new Set(firm.map((m) => m.style))].filter((s) => has(s, 1));
  const used = counting.filter((s) => has(s, 2) || counting.length > 1).sort((a, b) => levelDepth(a) - levelDepth(b));
  if (used.length === 0) return { itemNumbering: 'edition' };
  if (used.length === 1) return { item: used[0], itemNumbering: 'edition' };
  const [top, next] = used as [LevelStyle, LevelStyle];
  const sequence = firm.filter((m) => m.style === top || m.style === next);
  const tops = sequence.filter((m) => m.style === top).length;
  const parents = sequence.filter((m, i) => m.style === top && sequence[i + 1]?.style === next).length;
  if (parents * 2 < tops) return { item: top, itemNumbering: 'edition' };
  return { section: top, item: next, itemNumbering: restartsInSections(sequence, top) ? 'section' : 'edition' };
}

/** Whether a section after items have begun opens with item 1 again. */
function restartsInSections(sequence: Marker[], section: LevelStyle): boolean {
  let items = 0;
  for (let i = 0; i < sequence.length; i++) {
    const m = sequence[i]!;
    if (m.style !== section) {
      items++;
      continue;
    }
    const first = sequence[i + 1];
    if (items > 0 && first && first.style !== section) return first.number === 1;
  }
  return false;
}
