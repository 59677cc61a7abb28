import { z } from 'astro/zod';

/** An issuer (发文机关): the organ that issues a yearly series of 要点. One YAML file each, named by its id. */
export const issuerSchema = z
  .object({
    /** Full name as the documents print it, e.g. 中共开平市直属机关工作委员会. */
    name: z.string().min(2),
    /** Short name for lists and cards, e.g. 开平市直机关工委. Defaults to the full name. */
    shortName: z.string().min(2).optional(),
    /** Other names the texts use for this issuer, so a new import finds it. */
    aliases: z.array(z.string().min(2)).default([]),
    /** Place or system it belongs to, e.g. 广东省开平市; empty when the texts do not say. */
    region: z.string().optional(),
    /** Administrative level, when known. */
    level: z.enum(['central', 'provincial', 'municipal', 'county', 'department']).optional(),
    /** The prefix of its 发文字号, e.g. 开直工委通 in 开直工委通〔2026〕6号. */
    docNumberPrefix: z.string().optional(),
    /** An editor's note shown on the issuer page, e.g. how the issuer was identified. */
    note: z.string().optional(),
  })
  .strict();

export type Issuer = z.output<typeof issuerSchema>;
