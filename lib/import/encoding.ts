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
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
