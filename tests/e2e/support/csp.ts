import { test as base, expect } from '@playwright/test';

/** What Chromium writes to the console when a Content-Security-Policy blocks something, and Pagefind's own
 * warning when its worker (which needs 'wasm-unsafe-eval' too) fails and it falls back to the main thread. */
const CSP_MESSAGE = /Content[- ]Security[- ]Policy|wasm-(unsafe-)?eval|falling back to main thread/i;

/**
 * Every test fails if Chromium reports a CSP violation: a `securitypolicyviolation` event in the page, or a
 * CSP message on the console of the page or of its workers. Under a server that sends no policy (the root
 * and base-path projects) there is nothing to report; under nginx (deploy/nginx.conf) every smoke test is
 * also a CSP test. `cspViolations` lists what has been reported so far.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ page }, use) => {
      const found: string[] = [];
      await page.exposeBinding('__yaodianCspViolation', (_source, report: string) => void found.push(report));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __yaodianCspViolation: (r: string) => void }).__yaodianCspViolation;
          report(`${location.href}: ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || '?'}:${e.lineNumber}`);
        });
      });
      const onConsole = (where: string) => (m: { text(): string; type(): string }) => {
        if (CSP_MESSAGE.test(m.text())) found.push(`${where} console ${m.type()}: ${m.text()}`);
      };
      page.on('console', onConsole('page'));
      page.on('worker', (w) => w.on('console', onConsole(`worker ${w.url()}`)));
      page.on('pageerror', (e) => {
        if (CSP_MESSAGE.test(e.message)) found.push(`page error: ${e.message}`);
      });
      await use(found);
      expect([...new Set(found)], 'Content-Security-Policy violations reported by Chromium').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
