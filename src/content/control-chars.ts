// Control, bidi and invisible characters in content: where they are and how to name them.
import { codePointName, unsafeOffsets } from "../shared/safe-text.js";

export function controlCharacterOffsets(text: string): number[] {
  return unsafeOffsets(text);
}

export function describeControl(text: string, offset: number, escaped = false): string {
  const code = text.codePointAt(offset) ?? 0;
  const kind =
    code < 0xa0
      ? "control character"
      : (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)
        ? "bidi control character"
        : "invisible character";
  return `${kind} ${codePointName(text, offset)}${escaped ? " (written as an escape)" : ""} is not allowed`;
}

export const CONTROL_HINT =
  "remove it: control, bidi and invisible characters in content could change the reader's terminal or hide what the text says";

/** Line and column (1-based) of an offset in a text, for files that are not YAML. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
