import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { editionsLoader } from './integrations/editions-loader.ts';
import { editionEntrySchema } from './schemas/edition.ts';
import { issuerSchema } from './schemas/issuer.ts';
import { programmeSchema } from './schemas/programme.ts';

// CONTENT_ROOT points the site at another content tree (e.g. a generated corpus for benchmarks).
const root = process.env.CONTENT_ROOT ?? './content';

export const collections = {
  /** content/issuers/<issuer-id>.yaml */
  issuers: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/issuers` }), schema: issuerSchema }),
  /** content/editions/<issuer-id>/<year>.mdx; the body is read by src/lib/edition/parse.ts. */
  editions: defineCollection({ loader: editionsLoader({ base: `${root}/editions` }), schema: editionEntrySchema }),
  /** content/programmes/<programme-id>.md */
  programmes: defineCollection({ loader: glob({ pattern: '*.md', base: `${root}/programmes` }), schema: programmeSchema }),
};
