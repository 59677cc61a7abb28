/**
 * Times programme matching over editions, for scripts/bench.ts. Pure apart from reading the clock:
 * no files, no output.
 */
import { median } from './stats.ts';
import type { Edition } from '../src/lib/edition/model.ts';
import { createMatcher, type ProgrammeNames } from '../src/lib/programmes/matcher.ts';
import { editionPassages } from '../src/lib/programmes/passages.ts';

/** How long matching took. Times in milliseconds. */
export interface MatchTiming {
  editions: number;
  programmes: number;
  /** Aliases (names included) in the automaton, and its states. */
  patterns: number;
  states: number;
  /** Characters of text matched (all passages of all editions). */
  characters: number;
  /** Mentions found in one round. */
  mentions: number;
  /** Building the automaton. */
  buildMs: number;
  /** Median over editions of the time to match one edition (itself the median of the rounds). */
  medianMs: number;
  /** Sum over editions of those per-edition times. */
  totalMs: number;
  rounds: number;
}

/**
 * Builds the matcher for `programmes`, then matches every passage of every edition `rounds` times (after
 * one warm-up round) and reports the median time per edition and the total.
 * @example timeMatching(editions, registry, { rounds: 5 }) // { medianMs: 0.4, totalMs: 3.1, … }
 */
export function timeMatching(editions: readonly Edition[], programmes: readonly ProgrammeNames[], { rounds = 5 } = {}): MatchTiming {
  const t0 = performance.now();
  const matcher = createMatcher(programmes);
  const buildMs = performance.now() - t0;
  const texts = editions.map((e) => editionPassages(e).map((p) => p.text));
  let mentions = 0;
  const perEdition = texts.map((passages) => {
    for (const t of passages) mentions += matcher.findMentions(t).length; // warm-up, and the mention count
    const times: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const start = performance.now();
      for (const t of passages) matcher.findMentions(t);
      times.push(performance.now() - start);
    }
    return median(times);
  });
  return {
    editions: editions.length,
    programmes: programmes.length,
    patterns: matcher.patterns.length,
    states: matcher.states,
    characters: texts.flat().reduce((n, t) => n + t.length, 0),
    mentions,
    buildMs,
    medianMs: median(perEdition),
    totalMs: perEdition.reduce((a, b) => a + b, 0),
    rounds,
  };
}
