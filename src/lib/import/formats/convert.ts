/**
 * .doc / .wps / .odt → .docx by LibreOffice (`soffice --headless --convert-to docx`), then the .docx path.
 * These formats are binary or differently structured; LibreOffice is the well-kept reader of all three,
 * and converting to .docx keeps the list numbering and bold runs the .docx reader restores.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from '../../errors.ts';
import { extractDocx } from './docx.ts';
import type { Extracted, SourceFormat } from './extract.ts';

export const CONVERT_TIMEOUT_MS = 120_000;

/** The soffice binary: on PATH, or where Debian installs it; undefined when LibreOffice is not installed. */
export function findSoffice(): string | undefined {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const candidates = [...dirs.map((d) => join(d, 'soffice')), '/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice'];
  return candidates.find((c) => existsSync(c));
}

/**
 * What a .doc/.wps/.odt can be: an OLE container (Word 97-2003, WPS), a zip (.odt, or a .docx under another
 * name), RTF, or markup (Word 2003 XML, a web page saved as .doc). LibreOffice opens anything else as plain
 * text and "converts" it, so other bytes are refused here, before it runs.
 */
function looksLikeDocument(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 16));
  return head.startsWith('\xd0\xcf\x11\xe0') || head.startsWith('PK\x03\x04') || head.startsWith('{\\rtf') || /^(\xef\xbb\xbf)?\s*</.test(head);
}

/** `soffice: null` means "pretend LibreOffice is not installed" (tests); undefined means look for it. */
export async function extractConverted(bytes: Uint8Array, file: string, format: SourceFormat, soffice?: string | null): Promise<Extracted> {
  if (!looksLikeDocument(bytes)) {
    throw new InputError(file, undefined, bytes.byteLength === 0 ? 'the file is empty' : `this is not a Word, WPS or OpenDocument file (its first bytes are not those of a .${format})`,
      'check it is the right file (a download may have failed); if it is plain text, name it .txt; if it opens in WPS or Word, save it there as .docx and import the .docx');
  }
  const binary = soffice === null ? undefined : (soffice ?? findSoffice());
  if (!binary) {
    throw new InputError(file, undefined, `a .${format} file needs LibreOffice to be read, and LibreOffice (soffice) is not installed`,
      `install it (apt-get install libreoffice-writer), or open the file in WPS or Word and save it as .docx, then import the .docx`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'yaodian-convert-'));
  try {
    const input = join(dir, `source.${format}`);
    await writeFile(input, bytes);
    await run(binary, [
      // A profile of its own: a running LibreOffice (or another import) would otherwise lock the user's profile.
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless', '--norestore', '--convert-to', 'docx', '--outdir', dir, input,
    ], file, format);
    let docx: Uint8Array;
    try {
      docx = new Uint8Array(await readFile(join(dir, 'source.docx')));
    } catch {
      throw new InputError(file, undefined, `LibreOffice could not convert this .${format} file (it wrote no .docx)`,
        `check that the file opens in WPS or Word; if it does, save it there as .docx and import the .docx`);
    }
    const out = await extractDocx(docx, file);
    // A damaged file can still "convert": LibreOffice falls back to reading its bytes as text, which gives
    // private-use, unassigned and Hangul code points that no 要点 has.
    const chars = [...(out.text ?? '').replace(/\s/g, '')];
    const junk = chars.filter((c) => /[\p{Co}\p{Cn}\p{Cc}\p{Script=Hangul}\ufffd]/u.test(c)).length;
    if (junk >= 20 && junk > chars.length / 20) {
      throw new InputError(file, undefined, `LibreOffice opened this .${format} file but what came out is not text (${Math.round((100 * junk) / chars.length)}% unreadable characters): the file is damaged or not a document`,
        'check that the file opens in WPS or Word; if it does, save it there as .docx and import the .docx');
    }
    return { ...out, format, notes: [`converted from .${format} to .docx by LibreOffice`, ...out.notes] };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(binary: string, args: string[], file: string, format: SourceFormat): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(binary, args, { timeout: CONVERT_TIMEOUT_MS, killSignal: 'SIGKILL' }, (error, _stdout, stderr) => {
      if (!error) return resolve();
      const timedOut = error.killed || (error as { signal?: string }).signal === 'SIGKILL';
      const missing = (error as { code?: unknown }).code === 'ENOENT' || (error as { code?: unknown }).code === 'EACCES';
      // LibreOffice warns on stderr about things that do not matter here (no Java): report its first real line.
      const said = String(stderr).split('\n').map((l) => l.trim()).find((l) => l && !/^warning:|javaldx/i.test(l));
      reject(new InputError(file, undefined,
        timedOut ? `LibreOffice took longer than ${CONVERT_TIMEOUT_MS / 1000} s to convert this .${format} file and was stopped`
          : missing ? `LibreOffice could not be started (${binary}), and a .${format} file needs it to be read`
            : `LibreOffice failed to convert this .${format} file${said ? `: ${said}` : ` (exit code ${String(error.code)})`}`,
        missing ? 'install LibreOffice (apt-get install libreoffice-writer), or open the file in WPS or Word and save it as .docx, then import the .docx'
          : 'open the file in WPS or Word and save it as .docx, then import the .docx'));
    });
  });
}
