import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMatcher } from '../../../src/lib/programmes/matcher.ts';
import { editionMentions, indexMentions, relatedProgrammes, sentenceAround, wordingsByIssuer } from '../../../src/lib/programmes/mentions.ts';
import { editions, registry } from '../../support/fixture-content.ts';

const index = indexMentions(editions, createMatcher(registry));
const DG = 'dongguan-szjggw/2025';
const KP = 'kaiping-szjggw/2026';
const CQ = 'shiwei-jiguan-gongwei/2026';
const ZYS = 'shiwei-zhengyanshi/2026';
const SZF = 'shizhengfu-jiguan/2026';
const ZY24 = 'zhongyang-guojia-jiguan/2024';
const ZY25 = 'zhongyang-guojia-jiguan/2025';

/** `edition#anchor` of every part naming the programme, sorted. */
const places = (id: string) => index.byProgramme.get(id)!.map((r) => `${r.edition}#${r.anchor}`).sort();
/** Every wording used for the programme across the corpus. */
const wordings = (id: string) => [...new Set(index.byProgramme.get(id)!.flatMap((r) => r.wordings))].sort();

/**
 * The exact parts naming each programme, read off the texts by hand. Each list is complete: a part
 * missing here and found by the matcher is a false mention, and the other way round a miss.
 */
const EXPECTED: Record<string, { places: string[]; wordings: string[] }> = {
  'siqiang-dangzhibu': {
    places: [`${DG}#item-8`, `${KP}#item-6`, `${CQ}#item-9`, `${ZYS}#item-5`, `${SZF}#item-9`],
    wordings: ['“四强”党支部', '“红岩先锋·四强支部”'],
  },
  'diyi-yiti': {
    places: [`${DG}#item-4`, `${KP}#item-4`, `${CQ}#item-1`, `${ZYS}#item-1`, `${SZF}#item-5`],
    wordings: ['“第一议题”', '“第一议题”制度', '第一议题'],
  },
  'sanhui-yike': {
    places: [`${DG}#item-4`, `${KP}#item-6`, `${CQ}#item-9`, `${ZYS}#item-1`, `${ZYS}#item-3`, `${ZYS}#item-5`, `${ZYS}#item-8`, `${SZF}#item-4`],
    wordings: ['“三会一课”'],
  },
  'shuangbaodao-shuangfuwu': { places: [`${DG}#item-14`, `${KP}#item-12`], wordings: ['“双报到双服务”', '“双报到”'] },
  // Not 市委直属机关工委 item 14: its “百千万”主题实践活动 is another campaign.
  'baiqianwan-gongcheng': { places: [`${DG}#item-13`, `${DG}#item-14`, `${KP}#item-10`], wordings: ['“百千万工程”'] },
  'shuji-xiangmu': { places: [`${DG}#item-16`, `${KP}#item-10`, `${CQ}#item-13`], wordings: ['“书记项目”', '“书记领办项目”', '党建“书记项目”'] },
  'qingnian-lilun-xuexi-tisheng-gongcheng': { places: [`${DG}#item-5`, `${KP}#item-5`, `${CQ}#item-6`], wordings: ['青年理论学习提升工程'] },
  // 开平 item 3 by its title 压实意识形态工作责任; its body's 意识形态、网络安全工作责任制 is not the phrase.
  'yishixingtai-zerenzhi': { places: [`${DG}#item-6`, `${KP}#item-3`, `${CQ}#item-4`, `${SZF}#item-3`], wordings: ['意识形态工作责任', '意识形态工作责任制'] },
  // Not 东莞 item 12 or 市委直属机关工委 body text, which name only the 学习教育 (longest match).
  'zhongyang-baxiang-guiding': { places: [`${DG}#item-10`, `${CQ}#item-17`], wordings: ['中央八项规定', '中央八项规定精神'] },
  'baxiang-guiding-xuexi-jiaoyu': { places: [`${DG}#item-10`, `${DG}#item-12`, `${CQ}#item-17`], wordings: ['深入贯彻中央八项规定精神学习教育'] },
  'mofan-jiguan': {
    places: [`${DG}#item-1`, `${DG}#item-18`, `${KP}#item-1`, `${CQ}#item-14`, `${CQ}#item-16`, `${CQ}#item-18`, `${CQ}#preamble`, `${ZYS}#preamble`, `${ZY24}#item-1`, `${ZY24}#preamble`, `${ZY25}#preamble`],
    wordings: ['“红岩先锋·模范机关”', '模范机关'],
  },
  'liangge-weihu': {
    places: [`${DG}#item-1`, `${DG}#part-1`, `${DG}#preamble`, `${CQ}#item-1`, `${ZYS}#preamble`, `${SZF}#item-1`, `${ZY24}#part-1`, `${ZY24}#preamble`, `${ZY25}#preamble`],
    wordings: ['“两个维护”'],
  },
  '729-zhongyao-zhishi': { places: [`${DG}#item-2`, `${ZY25}#item-1`, `${ZY25}#item-2`, `${ZY25}#part-1`], wordings: ['习近平总书记“7·29”重要指示', '习近平总书记“7·29”重要指示精神'] },
  sifeng: { places: [`${DG}#item-10`, `${KP}#item-18`, `${CQ}#item-17`], wordings: ['“四风”'] },
  'zhuti-dangri': { places: [`${DG}#item-13`, `${DG}#item-4`, `${CQ}#item-10`, `${CQ}#item-3`, `${CQ}#item-9`, `${ZYS}#item-10`, `${ZYS}#item-3`, `${ZYS}#item-5`], wordings: ['主题党日'] },
  'shuzhi-pingyi': {
    places: [`${DG}#item-18`, `${KP}#item-15`, `${CQ}#item-13`, `${ZYS}#item-8`, `${SZF}#item-2`, `${ZY25}#item-1`],
    wordings: ['书记抓基层党建工作述职评议考核', '书记抓基层党建述职评议', '书记抓基层党建述职评议考核', '述职评议', '述职评议考核'],
  },
  'yigang-shuangze': { places: [`${DG}#item-17`, `${SZF}#item-2`], wordings: ['“一岗双责”'] },
  'sixia-jiceng': { places: [`${DG}#item-14`, `${ZYS}#item-10`], wordings: ['“四下基层”'] },
};

describe('mention index over the real corpus', () => {
  for (const [id, want] of Object.entries(EXPECTED)) {
    test(`${id}: exactly these parts and wordings`, () => {
      assert.deepEqual(places(id), [...want.places].sort());
      assert.deepEqual(wordings(id), [...want.wordings].sort());
    });
  }

  test('one entry per programme per part, keeping every wording; the first gives the sentence', () => {
    const refs = index.byProgramme.get('siqiang-dangzhibu')!.filter((r) => r.edition === DG);
    assert.equal(refs.length, 1);
    assert.equal(refs[0]!.item, 8);
    assert.equal(refs[0]!.kind, 'item-title');
    assert.equal(refs[0]!.sentence, '深化“四强”党支部建设。');
    assert.equal(refs[0]!.wordings.length, 7);
    const kp = index.byProgramme.get('siqiang-dangzhibu')!.find((r) => r.edition === KP)!;
    assert.equal(kp.sentence, '评定命名第二批市直机关“四强”党支部，加强动态管理，发挥“四强”党支部示范引领作用。');
    assert.deepEqual([kp.kind, kp.wordings.length], ['item', 2]);
  });

  test('mentions keep the original offsets: no wording spans a separating mark', () => {
    for (const refs of index.byProgramme.values()) {
      for (const r of refs) {
        for (const w of r.wordings) assert.doesNotMatch(r.programme === 'yixue-zhuhun' ? w.replace(/、/g, '') : w, /[，、；。：！？\s]/, `${r.edition}#${r.anchor}: ${w}`);
        assert.ok(r.sentence.includes(r.wording), `${r.edition}#${r.anchor}: sentence holds the wording`);
      }
    }
  });

  test('per edition, the programmes it names, in order of first mention', () => {
    const zy24 = index.byEdition.get(ZY24)!;
    assert.deepEqual(zy24.map((p) => p.programme), ['79-zhongyao-jianghua', 'liangge-queli', 'sige-yishi', 'sige-zixin', 'liangge-weihu', 'sange-biaoshuai', 'mofan-jiguan', 'jiguan-dangjian-zerenzhi', 'diyi-fangzhen', 'zhengzhi-jiguan-jianshe']);
    assert.deepEqual(zy24.find((p) => p.programme === 'liangge-weihu')!.anchors, ['preamble', 'part-1']);
    assert.equal(index.byEdition.size, editions.length);
  });

  test('related programmes: co-mentioned in the same parts, ranked', () => {
    const related = relatedProgrammes(index, 'sanhui-yike', 4);
    // 三会一课 stands with 民主评议党员 and 组织生活会 in 开平 6, 市委直属机关工委 9, 政研室 5, 市政府机关 4;
    // with 主题党日 in four parts of three editions.
    assert.deepEqual(related.slice(0, 3), [
      { programme: 'minzhu-pingyi-dangyuan', parts: 4, editions: 4 },
      { programme: 'zuzhi-shenghuohui', parts: 4, editions: 4 },
      { programme: 'zhuti-dangri', parts: 4, editions: 3 },
    ]);
    assert.ok(related.every((r, i) => i === 0 || r.parts <= related[i - 1]!.parts));
    assert.deepEqual(relatedProgrammes(index, 'nobody'), []);
  });

  test('wordings by issuer', () => {
    const w = wordingsByIssuer(index, 'diyi-yiti');
    assert.deepEqual(w.find((x) => x.issuer === 'dongguan-szjggw')!.wordings, [{ wording: '第一议题', count: 1 }]);
    assert.deepEqual(w.find((x) => x.issuer === 'shizhengfu-jiguan')!.wordings, [{ wording: '“第一议题”', count: 1 }]);
    assert.deepEqual(w.find((x) => x.issuer === 'shiwei-zhengyanshi')!.wordings, [{ wording: '“第一议题”制度', count: 1 }]);
    assert.deepEqual(w.map((x) => x.issuer), [...w.map((x) => x.issuer)].sort());
  });

  test('sentenceAround', () => {
    assert.equal(sentenceAround('甲。乙“四强”丙；丁。戊', 3, 7), '乙“四强”丙；丁。');
    assert.equal(sentenceAround('开展工作，完', 0, 2), '开展工作，完', 'a text cut off keeps its last words');
  });
});

test('an index from mentions found before (a build reads them back for unchanged editions) is the same index', () => {
  const matcher = createMatcher(registry);
  const kept = new Map(editions.map((e) => [e.id, JSON.parse(JSON.stringify(editionMentions(e, matcher))) as ReturnType<typeof editionMentions>]));
  const again = indexMentions(editions, matcher, (e) => kept.get(e.id)!);
  assert.deepEqual([...again.byEdition], [...index.byEdition]);
  assert.deepEqual([...again.byProgramme], [...index.byProgramme]);
  assert.ok([...index.byProgramme.values()].some((refs) => refs.length > 0), 'the fixture names programmes');
});
