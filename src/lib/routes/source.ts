import { t } from '../../i18n/zh-CN.ts';
import type { Edition } from '../edition/model.ts';
import { paths, withBase } from '../site/urls.ts';
import { homeCrumb, type Crumb, type Head } from './common.ts';

/** An edition's MDX source shown with line numbers, as error messages name them. */
export interface SourceRoute {
  head: Head;
  crumbs: Crumb[];
  heading: string;
  file: string;
  guide: { href: string; label: string };
}

export function sourceRoute(edition: Edition, base: string): SourceRoute {
  return {
    head: { title: t.edition.sourceTitle(edition.title), description: t.edition.sourceDescription(edition.title, edition.file) },
    crumbs: [homeCrumb(base), { label: edition.title, href: withBase(base, paths.edition(edition.issuer, edition.year)) }, { label: t.viewSource }],
    heading: t.edition.sourceHeading(edition.file),
    file: edition.file,
    guide: { href: withBase(base, paths.guide()), label: t.guide.title },
  };
}
