import { t } from '../../i18n/zh-CN.ts';
import type { Catalog } from '../site/catalog.ts';
import { withSlash } from '../site/urls.ts';
import { issuerLabel, type Head } from './common.ts';

/** The compare page: every edition to choose from (newest year first), and where the site's files are. */
export interface CompareRoute {
  head: Head;
  heading: string;
  base: string;
  editions: { id: string; label: string }[];
}

export function compareRoute(catalog: Catalog, base: string): CompareRoute {
  const editions = catalog.shelves.flatMap((s) => s.editions.map((e) => ({ id: e.id, label: `${e.year} · ${issuerLabel(s)} · ${e.title}`, year: e.year })));
  editions.sort((a, b) => b.year - a.year || a.label.localeCompare(b.label, 'zh-CN'));
  return { head: { title: t.compare.title, description: t.compare.description }, heading: t.compare.title, base: withSlash(base), editions: editions.map(({ id, label }) => ({ id, label })) };
}
