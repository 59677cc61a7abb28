import { test as base, expect } from '@playwright/test';

/**
 * A page that records every request, so that a test can assert the site makes none outside itself.
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

