import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { catalogCards, cardImagePath, editionCard, type Card } from '../../../src/lib/og/card.ts';
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
  test('an older, incomplete edition says 往年 and 节选', () => {
    const shelf = catalog.shelf('zhongyang-guojia-jiguan');
    const old = shelf.editions.find((e) => e.year === 2024)!;
    const card = editionCard(old, shelf, false);
    assert.deepEqual(card.badges.map((b) => b.text), old.complete ? ['往年'] : ['往年', '节选 · 原文不完整']);
  });
  test('the home card spans the years', () => {
    assert.equal(cards[0]!.year, `${Math.min(...catalog.years)}—${Math.max(...catalog.years)}`);
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
