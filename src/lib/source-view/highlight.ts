import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHighlighter, type Highlighter } from 'shiki';
import { COMPONENT_LINE, kindOfScopes, tokensToHtml, type SourceToken } from './tokens.ts';

let highlighter: Promise<Highlighter> | undefined;
const CACHE = join('node_modules', '.cache', 'yaodian', 'source-view');

type Lang = 'yaml' | 'markdown' | 'shellscript';

function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: ['github-light'], langs: ['yaml', 'markdown', 'shellscript'] });
  return highlighter;
}

function tokenize(h: Highlighter, code: string, lang: Lang): SourceToken[][] {
  const { tokens } = h.codeToTokens(code, { lang, theme: 'github-light', includeExplanation: true });
  return tokens.map((line) => {
    const text = line.map((t) => t.content).join('');
    if (lang === 'markdown' && COMPONENT_LINE.test(text)) return [{ text, kind: 'component' as const }];
    return line.flatMap((t) => (t.explanation ?? [{ content: t.content, scopes: [] }]).map((e) => ({ text: e.content, kind: kindOfScopes(e.scopes.map((s) => s.scopeName)) })));
  });
}

/**
 * An edition's MDX as highlighted HTML lines (numbered `L1`, `L2` … like the file, so an error's
 * `file:line` can be found): frontmatter by Shiki's YAML grammar, the body by its Markdown grammar, the
 * edition markers as components. Cached on disk by the text's sha256, so an unchanged edition costs nothing.
 */
export async function highlightEditionSource(text: string): Promise<string> {
  const key = createHash('sha256').update(text).digest('hex');
  const cached = join(CACHE, `${key}.html`);
  if (existsSync(cached)) return readFileSync(cached, 'utf8');
  const h = await getHighlighter();
  const html = tokensToHtml(tokenizeMdx(h, text));
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(cached, html);
  return html;
}

/** An MDX file's lines: frontmatter as YAML, body as Markdown, edition markers as components. */
function tokenizeMdx(h: Highlighter, text: string): SourceToken[][] {
  const m = /^(---\r?\n)([\s\S]*?\r?\n)(---\r?\n)/.exec(text);
  const lines: SourceToken[][] = [];
  let body = text;
  if (m) {
    lines.push([{ text: '---', kind: 'marker' }], ...tokenize(h, m[2]!.replace(/\r?\n$/, ''), 'yaml'), [{ text: '---', kind: 'marker' }]);
    body = text.slice(m[0].length);
  }
  lines.push(...tokenize(h, body.replace(/\n$/, ''), 'markdown'));
  return lines;
}

/** A snippet for the guide, highlighted the same way (`mdx`, `yaml` or `sh`). */
export async function highlightSnippet(code: string, lang: 'mdx' | 'yaml' | 'sh'): Promise<string> {
  const h = await getHighlighter();
  const lines = lang === 'mdx' ? tokenizeMdx(h, code.replace(/\n$/, '')) : tokenize(h, code.replace(/\n$/, ''), lang === 'sh' ? 'shellscript' : 'yaml');
  return tokensToHtml(lines, { ids: false });
}
