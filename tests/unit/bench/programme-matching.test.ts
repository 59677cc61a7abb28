import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timeMatching } from '../../../bench/programme-matching.ts';
import { createMatcher } from '../../../src/lib/programmes/matcher.ts';
import { indexMentions } from '../../../src/lib/programmes/mentions.ts';
import { editions, registry } from '../../support/fixture-content.ts';

test('timeMatching reports per-edition medians and the total over the real corpus', () => {
  const t = timeMatching(editions, registry, { rounds: 2 });
  assert.equal(t.editions, editions.length);
  assert.equal(t.programmes, registry.length);
  assert.ok(t.patterns >= registry.length && t.states > t.patterns);
  assert.ok(t.characters > 20_000);
  assert.ok(t.medianMs > 0 && t.totalMs >= t.medianMs && t.buildMs > 0);
  const index = indexMentions(editions, createMatcher(registry));
  const all = [...index.byProgramme.values()].flat().reduce((n, r) => n + r.wordings.length, 0);
  assert.equal(t.mentions, all);
});
