/**
 * Renders cards to PNG with Satori (layout → SVG, text as paths) and resvg (SVG → PNG), keeping each PNG in a
 * content-addressed cache: the key is the card's element tree, the font subsets and the renderer versions, so
 * an unchanged card is copied, not drawn again.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { contentKey, readCached, writeCached } from '../print/cache.ts';
import type { FontSubset, PrintFace } from '../print/fonts.ts';
import { cardImagePath, type Card } from './card.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardLayout } from './layout.ts';

/** What a run did: how many cards were drawn and how many came from the cache, and the drawing time. */
export interface CardRun {
  rendered: number;
  cached: number;
  renderMs: number;
}

/** The versions of the renderers, part of every key (a new Satori may draw differently). */
function rendererVersions(root: string): string {
  const require = createRequire(`${root}/package.json`);
  const version = (name: string) => (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  return `satori@${version('satori')} resvg@${version('@resvg/resvg-js')}`;
}

/** The cache key of one card: its drawn tree, the fonts' keys, the renderers. */
export function cardKey(card: Card, fontKeys: string, renderers: string): string {
  return contentKey('card-v1', renderers, fontKeys, JSON.stringify(cardLayout(card)));
}

/**
 * Writes `og/….png` under `outDir` for every card, drawing only those not in `cacheDir`.
 * `faces` name the fonts Satori may use (the roles' supplied or shipped faces) and `subsets` where their
 * subsets are; a subset's key is part of every card's key, so a newly supplied font redraws the cards.
 */
export async function renderCards(opts: { cards: Card[]; outDir: string; cacheDir: string; root: string; faces: readonly PrintFace[]; subsets: Map<string, FontSubset> }): Promise<CardRun> {
  const { cards, outDir, cacheDir, root, faces, subsets } = opts;
  const fontKeys = faces.map((f) => `${f.family}/${f.weight}/${subsets.get(f.source)!.key}`).join(',');
  const renderers = rendererVersions(root);
  let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
  const run: CardRun = { rendered: 0, cached: 0, renderMs: 0 };
  for (const card of cards) {
    const key = cardKey(card, fontKeys, renderers);
    let png = readCached(cacheDir, key, 'png');
    if (png) run.cached++;
    else {
      fonts ??= faces.map((f) => ({ name: f.family, data: readFileSync(subsets.get(f.source)!.file), weight: f.weight, style: 'normal' }));
      const started = performance.now();
      // Satori's types want a React node; the tree is the same shape without React.
      const svg = await satori(cardLayout(card) as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
      png = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
      run.renderMs += performance.now() - started;
      writeCached(cacheDir, key, 'png', png);
      run.rendered++;
    }
    const file = join(outDir, cardImagePath(card.page));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, png);
  }
  return run;
}
