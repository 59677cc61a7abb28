/**
 * A card drawn as the element tree Satori takes (`{ type, props: { style, children } }`, no React needed).
 * Pure: the same card gives the same tree, which is also what the render cache is keyed on.
 */
import { t } from '../../i18n/zh-CN.ts';
import { emWidth } from '../print/characters.ts';
import type { Card, CardBadge } from './card.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const PAD = 80;
const INNER = CARD_WIDTH - 2 * PAD;
const RED = '#b8000f';
const INK = '#1c1c1c';
const MUTED = '#5c5c5c';

type Style = Record<string, string | number>;
/** One element of Satori's tree. */
export interface CardNode {
  type: 'div';
  props: { style: Style; children?: (CardNode | string)[] | string };
}

const div = (style: Style, children?: CardNode['props']['children']): CardNode => ({ type: 'div', props: children === undefined ? { style } : { style, children } });

/**
 * The title's size: as large as fits in at most three lines of the card's width, between 44 and 76 px.
 * fitTitle('2026年开平市直机关党建工作要点') → { fontSize: 67, lines: 1 }
 */
export function fitTitle(title: string, width = INNER): { fontSize: number; lines: number } {
  const em = emWidth(title);
  for (const lines of [1, 2, 3]) {
    // A line rarely fills to the last character: keep one em of slack per extra line.
    const size = Math.floor((width * lines) / (em + lines - 1) / 1.02);
    if (size >= 56 || lines === 3) return { fontSize: Math.max(44, Math.min(76, size)), lines };
  }
  return { fontSize: 44, lines: 3 };
}

const tones: Record<CardBadge['tone'], Style> = {
  red: { background: RED, color: '#fff' },
  grey: { background: '#e4e0d8', color: '#3f3b35' },
  amber: { background: '#fff1c2', color: '#5e4300' },
};

/** The element tree for `card`: red top band, issuer and year, a red rule, the title, facts, site name. */
export function cardLayout(card: Card): CardNode {
  const title = fitTitle(card.title);
  const header = div({ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', width: INNER, marginTop: 52 }, [
    div({ fontFamily: 'Serif', fontWeight: 700, fontSize: 34, color: RED, maxWidth: card.year ? INNER - 320 : INNER, lineHeight: 1.3, lineClamp: 2 }, card.kicker),
    ...(card.year ? [div({ fontFamily: 'Serif', fontWeight: 700, fontSize: card.year.length > 5 ? 44 : 60, color: RED, lineHeight: 1, flexShrink: 0 }, card.year)] : []),
  ]);
  const rule = div({ height: 5, background: RED, marginTop: 18, width: INNER });
  const titleBlock = div({ display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, width: INNER }, [
    div({ fontFamily: 'Serif', fontWeight: 700, fontSize: title.fontSize, lineHeight: 1.32, color: INK, lineClamp: 3 }, card.title),
    ...(card.stats.length
      ? [div({ display: 'flex', gap: 48, marginTop: 24 }, card.stats.map((s) => div({ display: 'flex', alignItems: 'baseline', gap: 10 }, [
          div({ fontFamily: 'Serif', fontWeight: 700, fontSize: 56, color: RED }, String(s.value)),
          div({ fontSize: 28, color: MUTED }, s.label),
        ])))]
      : []),
  ]);
  const facts = div({ display: 'flex', alignItems: 'center', gap: 14, width: INNER, fontSize: 28, color: MUTED, lineHeight: 1.4 }, [
    ...card.badges.map((b) => div({ ...tones[b.tone], fontSize: 24, fontWeight: 400, padding: '2px 14px', borderRadius: 6 }, b.text)),
    ...(card.facts.length ? [div({ display: 'flex', maxWidth: INNER - card.badges.length * 110, lineClamp: 1 }, card.facts.join(' · '))] : []),
  ]);
  const footer = div({ display: 'flex', justifyContent: 'space-between', alignItems: 'center', width: INNER, marginTop: 28, marginBottom: 44, paddingTop: 18, borderTop: '1px solid #e3ded6', fontSize: 22, color: MUTED }, [
    div({ display: 'flex', alignItems: 'baseline', gap: 14 }, [
      div({ fontFamily: 'Serif', fontWeight: 700, fontSize: 30, color: RED, letterSpacing: 4 }, t.siteName),
      div({}, t.siteTagline),
    ]),
  ]);
  return div(
    { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', flexDirection: 'column', padding: `0 ${PAD}px`, background: '#fffdf9', borderTop: `16px solid ${RED}`, fontFamily: 'Sans', color: INK },
    [header, rule, titleBlock, facts, footer],
  );
}
