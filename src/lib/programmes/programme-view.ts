import type { MentionIndex, MentionRef } from './mentions.ts';

/** One cell of a programme's timeline: an issuer's edition of a year that names it. */
export interface TimelineCell {
  edition: string;
  /** How many parts of that edition name it. */
  parts: number;
}

/** Years × issuers: where a programme appears. */
export interface Timeline {
  /** Ascending. */
  years: number[];
  issuers: string[];
  /** `cells.get(issuer)?.get(year)`. */
  cells: Map<string, Map<number, TimelineCell>>;
}

/** A programme's figures for the index page. */
export interface ProgrammeStats {
  id: string;
  editions: number;
  issuers: number;
  parts: number;
  /** The first year it appears in, if it appears. */
  firstYear: number | undefined;
  lastYear: number | undefined;
}

/** The timeline of a programme over every year and issuer that has editions (so gaps show). */
export function programmeTimeline(refs: readonly MentionRef[], allYears: readonly number[], allIssuers: readonly string[]): Timeline {
  const cells = new Map<string, Map<number, TimelineCell>>();
  for (const r of refs) {
    const row = cells.get(r.issuer) ?? new Map<number, TimelineCell>();
    cells.set(r.issuer, row);
    const cell = row.get(r.year) ?? { edition: r.edition, parts: 0 };
    cell.parts++;
    row.set(r.year, cell);
  }
  const issuers = [...allIssuers].sort((a, b) => Number(cells.has(b)) - Number(cells.has(a)) || (a < b ? -1 : 1));
  return { years: [...allYears].sort((a, b) => a - b), issuers, cells };
}

/** The mentions of a programme grouped by edition, newest year first, in reading order within each. */
export function mentionsByEdition(refs: readonly MentionRef[]): { edition: string; year: number; issuer: string; refs: MentionRef[] }[] {
  const groups = new Map<string, { edition: string; year: number; issuer: string; refs: MentionRef[] }>();
  for (const r of refs) {
    const g = groups.get(r.edition) ?? { edition: r.edition, year: r.year, issuer: r.issuer, refs: [] };
    g.refs.push(r);
    groups.set(r.edition, g);
  }
  return [...groups.values()].sort((a, b) => b.year - a.year || (a.issuer < b.issuer ? -1 : 1));
}

/** Figures for every programme of the index. */
export function programmeStats(index: MentionIndex): ProgrammeStats[] {
  return [...index.byProgramme].map(([id, refs]) => {
    const years = refs.map((r) => r.year);
    return {
      id,
      editions: new Set(refs.map((r) => r.edition)).size,
      issuers: new Set(refs.map((r) => r.issuer)).size,
      parts: refs.length,
      firstYear: years.length ? Math.min(...years) : undefined,
      lastYear: years.length ? Math.max(...years) : undefined,
    };
  });
}
