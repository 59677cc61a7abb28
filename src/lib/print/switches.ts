/** Which build artifacts to make. Pages and the integration read the same switches, so no page links a skipped file. */
export interface ArtifactSwitches {
  /** `/<issuer>/<year>.pdf` for every edition; off with SKIP_PDF=1. */
  pdf: boolean;
  /** A 1200×630 PNG per page, set as og:image; off with SKIP_CARDS=1. */
  cards: boolean;
  /** Item histories (`/<issuer>/history/`, the issuers' overviews, the items' links to them); off with SKIP_HISTORY=1, which the benchmark uses to measure what they cost. */
  history: boolean;
}

const on = (value: string | undefined) => value !== undefined && !['', '0', 'false', 'no'].includes(value.trim().toLowerCase());

/**
 * artifactSwitches({ SKIP_PDF: '1' }) → { pdf: false, cards: true, history: true }
 */
export function artifactSwitches(env: Record<string, string | undefined>): ArtifactSwitches {
  return { pdf: !on(env.SKIP_PDF), cards: !on(env.SKIP_CARDS), history: !on(env.SKIP_HISTORY) };
}
