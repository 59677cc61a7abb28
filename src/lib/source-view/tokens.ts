import { escapeMarkup } from '../text/escape.ts';
import { mergeRuns } from '../text/runs.ts';
/** A highlighted piece of source text; `kind` names its role (CSS class `tk-<kind>`), if any. */
export interface SourceToken {
  text: string;
  kind?: TokenKind;
}

export type TokenKind = 'heading' | 'key' | 'string' | 'number' | 'punct' | 'component' | 'marker' | 'comment';

/**
 * The role of a token from its TextMate scopes (innermost last), theme-independent so the page's own CSS
 * colours it and no inline style is needed (the site's Content-Security-Policy allows none).
 */
export function kindOfScopes(scopes: string[]): TokenKind | undefined {
  const s = scopes.join(' ');
  if (/markup\.heading|entity\.name\.section/.test(s)) return 'heading';
  if (/comment/.test(s)) return 'comment';
  if (/entity\.name\.tag\.yaml/.test(s)) return 'key';
  if (/constant\.numeric|constant\.language/.test(s)) return 'number';
  if (/string/.test(s)) return 'string';
  if (/punctuation\.definition\.(heading|list)|punctuation\.separator|punctuation\.definition\.block/.test(s)) return 'marker';
  return undefined;
}

/** `<OutlineOnly />`, `<Truncated />` and `<Gap />` on their own line: the edition markers. */
export const COMPONENT_LINE = /^<(OutlineOnly|Truncated|Gap) \/>$/;

/** Joins neighbouring tokens of the same kind (grammars split words into several). */
export function mergeTokens(line: SourceToken[]): SourceToken[] {
  return mergeRuns(line);
}


/**
 * Lines of tokens → HTML: one `<span class="line">` per line (with `id="L<n>"` when `ids`, so a line can be
 * linked), tokens as classed spans; all text escaped.
 */
export function tokensToHtml(lines: SourceToken[][], { ids = true } = {}): string {
  return lines
    .map((line, i) => {
      const body = mergeTokens(line).map((t) => (t.kind ? `<span class="tk-${t.kind}">${escapeMarkup(t.text)}</span>` : escapeMarkup(t.text))).join('');
      return `<span class="line"${ids ? ` id="L${i + 1}"` : ''}>${body}</span>`;
    })
    // Each line is a block; a newline between them would show as an empty line inside <pre>.
    .join('');
}
