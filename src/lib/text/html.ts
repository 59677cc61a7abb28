/**
 * A tagged template for HTML that escapes every interpolated value, so markup is built from text without
 * a way to forget escaping: `html`<p>${text}</p>``. What `html` returns is Markup, interpolated as it is;
 * arrays are interpolated item after item; `undefined`, `null` and `false` as nothing. No node: imports
 * (the browser's compare page uses it too).
 */
import { escapeMarkup } from './escape.ts';

/** HTML made by `html` (or `join`): trusted, never escaped again. */
export class Markup {
  readonly html: string;
  constructor(html: string) {
    this.html = html;
  }
  toString(): string {
    return this.html;
  }
}

/** What may stand in `${…}`: text and numbers are escaped, Markup is kept. */
export type HtmlValue = Markup | string | number | undefined | null | false | readonly HtmlValue[];

/**
 * Markup from a template, every value escaped.
 *
 * @example html`<a href="${href}">${name}</a>` // with name `乙<b>`: `<a href="/p/b/">乙&lt;b&gt;</a>`
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Markup {
  let out = strings[0]!;
  for (let k = 0; k < values.length; k++) out += markupOf(values[k]) + strings[k + 1]!;
  return new Markup(out);
}

/**
 * The values as one Markup, with a separator between them (escaped unless Markup).
 *
 * @example join(['甲', '乙'], '、') // `甲、乙`
 */
export function join(values: readonly HtmlValue[], separator: HtmlValue): Markup {
  const between = markupOf(separator);
  return new Markup(values.map(markupOf).join(between));
}

function markupOf(value: HtmlValue): string {
  if (value instanceof Markup) return value.html;
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(markupOf).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeMarkup(String(value));
}
