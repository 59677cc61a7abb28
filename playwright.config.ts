import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { findNginx } from './tests/e2e/support/nginx.ts';

/**
 * End-to-end tests against the built site, served by a plain static server at the root (dist/), under a base
 * path (dist-base/, built with BASE_PATH=/dangjian/yaodian/; which server, see below), and against the fixture
 * site (dist-fixture/, tests/fixtures/site/: editions of every numbering shape) for the specs under
 * tests/e2e/fixture-site/.
 * `npm test` builds all three first.
 *
 * The `nginx` project runs the same tests against dist-base/ served by a real nginx with deploy/nginx.conf (CSP
 * and all), plus deploy.spec.ts. It replaces the `base-path` project (the same build under the same base path,
 * served by the plain static server), which would test nothing more and cost CI about three minutes; without an
 * nginx binary (NGINX_PATH, PATH or /usr/sbin) the `base-path` project runs instead, with a message, except
 * under CI=true, where a missing nginx is an error.
 *
 * Browser: Debian's Chromium when it is installed (CI and these machines cannot download Playwright's
 * browsers), or CHROMIUM_PATH; otherwise Playwright's bundled Chromium on an ordinary developer machine.
 */
const systemChromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
export const BASE_PATH = '/dangjian/yaodian/';
/** Specs that test the fixture site (dist-fixture/, built from tests/fixtures/site/content) rather than the real one. */
const FIXTURE_SITE = /fixture-site\/.*\.spec\.ts$/;
const nginx = findNginx();
/**
 * Where the three builds are and which ports serve them: by default dist/, dist-base/, dist-fixture/ on
 * 4400–4403. E2E_DIST_SUFFIX=-x tests dist-x/, dist-base-x/, dist-fixture-x/ and E2E_PORT=4500 moves the ports,
 * so that two checkouts' worth of builds can be tested side by side on one machine.
 */
const suffix = process.env.E2E_DIST_SUFFIX ?? '';
const port = (n: number) => Number(process.env.E2E_PORT ?? 4400) + n;
if (!nginx && process.env.CI) throw new Error('nginx not found: CI must run the nginx project (apt-get install nginx, or set NGINX_PATH)');
if (!nginx && !process.env.TEST_WORKER_INDEX) console.warn('nginx not found (install it, or set NGINX_PATH): the base path is tested with the plain static server instead (base-path project)');
/** The build under the base path, and what serves it: nginx where there is one, else the plain static server. */
const underBasePath = nginx
  ? { name: 'nginx', port: port(2), server: { command: `node tests/e2e/support/nginx.ts --dir dist-base${suffix} --port ${port(2)} --base ${BASE_PATH}`, gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5000 } } }
  : { name: 'base-path', port: port(1), server: { command: `node scripts/serve.ts --dir dist-base${suffix} --port ${port(1)} --base ${BASE_PATH}` } };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    locale: 'zh-CN',
    launchOptions: {
      executablePath: systemChromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'root', testIgnore: FIXTURE_SITE, use: { baseURL: `http://127.0.0.1:${port(0)}/` } },
    { name: underBasePath.name, testIgnore: FIXTURE_SITE, use: { baseURL: `http://127.0.0.1:${underBasePath.port}${BASE_PATH}` } },
    // The fixture site (tests/fixtures/site/): editions of known shapes, for the tests that need them.
    { name: 'fixture', testMatch: FIXTURE_SITE, use: { baseURL: `http://127.0.0.1:${port(3)}/` } },
  ],
  webServer: [
    { command: `node scripts/serve.ts --dir dist${suffix} --port ${port(0)} --base /`, url: `http://127.0.0.1:${port(0)}/`, reuseExistingServer: false },
    { command: `node scripts/serve.ts --dir dist-fixture${suffix} --port ${port(3)} --base /`, url: `http://127.0.0.1:${port(3)}/`, reuseExistingServer: false },
    { ...underBasePath.server, url: `http://127.0.0.1:${underBasePath.port}${BASE_PATH}`, reuseExistingServer: false },
  ],
});
