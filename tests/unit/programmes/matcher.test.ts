import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildAutomaton } from '../../../src/lib/programmes/automaton.ts';
import { createMatcher, type MatchStats, type ProgrammeNames } from '../../../src/lib/programmes/matcher.ts';
import { editionPassages } from '../../../src/lib/programmes/passages.ts';
import { widenToQuotes } from '../../../src/lib/programmes/text-marks.ts';
import { editions, registry } from '../../support/fixture-content.ts';

const programme = (id: string, name: string, ...aliases: string[]): ProgrammeNames => ({ id, data: { name, aliases } });
const real = createMatcher(registry);
/** `[programme, wording]` of every mention in `text`. */
const found = (text: string, matcher = real) => matcher.findMentions(text).map((m) => [m.programme, m.wording]);

describe('automaton', () => {
  test('finds exactly the occurrences a naive search finds (random texts over a small alphabet)', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const word = (len: number) => Array.from({ length: len }, () => 'abc'[rand(3)]).join('');
    for (let round = 0; round < 50; round++) {
      const keys = [...new Set(Array.from({ length: 1 + rand(8) }, () => word(1 + rand(4))))];
      const text = word(200);
      const got: string[] = [];
      buildAutomaton(keys.map((k) => [...k].map((c) => c.codePointAt(0)!))).scan([...text].map((c) => c.codePointAt(0)!), (key, end) => got.push(`${key}@${end}`));
      const want: string[] = [];
      for (let end = 1; end <= text.length; end++) keys.forEach((k, i) => text.slice(0, end).endsWith(k) && want.push(`${i}@${end}`));
      assert.deepEqual(got.sort(), want.sort());
    }
  });
});

describe('findMentions', () => {
  test('longest alias wins where names overlap; the shorter one still counts alone', () => {
    const m = createMatcher([programme('lilun', '理论学习'), programme('qingnian', '青年理论学习提升工程')]);
    assert.deepEqual(found('深化青年理论学习提升工程，加强理论学习。', m), [
      ['qingnian', '青年理论学习提升工程'],
      ['lilun', '理论学习'],
    ]);
    const partial = createMatcher([programme('a', '中央八项规定'), programme('b', '规定精神学习教育')]);
    assert.deepEqual(found('贯彻中央八项规定精神学习教育', partial), [['b', '规定精神学习教育']], 'a partial overlap goes to the longer too');
    assert.deepEqual(found('开展深入贯彻中央八项规定精神学习教育，落实中央八项规定精神。'), [
      ['baxiang-guiding-xuexi-jiaoyu', '深入贯彻中央八项规定精神学习教育'],
      ['zhongyang-baxiang-guiding', '中央八项规定精神'],
    ]);
  });

  test('offsets are in the original text and take in the quote marks of the name', () => {
    const text = '深化“四强”党支部建设，完善“双报到”东莞模式，实施党建“书记项目”。';
    const mentions = real.findMentions(text);
    assert.deepEqual(mentions.map((m) => m.wording), ['“四强”党支部', '“双报到”', '党建“书记项目”']);
    for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.wording);
    assert.deepEqual(found('建设“红岩先锋·四强支部”'), [['siqiang-dangzhibu', '“红岩先锋·四强支部”']]);
    assert.deepEqual(found('"三会一课"、「主题党日」'), [['sanhui-yike', '"三会一课"'], ['zhuti-dangri', '「主题党日」']], 'any quote style');
    assert.deepEqual(widenToQuotes('严格落实“第一议题”制度', 5, 11), [4, 11]);
  });

  test('rule 1: no mention across a comma, 、, full stop or space', () => {
    assert.deepEqual(found('要求四强。党支部要'), []);
    assert.deepEqual(found('开展主题，党日活动；民主 生活会'), []);
    assert.deepEqual(found('民主生活会、组织生活会'), [['minzhu-shenghuohui', '民主生活会'], ['zuzhi-shenghuohui', '组织生活会']]);
    // …unless the alias itself has the mark there (and leaving it out is fine too).
    assert.deepEqual(found('健全以学铸魂、以学增智、以学正风、以学促干长效机制').map(([p]) => p), ['yixue-zhuhun']);
    assert.deepEqual(found('以学铸魂以学增智以学正风以学促干').map(([p]) => p), ['yixue-zhuhun']);
    assert.deepEqual(found('以学铸魂以学增智。以学正风以学促干').map(([p]) => p), ['yixue-zhuhun'], 'a different mark where the alias has one');
    assert.deepEqual(found('以学铸魂以学增，智以学正风以学促干'), [], 'a mark where the alias has none');
  });

  test('rule 2: a two-character alias counts only inside quote marks', () => {
    assert.deepEqual(found('狠刹“四风”顽瘴痼疾'), [['sifeng', '“四风”']]);
    assert.deepEqual(found('谋划好"七一"系列活动'), [['qiyi', '"七一"']]);
    assert.deepEqual(found('四风顽瘴痼疾，七一前后，十七一批'), []);
    assert.deepEqual(found('“四风气”'), [], 'quoted, but not the two characters alone');
  });

  test('rule 3: a number in an alias is whole', () => {
    assert.deepEqual(found('落实“1310”具体部署').map(([p]) => p), ['1310-juti-bushu']);
    assert.deepEqual(found('落实“11310”具体部署'), []);
    assert.deepEqual(found('“17·29”重要指示精神'), []);
    assert.deepEqual(found('习近平总书记“7·9”重要讲话、“7·29”重要指示精神').map(([p]) => p), ['79-zhongyao-jianghua', '729-zhongyao-zhishi']);
  });

  test('“四强” and other names inside unrelated phrases are not mentions', () => {
    assert.deepEqual(found('打造“四强”旅游城市，推动四强化建设'), []);
    assert.deepEqual(found('开展“百千万”主题实践活动'), [], 'not the 百千万工程 of Guangdong');
    assert.deepEqual(found('建强用好青年理论学习小组'), [['qingnian-lilun-xuexi-xiaozu', '青年理论学习小组']]);
  });

  test('the same key in two programmes goes to the first (the registry forbids it anyway)', () => {
    const m = createMatcher([programme('a', '主题党日'), programme('b', '「主题党日」')]);
    assert.deepEqual(m.patterns.map((p) => p.programme), ['a']);
  });
});

describe('linearity', () => {
  const corpus = editions.flatMap((e) => editionPassages(e).map((p) => p.text)).join('\n');
  const long = Array.from({ length: 10 }, () => corpus).join('\n');

  test('automaton steps grow with the text, at most two per character', () => {
    const one: MatchStats = { steps: 0, occurrences: 0 };
    const ten: MatchStats = { steps: 0, occurrences: 0 };
    const n1 = real.findMentions(corpus, one).length;
    const n10 = real.findMentions(long, ten).length;
    assert.ok(one.steps <= 2 * corpus.length, `${one.steps} steps for ${corpus.length} characters`);
    assert.ok(ten.steps <= 10.1 * one.steps, `${ten.steps} vs ${one.steps}`);
    assert.ok(ten.occurrences <= 10.1 * one.occurrences);
    assert.equal(n10, 10 * n1);
  });

  // Steps above prove linearity; the clock is a sanity check with a generous bound. A quadratic step would
  // show as ~100×; a 270,000-character string alone costs 10–15× on a loaded two-core machine (cache, GC).
  test('matching a text 10× longer takes well under 100× as long (bound 25×)', () => {
    const time = (text: string) => {
      const runs: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        real.findMentions(text);
        runs.push(performance.now() - t0);
      }
      return Math.min(...runs);
    };
    time(corpus); // warm up both sizes
    time(long);
    const t1 = time(corpus);
    const t10 = time(long);
    assert.ok(t10 < 25 * t1, `${t10.toFixed(1)} ms vs ${t1.toFixed(1)} ms`);
  });
});
