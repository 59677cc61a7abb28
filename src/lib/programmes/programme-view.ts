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

/** A page's share of a list that can grow with the archive: what is shown, and what is left out. */
export interface Listed<T> {
  shown: T[];
  /** How many were left out. */
  rest: number;
}

/**
 * The editions whose mentions a programme page lists: the newest first, until `budget` mentions are listed
 * (always at least one edition). A programme named in every edition of a large archive would otherwise list
 * tens of thousands of sentences (measured: 7 MB of HTML at 5,000 editions); the timeline above the list
 * links every edition, and the search page finds all the mentions.
 * @example listMentionGroups(groups, 300) // { shown: the newest groups up to 300 mentions, rest: editions left out }
 */
export function listMentionGroups<G extends { refs: readonly unknown[] }>(groups: readonly G[], budget: number): Listed<G> & { restMentions: number } {
  const shown: G[] = [];
  let count = 0;
  for (const g of groups) {
    if (shown.length > 0 && count + g.refs.length > budget) break;
    shown.push(g);
    count += g.refs.length;
  }
  const left = groups.slice(shown.length);
  return { shown, rest: left.length, restMentions: left.reduce((n, g) => n + g.refs.length, 0) };
}

/**
 * The timeline's rows when there are too many issuers for one table: the `max` issuers that name the
 * programme most (ties by id), in the timeline's order; the others are counted.
 */
export function timelineRows(timeline: Timeline, max: number): Listed<string> {
  if (timeline.issuers.length <= max) return { shown: timeline.issuers, rest: 0 };
  const parts = (issuer: string) => [...(timeline.cells.get(issuer)?.values() ?? [])].reduce((n, c) => n + c.parts, 0);
  const kept = new Set([...timeline.issuers].sort((a, b) => parts(b) - parts(a) || (a < b ? -1 : 1)).slice(0, max));
  return { shown: timeline.issuers.filter((i) => kept.has(i)), rest: timeline.issuers.length - kept.size };
}
