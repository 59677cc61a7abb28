/**
 * Normalises a BASE_PATH such as `dangjian/yaodian` or `/dangjian/yaodian/` to `/dangjian/yaodian/`.
 * An empty or missing value is the root, `/`.
 */
export function basePath(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
