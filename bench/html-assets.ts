/** What a built page loads besides itself. Pure. */

/**
 * The stylesheets and scripts an HTML page references (`<link rel="stylesheet" href>`,
 * `<link rel="modulepreload" href>`, `<script src>`), in order, without repeats. Fonts, icons and images
 * are not included; neither are inline `<style>` and `<script>`, which are part of the HTML itself.
 */
export function referencedAssets(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<(link|script)\b([^>]*)>/gi)) {
    const attrs = m[2]!;
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs)?.slice(1).find((v) => v !== undefined);
    const url = m[1]!.toLowerCase() === 'script' ? attr('src') : /^(stylesheet|modulepreload)$/i.test(attr('rel') ?? '') ? attr('href') : undefined;
    if (url && !/^[a-z]+:|^\/\//i.test(url) && !found.includes(url)) found.push(url);
  }
  return found;
}
