// Text from outside (content packs, answers and import files, paths, arguments) is data: before it
// reaches a terminal or a text report, every character that could drive the terminal or hide
// what the text says is shown as a visible escape. A leaf: every layer uses the one definition.

/**
 * C0 controls (tab and newline aside), DEL, C1 controls, bidi overrides, embeddings, isolates and
 * marks, zero-width characters, line and paragraph separators, the byte-order mark.
 */
const UNSAFE_CLASS =
  "\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2069\\ufeff";
const UNSAFE = new RegExp(`[${UNSAFE_CLASS}]`, "g");
const UNSAFE_OR_BREAK = new RegExp(`[\\t\\n${UNSAFE_CLASS}]`, "g");
const UNSAFE_TEST = new RegExp(`[${UNSAFE_CLASS}]`);
const SGR_OR_UNSAFE = new RegExp(`\\u001b\\[[0-9;]*m|[${UNSAFE_CLASS}]`, "g");

/**
 * The visible escape of one character: `\x1b` for C0 controls, `\u202e` for the rest (a form JSON
 * reads too, so escaping JSON text keeps it JSON).
 */
export function escapeChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code === 0x09) return "\\t";
  if (code === 0x0a) return "\\n";
  if (code === 0x0d) return "\\r";
  return code < 0x20
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** True when the text holds a character that safeText() would escape (tab and newline aside). */
export function hasUnsafe(text: string): boolean {
  return UNSAFE_TEST.test(text);
}

/** Offsets of the characters safeText() would escape (tab and newline aside). */
export function unsafeOffsets(text: string): number[] {
  // matchAll copies the pattern on every call: content checks call this for every value.
  if (!UNSAFE_TEST.test(text)) return [];
  return Array.from(text.matchAll(UNSAFE), (m) => m.index);
}

/** "U+202E" for the character at `offset`. */
export function codePointName(text: string, offset: number): string {
  const code = text.codePointAt(offset) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * One line of outside text, safe to print: every control, bidi or zero-width character, and tabs
 * and newlines too, shown as an escape.
 */
export function safeText(value: unknown): string {
  return String(value).replace(UNSAFE_OR_BREAK, escapeChar);
}

/** A block of outside text (lines kept): controls, bidi and zero-width characters escaped. */
export function safeBlock(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/**
 * The last step before a stream: escapes what safeBlock() escapes, except, when `color` is on,
 * the colour codes (SGR) the program's own theme writes.
 */
export function terminalText(text: string, color: boolean): string {
  // Most text has nothing to escape: a test is quicker than a replace that finds nothing.
  if (!UNSAFE_TEST.test(text)) return text;
  if (!color) return safeBlock(text);
  return text.replace(SGR_OR_UNSAFE, (match) => (match.length > 1 ? match : escapeChar(match)));
}
