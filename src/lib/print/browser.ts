/**
 * The Chromium the PDF step prints with: CHROMIUM_PATH, else Debian's /usr/bin/chromium (CI and these machines),
 * else Playwright's own build, fetched once on a machine that has neither (as `npm test` does before its browser
 * tests). Same choice as playwright.config.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Browser } from '@playwright/test';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The executable to launch, or undefined for Playwright's bundled one. */
export function chromiumPath(env: Record<string, string | undefined>, exists: (path: string) => boolean = existsSync): string | undefined {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return exists('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Launches Chromium headless; `log` hears about a first-run download. */
export async function launchChromium(log: (message: string) => void): Promise<Browser> {
  const { chromium } = await import('@playwright/test');
  const executablePath = chromiumPath(process.env);
  if (!executablePath && !existsSync(chromium.executablePath())) {
    log('no Chromium found (CHROMIUM_PATH, /usr/bin/chromium): fetching Playwright\'s Chromium once (or build with SKIP_PDF=1)');
    const r = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('PDFs need Chromium: install Debian\'s chromium, set CHROMIUM_PATH, or build with SKIP_PDF=1');
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
