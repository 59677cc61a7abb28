import { stringify } from 'yaml';

/** The YAML of a new issuer file, written when an import meets an issuer the site does not have yet. */
export function renderIssuerYaml(name: string, docNumber?: string): string {
  const prefix = docNumber ? /^(\S+?)[〔\[［（(]/u.exec(docNumber)?.[1] : undefined;
  return stringify({ name, aliases: [], ...(prefix ? { docNumberPrefix: prefix } : {}) }, { lineWidth: 0 });
}
