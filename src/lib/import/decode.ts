import { InputError } from '../errors.ts';

/** Text decoded from a received file, and the encoding it came in. */
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'gb18030';
}

/**
 * Decodes a received file. UTF-8 (with or without BOM) is read as is; a file that is not valid UTF-8
 * but is valid GB18030 (the superset of GBK and GB2312, common for Chinese office documents) is
 * converted. Empty files, binary files and undecodable text are refused with a message saying what to do.
 */
export function decodeSource(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0 || new TextDecoder().decode(bytes).trim() === '') {
    throw new InputError(file, undefined, 'the file is empty', 'export the text again from the received document; a 要点 has at least a title and one section');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe || bytes[0] === 0xfe && bytes[1] === 0xff) {
    throw new InputError(file, undefined, 'the file is UTF-16 text', 'save it as UTF-8 (in Notepad: 另存为 → 编码 UTF-8), or run: iconv -f UTF-16 -t UTF-8 file > file.utf8.txt');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new InputError(file, lineAt(bytes, nul), 'the file is binary (it contains NUL bytes), not text', 'import a plain-text export (.txt): open the document and save or copy its text; .doc, .docx and .pdf files must be converted to text first');
  }
  try {
    return checkControls({ text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }, file);
  } catch (error) {
    if (error instanceof InputError) throw error;
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    if (/[\u4e00-\u9fff]/u.test(text)) return checkControls({ text, encoding: 'gb18030' }, file);
  } catch {
    // Fall through to the error below.
  }
  throw new InputError(file, undefined, 'the file is neither UTF-8 nor GBK/GB18030 text', 'convert it to UTF-8 first, e.g. iconv -f <its encoding> -t UTF-8 file > file.utf8.txt, then import that file');
}

/** Text full of control characters is binary junk that happened to decode. */
function checkControls(d: Decoded, file: string): Decoded {
  const controls = d.text.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/gu) ?? [];
  if (controls.length > 0) {
    const first = d.text.search(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/u);
    const line = d.text.slice(0, first).split('\n').length;
    throw new InputError(file, line, `the file holds ${controls.length} control or replacement characters, so it is not clean text`, 'export the text again; if it came from a PDF or web page, copy the text into a new UTF-8 .txt file');
  }
  return d;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
