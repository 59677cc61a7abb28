/** 成文日期 as official documents print it: 2026年5月7日 (Arabic numerals, no leading zeros). */
export function formatChineseDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** `2026-05-07` for machine-readable places (`<time datetime>`, YAML). */
export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
