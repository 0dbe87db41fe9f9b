// Spreadsheets save CSV as UTF-8 (with or without a byte-order mark), as Windows-1252 (Excel's
// "CSV" on a Windows machine set to English or Spanish), or as UTF-16 ("Unicode text").

export type TEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** The encoding of a file's bytes: a byte-order mark if there is one, UTF-8 if every byte sequence is valid UTF-8, else Windows-1252. */
export function detectEncoding(bytes: Uint8Array): TEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    // Any byte is a character in Windows-1252, so it cannot fail: the file was not UTF-8.
    return 'windows-1252';
  }
}

// Bytes 0x80-0x9F by the WHATWG windows-1252 index: where Windows differs from Latin-1, with the
// curly quotes, dashes, ellipsis and euro that spreadsheet autocorrect puts into names and notes
// (D’Angelo, “Azul”). Node's TextDecoder('windows-1252') (Node 20) decodes these bytes as Latin-1's
// C1 controls; browsers follow the table. Five bytes the table leaves undefined map to themselves.
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Windows-1252 text, decoded by the WHATWG table wherever this runs. */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** The file's text, decoded, without a byte-order mark. */
export function decodeFile(bytes: Uint8Array): { text: string; encoding: TEncoding } {
  // ignoreBOM: false (the default) makes TextDecoder drop a leading byte-order mark.
  if (bytes[0] === 0xff || bytes[0] === 0xfe) {
    const encoding = detectEncoding(bytes);
    if (encoding !== 'windows-1252' && encoding !== 'utf-8') return { text: new TextDecoder(encoding).decode(bytes), encoding };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
