import type { Edition } from '../edition/model.ts';
import { PLACEHOLDER } from '../edition/parse.ts';
import { formatIsoDate } from '../text/date.ts';
import type { DraftEdition } from '../import/draft.ts';
import { renderBody, renderMdx } from '../import/render-mdx.ts';

const TODO = `${PLACEHOLDER}〕`;

/** Replaces the year in a title or notice text: `2026年开平…要点` → `2027年开平…要点`. */
function nextYearText(text: string, from: number, to: number): string {
  return text.replaceAll(`${from}年`, `${to}年`).replaceAll(`〔${from}〕`, `〔${to}〕`);
}

/**
 * A draft for next year's edition, started from the issuer's current one: the same structure (section
 * and item headings, to be rewritten), the notice fields to fill in, every text a 〔待填写〕 placeholder,
 * and `draft: true`. A published edition may not keep placeholders: the build says where they are.
 */
export function newEditionMdx(current: Edition, year: number): string {
  const n = current.notice;
  const frontmatter = {
    issuer: current.issuer,
    year,
    title: nextYearText(current.title, current.year, year),
    itemLayout: current.itemLayout,
    ...(current.data.itemNumbering === 'section' ? { itemNumbering: 'section' } : {}),
    ...(current.data.numberingSkips.length ? { numberingSkips: current.data.numberingSkips } : {}),
    ...(n
      ? {
          notice: {
            banner: n.banner,
            docNumber: `${n.docNumber.replace(/[〔\[［（(]\d{4}[〕\]］）)]\s*\d+\s*号$/u, '')}〔${year}〕0号`,
            title: nextYearText(n.title, current.year, year),
            recipients: n.recipients,
            body: [`${TODO}现将《${nextYearText(current.title, current.year, year)}》印发给你们，请结合实际认真贯彻落实。`],
            signature: n.signature,
            date: formatIsoDate(new Date(Date.UTC(year, 0, 1))),
          },
        }
      : {}),
    draft: true,
  };
  const todo = (text: string) => ({ text: `${TODO}${text}`, line: 0 });
  const draft: DraftEdition = {
    preamble: [todo('总体要求')],
    sections: current.sections.map((s) => ({
      number: s.number,
      marker: s.marker,
      style: s.style,
      title: todo(s.title),
      intro: [],
      items: s.items.map((it) => ({ number: it.issued, marker: it.label, style: it.style, spaced: false, title: todo(it.title), paragraphs: [todo('正文')], separate: true })),
    })),
    itemNumbering: current.data.itemNumbering,
    skips: current.data.numberingSkips,
  };
  return renderMdx(frontmatter, renderBody(draft));
}
