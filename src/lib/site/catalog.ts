import type { Edition } from '../edition/model.ts';
import { InputError } from '../errors.ts';
import type { Issuer } from '../../schemas/issuer.ts';

/** An issuer with its editions, newest first. */
export interface IssuerShelf {
  id: string;
  issuer: Issuer;
  /** Newest first. */
  editions: Edition[];
  /** The newest edition: 现行. */
  current: Edition;
}

/** Everything the pages need to know about which editions exist and which are current. */
export interface Catalog {
  shelves: IssuerShelf[];
  /** Years that have editions, newest first. */
  years: number[];
  byYear: Map<number, Edition[]>;
  shelf(issuer: string): IssuerShelf;
  isCurrent(edition: Edition): boolean;
}

/**
 * Builds the catalog: editions grouped by issuer (newest first, the newest current) and by year.
 * An edition whose issuer has no file, or whose path does not match its issuer and year, is an error
 * naming the file: the path is the edition's permanent URL.
 */
export function buildCatalog(editions: Edition[], issuers: Map<string, Issuer>, pathOf: (e: Edition) => string = (e) => e.file): Catalog {
  const seen = new Map<string, Edition>();
  for (const e of editions) {
    if (!issuers.has(e.issuer)) {
      throw new InputError(e.file, 1, `issuer "${e.issuer}" has no file content/issuers/${e.issuer}.yaml`, 'add the issuer file, or correct the issuer id in the frontmatter');
    }
    const expected = `${e.issuer}/${e.year}.mdx`;
    if (!pathOf(e).replaceAll('\\', '/').endsWith(expected)) {
      throw new InputError(e.file, 1, `the frontmatter says ${e.issuer} ${e.year}, so the file must be content/editions/${expected}`, 'move the file or correct issuer/year: the path is the edition\'s permanent address');
    }
    const dup = seen.get(e.id);
    if (dup) throw new InputError(e.file, 1, `a second edition for ${e.id} (the first is ${dup.file})`, 'one issuer has one edition per year');
    seen.set(e.id, e);
  }
  const shelves: IssuerShelf[] = [...issuers]
    .map(([id, issuer]) => {
      const list = editions.filter((e) => e.issuer === id).sort((a, b) => b.year - a.year);
      return { id, issuer, editions: list, current: list[0]! };
    })
    .filter((s) => s.editions.length > 0)
    .sort((a, b) => b.current.year - a.current.year || a.id.localeCompare(b.id));
  const byYear = new Map<number, Edition[]>();
  for (const e of [...editions].sort((a, b) => a.issuer.localeCompare(b.issuer))) {
    byYear.set(e.year, [...(byYear.get(e.year) ?? []), e]);
  }
  const years = [...byYear.keys()].sort((a, b) => b - a);
  const shelfOf = new Map(shelves.map((s) => [s.id, s]));
  return {
    shelves,
    years,
    byYear,
    shelf: (id) => shelfOf.get(id)!,
    isCurrent: (e) => shelfOf.get(e.issuer)?.current === e,
  };
}
