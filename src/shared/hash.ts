// A fast, non-cryptographic hash for telling texts apart (caches, and the progress file as
// written): nothing to load.
/** 64 bits of FNV-1a, as hex: enough to tell lessons and builds apart, and no crypto to load. */
export function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
