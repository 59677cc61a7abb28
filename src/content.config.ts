import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { editionSchema } from './schemas/edition.ts';
import { issuerSchema } from './schemas/issuer.ts';
import { programmeSchema } from './schemas/programme.ts';

export const collections = {
  /** content/issuers/<issuer-id>.yaml */
  issuers: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/issuers' }), schema: issuerSchema }),
  /** content/editions/<issuer-id>/<year>.mdx; the body is read by src/lib/edition/parse.ts. */
  editions: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/editions' }), schema: editionSchema }),
  /** content/programmes/<programme-id>.md */
  programmes: defineCollection({ loader: glob({ pattern: '*.md', base: './content/programmes' }), schema: programmeSchema }),
};
