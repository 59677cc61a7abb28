/**
 * Printing from a button: the print faces (`Yaodian …`, declared for print media only) are loaded first, at
 * most 3 s, since the screen never needed them and the first print would otherwise be laid out in fallback
 * fonts; then the browser's print dialog.
 */
export async function printWithFonts(): Promise<void> {
  const faces = [...document.fonts].filter((f) => f.family.replace(/["']/g, '').startsWith('Yaodian '));
  await Promise.race([Promise.allSettled(faces.map((f) => f.load())), new Promise((r) => setTimeout(r, 3000))]);
  window.print();
}
