import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Card } from '../lib/og/card.ts';
import { renderCards } from '../lib/og/render.ts';
import { launchChromium } from '../lib/print/browser.ts';
import { bannerCss } from '../lib/print/banner.ts';
import { writeBuildStats, type PrintBuildStats } from '../lib/print/build-stats.ts';
import { cacheDir, contentKey, writeCached } from '../lib/print/cache.ts';
import { describeRoles, describeWarnings, resolveRoles, type SuppliedFonts } from '../lib/print/font-roles.ts';
import { FontSettingError, readFontSetting, unreadableFont } from '../lib/print/font-setting.ts';
import { FontFileError, fontFaceCss, printFaces, subsetFaces, type FontSubset, type PrintFace } from '../lib/print/fonts.ts';
import { renderPdfs, type PdfJob } from '../lib/print/pdf.ts';
import { siteCharacters } from '../lib/print/site-characters.ts';
import { contentTreeId } from '../lib/incremental/site-memo.ts';
import { paths, withSlash } from '../lib/site/urls.ts';

/** Written by the routes `build-artifacts.json` (the site's cards) and `<issuer>/build-artifacts.json`; read and removed here. */
export const ARTIFACTS_FILE = 'build-artifacts.json';

/** Every artifacts file of a built site, merged; each file is removed once read. */
function takeArtifacts(out: string): { pdfs: PdfJob[]; cards: Card[] } | undefined {
  const files = [join(out, ARTIFACTS_FILE), ...readdirSync(out, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(out, d.name, ARTIFACTS_FILE))].filter((f) => existsSync(f));
  if (files.length === 0) return undefined;
  const all = { pdfs: [] as PdfJob[], cards: [] as Card[] };
  for (const file of files) {
    const { pdfs, cards } = JSON.parse(readFileSync(file, 'utf8')) as { pdfs: PdfJob[]; cards: Card[] };
    all.pdfs.push(...pdfs);
    all.cards.push(...cards);
    rmSync(file);
  }
  return all;
}

/** What print.css `@import`s: the banner sizes (the faces' @font-face rules are a file of their own: paths.printFonts). */
export const PRINT_GENERATED_CSS = '@yaodian/print-generated.css';

/** Writes the print faces' stylesheet and its subset fonts into the built site (`fonts/`). */
function writePrintFonts(out: string, css: string, subsets: Map<string, FontSubset>): void {
  const file = join(out, paths.printFonts());
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, css);
  // The subsets the rules name (not the cards' faces, which only the build reads).
  for (const subset of subsets.values()) if (css.includes(`./${subset.key}.woff2`)) copyFileSync(subset.file, join(dirname(file), `${subset.key}.woff2`));
}

/** A wrong setting is an operator's mistake, not a bug: the reason and the fix, no stack trace, and the build stops. */
function exitWith(error: FontSettingError, logger: AstroIntegrationLogger): never {
  logger.error(error.message);
  process.exit(1);
}

/** The supplied typefaces (YAODIAN_FONT_*). */
function readSettingOrExit(root: string, logger: AstroIntegrationLogger): SuppliedFonts {
  try {
    return readFontSetting(process.env, root);
  } catch (error) {
    if (error instanceof FontSettingError) exitWith(error, logger);
    throw error;
  }
}

const perItem = (ms: number, n: number) => (n ? `, ${Math.round(ms / n)} ms each` : '');

/**
 * Print and social-card artifacts:
 * - at config time, reads the typefaces the organisation supplies (YAODIAN_FONT_*; a wrong one stops the build
 *   with the reason), logs which face serves each role, subsets those faces (or the shipped ones) to the
 *   characters of the content and interface strings (cached by content hash) and points
 *   `@yaodian/print-generated.css` at their @font-face rules (and the banner sizes), which Vite then bundles
 *   with print.css;
 * - at the end of the build, draws every page's social card (og/….png) and prints every edition's PDF
 *   (`<issuer>/<year>.pdf`), each cached by content hash, and logs how many were made and how many reused.
 */
export function printArtifacts(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  let subsets = new Map<string, FontSubset>();
  let cardFaces: PrintFace[] = [];
  let fontsCss = '';
  const stats: PrintBuildStats = { fonts: { characters: 0, made: 0, cached: 0, ms: 0 }, cards: null, pdf: null };
  return {
    name: 'yaodian:print-artifacts',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig, logger }) => {
        root = fileURLToPath(config.root);
        if (command === 'preview') return;
        const started = performance.now();
        const supplied = readSettingOrExit(root, logger);
        const roles = resolveRoles(supplied);
        logger.info(describeRoles(roles));
        const dir = cacheDir(root, 'fonts');
        const contentRoot = process.env.CONTENT_ROOT ?? 'content';
        // Each content tree its own record of its files' characters (a checkout may build several).
        const characters = siteCharacters(root, contentRoot, join(dir, `characters-${contentTreeId(root, contentRoot)}.json`));
        cardFaces = roles.flatMap((r) => r.cards);
        subsets = await subsetFaces([...roles.flatMap((r) => [...r.print, r.fallback]), ...cardFaces], characters, dir, root).catch((error: unknown) => {
          if (error instanceof FontFileError) exitWith(unreadableFont(supplied, error.file, error.reason), logger);
          throw error;
        });
        for (const warning of describeWarnings(roles, (file) => subsets.get(file)!)) logger.warn(warning);
        fontsCss = `${fontFaceCss(printFaces(roles, subsets), (source) => `./${subsets.get(source)!.key}.woff2`)}\n`;
        const css = `@media print {\n${bannerCss()}\n}\n`;
        const cssFile = writeCached(dir, contentKey('print-generated-css', css), 'css', css);
        updateConfig({ vite: { resolve: { alias: [{ find: PRINT_GENERATED_CSS, replacement: cssFile }] } } });
        const made = [...subsets.values()].filter((s) => s.made).length;
        stats.fonts = { characters: [...characters].length, made, cached: subsets.size - made, ms: Math.round(performance.now() - started) };
        logger.info(`fonts: ${stats.fonts.characters} characters; ${made} subset(s) made, ${stats.fonts.cached} from cache (${stats.fonts.ms} ms)`);
      },
      'astro:config:done': ({ config }) => {
        base = withSlash(config.base);
      },
      // The dev server serves the print faces' stylesheet and fonts from memory and the cache.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0]!;
          const fonts = `${base}${paths.printFonts()}`;
          if (path === fonts) {
            res.setHeader('content-type', 'text/css; charset=utf-8');
            res.end(fontsCss);
            return;
          }
          const subset = [...subsets.values()].find((v) => path === `${dirname(fonts)}/${v.key}.woff2`);
          if (!subset) return next();
          res.setHeader('content-type', 'font/woff2');
          res.end(readFileSync(subset.file));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        writePrintFonts(out, fontsCss, subsets);
        const artifacts = takeArtifacts(out);
        if (!artifacts) return;
        const { pdfs, cards } = artifacts;

        if (cards.length === 0) logger.info('cards: skipped (SKIP_CARDS)');
        else {
          const run = await renderCards({ cards, outDir: out, cacheDir: cacheDir(root, 'cards'), root, faces: cardFaces, subsets });
          stats.cards = run;
          logger.info(`cards: ${run.rendered} rendered, ${run.cached} from cache${perItem(run.renderMs, run.rendered)}`);
        }

        if (pdfs.length === 0) logger.info('pdf: skipped (SKIP_PDF)');
        else {
          const run = await renderPdfs({ dir: out, base, jobs: pdfs, cacheDir: cacheDir(root, 'pdf'), browser: () => launchChromium((m) => logger.warn(m)) });
          stats.pdf = run;
          logger.info(`pdf: ${run.rendered} printed, ${run.cached} from cache${perItem(run.renderMs, run.rendered)}`);
        }
        writeBuildStats(cacheDir(root, ''), stats);
      },
    },
  };
}
