/**
 * Bytes → text for the analyser. NUL bytes mean a binary file; invalid UTF-8
 * is refused rather than analysed with replacement characters. A UTF-8 byte
 * order mark is kept in the text, so offsets stay those of the file as read.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
  const probe = bytes.subarray(0, Math.min(bytes.length, 1 << 20));
  if (probe.includes(0)) return { error: 'binary file (contains NUL bytes); not a text' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { error: 'not valid UTF-8 text' };
  }
}
