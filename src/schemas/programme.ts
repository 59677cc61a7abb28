import { z } from 'astro/zod';

/** A recurring programme (重点工作/品牌) such as “四强”党支部. One Markdown file each; the body describes it. */
export const programmeSchema = z
  .object({
    /** Canonical name as most texts write it, e.g. “四强”党支部. */
    name: z.string().min(2),
    /** Other spellings found in the texts (with or without quotes, abbreviations, local brandings). */
    aliases: z.array(z.string().min(2)).default([]),
    /** What kind of work it belongs to, e.g. 组织建设. */
    category: z.string().min(2),
  })
  .strict();

export type Programme = z.output<typeof programmeSchema>;
