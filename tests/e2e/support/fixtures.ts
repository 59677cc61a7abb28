import { test as base, expect } from './csp.ts';

/**
 * A page that records every request, so that a test can assert the site makes none outside itself; every test
 * also fails on a Content-Security-Policy violation (csp.ts).
 */
export const test = base.extend<{ outside: string[] }>({
  outside: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    const outside: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
    });
    await use(outside);
  },
});
export { expect };

