import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { expect, test } from './support/fixtures.ts';

/**
 * Accessibility (axe-core, WCAG 2.1 A/AA and best practice) and outside requests, on one page of every
 * type. A serious or critical violation fails; the failure message lists every violation of any impact.
 */
const pages = [
  { type: 'home', path: '' },
  { type: 'issuer', path: 'kaiping-szjggw/' },
  { type: 'edition with a notice', path: 'kaiping-szjggw/2026/' },
  // :target and the revealed item tools change colours; check them too.
  { type: 'edition at an item anchor', path: 'kaiping-szjggw/2026/#item-6' },
  { type: 'incomplete edition with outline-only items', path: 'shizhengfu-jiguan/2026/' },
  { type: 'old edition with the banner', path: 'zhongyang-guojia-jiguan/2024/' },
  { type: 'changes', path: 'zhongyang-guojia-jiguan/2025/changes/' },
  { type: '新旧对照表', path: 'zhongyang-guojia-jiguan/2025/changes/table/' },
  { type: 'compare', path: 'compare/?a=dongguan-szjggw/2025&b=kaiping-szjggw/2026' },
  { type: 'year', path: 'years/2026/' },
  { type: 'issuer with its overview of changes', path: 'zhongyang-guojia-jiguan/' },
  { type: 'item history', path: 'zhongyang-guojia-jiguan/history/' },
  { type: 'search', path: 'search/' },
  { type: 'guide', path: 'guide/' },
  { type: 'source view', path: 'kaiping-szjggw/2026/source/' },
  { type: 'search with results', path: `search/?q=${encodeURIComponent('四强党支部')}` },
  { type: '404', path: 'no-such-issuer/2030/', status: 404 },
];

for (const { type, path, status = 200 } of pages) {
  test(`${type} page (${path || 'home'}): no serious accessibility violation, no outside request`, async ({ page, outside }) => {
    // networkidle, not load: a request made after load (a lazy image, a script's fetch) must be seen too.
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(status);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => v.id), listViolations(violations)).toEqual([]);
    expect(outside).toEqual([]);
  });
}

/** Every violation, with each offending element and axe's summary of how to fix it. */
function listViolations(violations: Result[]): string {
  const lines = [`${violations.length} axe violation(s):`];
  for (const v of violations) {
    lines.push(`[${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.helpUrl})`);
    for (const node of v.nodes) lines.push(`  ${node.target.join(' ')}\n    ${node.failureSummary?.replaceAll('\n', '\n    ') ?? ''}`);
  }
  return lines.join('\n');
}
