import { z } from 'astro/zod';

/** The rules by which the importer removes text that is not part of the issued words. */
export const REMOVAL_RULES = [
  'source-metadata', // a `# source: … | issuer: … | year: …` line added by whoever collected the text
  'site-junk', // web-page navigation such as `下一篇:返回列表`
  'junk-marker', // a scraper's marker such as `〔*〕` before a repeated title
  'hidden-marker', // a paywall's `---此处隐藏1234字,下载后查看---`: the text on both sides is kept, the gap marked
  'duplicate-title', // the title repeated on the next line
  'editorial-mark', // a mark this site prints (〔原文至此中断〕, 节选 …) in a copy printed or saved from it
  'supplied-title', // a title this site printed as supplied by an editor (〔原文无标题，标题为编者所加〕)
  'outline', // a 目录 before the text; entries absent from the body are kept as outline-only items
] as const;

/** Presentation changes the importer makes; none of them changes a word. */
export const NORMALISATION_RULES = [
  'markdown-heading', // `## 一、…` → the heading's text (structure is recorded instead)
  'line-join', // hard-wrapped PDF lines joined into one paragraph
  'page-break-join', // a paragraph split by a page break (no closing punctuation) rejoined
  'unflatten', // a paragraph that holds several numbered parts (a text flattened onto one line) split at their numbers
  'full-width-punctuation', // half-width `, : ; ? ! ( ) "` beside Chinese → `，：；？！（）“”`
  'stray-space', // a space between two Chinese characters removed
] as const;

/** The 通知 that issued the 要点, as printed above it. */
export const noticeSchema = z
  .object({
    /** 版头: the issuing organ's banner, usually ending in 文件, e.g. 中共开平市直属机关工作委员会文件. */
    banner: z.string().min(2),
    /** 发文字号, e.g. 开直工委通〔2026〕6号. */
    docNumber: z.string().regex(/〔\d{4}〕\d+号$/u, 'a 发文字号 ends like 〔2026〕6号'),
    /** The notice's own title, e.g. 关于印发《2026年…要点》的通知. */
    title: z.string().min(4),
    /** 主送机关, with its closing colon as issued, e.g. 市直机关各单位党组织：. */
    recipients: z.string().min(2),
    /** The notice's body paragraphs. */
    body: z.array(z.string().min(1)).min(1),
    /** 落款: the issuing organ as signed. */
    signature: z.string().min(2),
    /** 成文日期. Printed as 2026年5月7日. */
    date: z.coerce.date(),
  })
  .strict();

/** Something the importer removed from the source because it is not part of the issued words. */
export const removalSchema = z
  .object({
    /** Line of the source file it stood on. */
    line: z.number().int().positive(),
    /** The rule that removed it. */
    rule: z.enum(REMOVAL_RULES),
    /** Exactly what was removed: for `junk-marker` and `hidden-marker` its first occurrence in the line, otherwise the whole line (trimmed). */
    text: z.string(),
  })
  .strict();

/** The file as received, when it was not plain text: the text the edition is proved against was extracted from it. */
export const originalSchema = z
  .object({
    /** The received file, kept unchanged beside the extracted text, e.g. content/sources/<issuer>/2026.docx. */
    file: z.string().min(1),
    /** What it was: .docx, .pdf, a saved web page, or a .doc/.wps/.odt converted by LibreOffice. */
    format: z.enum(['docx', 'pdf', 'html', 'doc', 'wps', 'odt']),
    /** sha256 of its bytes. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** What extraction left out (page numbers, running headers, 版记, site navigation …), each by its rule. */
    removed: z.array(z.object({ rule: z.string().min(1), text: z.string() }).strict()).default([]),
  })
  .strict();

/** Where the edition's text came from and what the import did to it. */
export const sourceSchema = z
  .object({
    /** The raw file as received, kept unchanged, relative to the project root. */
    file: z.string().min(1),
    /** sha256 of that file's bytes: the check refuses a source that changed. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** Encoding the file arrived in (converted to UTF-8 on import). */
    encoding: z.enum(['utf-8', 'gb18030']).default('utf-8'),
    /** False when the source is an excerpt or stops mid-text; readers see 节选 / 原文不完整. */
    complete: z.boolean(),
    /** How the source laid out its paragraphs. */
    layout: z.enum(['blank-lines', 'line-per-paragraph', 'hard-wrapped']),
    /** Everything the import removed, with its line. */
    removed: z.array(removalSchema).default([]),
    /** How many times each named normalisation applied. */
    normalised: z.partialRecord(z.enum(NORMALISATION_RULES), z.number().int().nonnegative()).default({}),
    /** Where the text was published, when the source says. */
    url: z.string().optional(),
    /** The received file, when `file` is the text extracted from a .docx, .pdf, web page …. */
    original: originalSchema.optional(),
  })
  .strict();

/** An edition: one issuer's 要点 for one year. The MDX body holds the issued text. */
export const editionSchema = z
  .object({
    /** Issuer id: the name of a file in content/issuers/. */
    issuer: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'issuer ids are lower-case ASCII words joined by hyphens'),
    /** The year the points are for. */
    year: z.number().int().min(1949).max(2100),
    /** The 要点's title as issued, e.g. 2026年开平市直机关党建工作要点. */
    title: z.string().min(4),
    /** True when the source had no title and an editor supplied this one; pages say so. */
    titleSupplied: z.boolean().default(false),
    /** How items were set as issued: `run-in` (1.标题。正文…) or `separate` (title on its own line). */
    itemLayout: z.enum(['run-in', 'separate']),
    /** The 通知 that issued it, when the source has one. */
    notice: noticeSchema.optional(),
    /** Provenance and import record; absent for an edition written by hand (e.g. started with `npm run new`). */
    source: sourceSchema.optional(),
    /**
     * How items are numbered as issued: on through the whole edition (1 … 18; anchors `item-14`), or afresh
     * in each section (`（一）（二）` under every `一、`; anchors `item-2-3` for section 二, item 3).
     */
    itemNumbering: z.enum(['edition', 'section']).default('edition'),
    /** Anchors of parts (sections, items, sub-points) whose issued number skips one (`（一）` → `（三）`): kept as issued, not renumbered. */
    numberingSkips: z.array(z.string().regex(/^(part|item)(-\d+){1,4}$/, 'an anchor such as part-3, item-5, item-2-3 or item-2-3-1')).default([]),
    /** A draft is shown in the dev server only (marked 草稿), never in a production build, its index or feeds. */
    draft: z.boolean().default(false),
  })
  .strict();

/**
 * An edition as the site's content collection holds it: the frontmatter, and where its body starts, so
 * that the parser names lines of the file without reading it again.
 */
export const editionEntrySchema = editionSchema.extend({
  /** Set by the loader, never written in a file: how many lines of the file stand before the body. */
  bodyLine: z.number().int().nonnegative(),
});

export type Notice = z.output<typeof noticeSchema>;
export type Removal = z.output<typeof removalSchema>;
export type EditionSource = z.output<typeof sourceSchema>;
export type EditionData = z.output<typeof editionSchema>;
