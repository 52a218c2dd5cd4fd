/** FNV-1a over the UTF-16 code units, 32 bits, in base 36: a short fingerprint of a text (not a secret). */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}
