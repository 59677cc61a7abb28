import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { catalogCards, cardImagePath, changeCard, editionCard, programmeCard, type Card } from '../../../src/lib/og/card.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardLayout, fitTitle, type CardNode } from '../../../src/lib/og/layout.ts';
import { cardKey } from '../../../src/lib/og/render.ts';
import { buildCatalog } from '../../../src/lib/site/catalog.ts';
import { editions, issuers } from '../../support/fixture-content.ts';

const catalog = buildCatalog(editions, issuers);
const cards = catalogCards(catalog);

/** Every string in a drawn tree, in order. */
const texts = (node: CardNode | string): string[] => (typeof node === 'string' ? [node] : typeof node.props.children === 'string' ? [node.props.children] : (node.props.children ?? []).flatMap(texts));

describe('cards for the catalog', () => {
  test('one for home, every issuer, every edition and every year, each with its own image', () => {
    assert.equal(cards.length, 1 + catalog.shelves.length + editions.length + catalog.years.length);
    const images = cards.map((c) => cardImagePath(c.page));
    assert.equal(new Set(images).size, images.length);
    assert.ok(images.includes('og/index.png') && images.includes('og/kaiping-szjggw/2026.png') && images.includes('og/kaiping-szjggw.png') && images.includes('og/years/2026.png'));
  });
  test('an edition card: issuer, title, year, 现行, size and 发文字号', () => {
    const card = cards.find((c) => c.page === 'kaiping-szjggw/2026/')!;
    assert.equal(card.kicker, '中共开平市直属机关工作委员会');
    assert.equal(card.title, '2026年开平市直机关党建工作要点');
    assert.equal(card.year, '2026');
    assert.deepEqual(card.badges, [{ text: '现行', tone: 'red' }]);
    assert.deepEqual(card.facts, ['4 个部分', '18 条', '开直工委通〔2026〕6号']);
  });
  test('an older edition says 往年, and 节选 when its source is incomplete', () => {
    const shelf = catalog.shelf('zhongyang-guojia-jiguan');
    const excerpt = shelf.editions.find((e) => e.year === 2024)!;
    assert.deepEqual(editionCard(excerpt, shelf, false).badges, [{ text: '往年', tone: 'grey' }, { text: '节选 · 原文不完整', tone: 'amber' }]);
    const kaiping = catalog.shelf('kaiping-szjggw');
    assert.deepEqual(editionCard(kaiping.current, kaiping, false).badges, [{ text: '往年', tone: 'grey' }], 'a complete source: no 节选');
  });
  test('a programme card: category, name, years, how widely; a change card: the span and the counts', () => {
    const entry = { id: 'siqiang-dangzhibu', file: 'x.md', data: { name: '“四强”党支部', aliases: [], category: '组织建设' }, description: '…' };
    const card = programmeCard(entry, { id: entry.id, editions: 3, issuers: 2, parts: 5, firstYear: 2024, lastYear: 2026 });
    assert.deepEqual([card.page, card.kicker, card.title, card.year, card.facts], ['programmes/siqiang-dangzhibu/', '重点工作 · 组织建设', '“四强”党支部', '2024—2026', ['3 个版本 · 2 个发文机关']]);
    assert.equal(programmeCard(entry, { id: entry.id, editions: 0, issuers: 0, parts: 0, firstYear: undefined, lastYear: undefined }).year, undefined);
    const shelf = catalog.shelf('zhongyang-guojia-jiguan');
    const counts = { added: 2, dropped: 1, reworded: 0, moved: 0, split: 0, merged: 0, unchanged: 4 };
    const change = changeCard(shelf, shelf.editions[1]!, shelf.editions[0]!, counts);
    assert.deepEqual([change.page, change.title, change.year, change.facts], ['zhongyang-guojia-jiguan/2025/changes/', '2025年中央和国家机关党的建设主要工作的变化', '2024—2025', ['与 2024 年版相比']]);
    assert.deepEqual(change.stats, [{ label: '新增', value: 2 }, { label: '删除', value: 1 }], 'kinds with no items and unchanged items are left out');
  });
  test('the home card spans the years', () => {
    assert.equal(cards[0]!.year, '2024—2026');
  });
});

describe('card layout', () => {
  const card = cards.find((c) => c.page === 'kaiping-szjggw/2026/')!;
  test('1200×630, and every word of the card is drawn', () => {
    const tree = cardLayout(card);
    assert.equal(tree.props.style.width, CARD_WIDTH);
    assert.equal(tree.props.style.height, CARD_HEIGHT);
    const drawn = texts(tree).join('|');
    for (const s of [card.kicker, card.title, card.year!, '现行', card.facts.join(' · ')]) assert.ok(drawn.includes(s), s);
  });
  test('a change page\'s counts are drawn as figures', () => {
    const change: Card = { ...card, page: 'kaiping-szjggw/2026/changes/', stats: [{ label: '新增', value: 3 }, { label: '删去', value: 1 }] };
    const drawn = texts(cardLayout(change));
    assert.ok(drawn.includes('3') && drawn.includes('新增') && drawn.includes('删去'));
  });
  test('titles: short ones large on one line, long ones smaller over more lines, never below 44 px', () => {
    assert.deepEqual(fitTitle('2026年开平市直机关党建工作要点'), { fontSize: 67, lines: 1 });
    const long = fitTitle('关于印发《2026年开平市直机关党建工作要点》的通知'.repeat(2));
    assert.ok(long.lines >= 2 && long.fontSize < 67 && long.fontSize >= 44);
    assert.equal(fitTitle('短').fontSize, 76);
  });
  test('the cache key follows the drawing: same card same key; another title, font or renderer another key', () => {
    const k = cardKey(card, 'f1', 'satori@1');
    assert.equal(cardKey({ ...card }, 'f1', 'satori@1'), k);
    assert.notEqual(cardKey({ ...card, title: `${card.title}（修订）` }, 'f1', 'satori@1'), k);
    assert.notEqual(cardKey(card, 'f2', 'satori@1'), k);
    assert.notEqual(cardKey(card, 'f1', 'satori@2'), k);
  });
});
