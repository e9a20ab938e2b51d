// Rendered markdown fitted to the terminal, line by line: prose wraps, a code block (a diagram,
// a manifest) never re-flows: its lines are clipped on the right with a marker, and one line
// under the block says how wide it is.
import { stripVTControlCharacters } from "node:util";

/** Marks each line of a code block, so that fitting clips it instead of wrapping it. */
const CODE_LINE = "\u{E000}";
/** Marks the line after a code block, where the hint goes when a line of it was clipped. */
const CODE_END = "\u{E001}";
export const CLIP_MARK = "▸";

type Wrap = (
  text: string,
  columns: number,
  options?: { hard?: boolean; trim?: boolean; wordWrap?: boolean },
) => string;
type Width = (text: string) => number;

interface TokenLike {
  type?: string;
  text?: string;
  tokens?: TokenLike[];
  items?: TokenLike[];
}

/** Marks the code blocks among lexed tokens (nested in lists and quotes too), in place. */
export function markCodeBlocks<T>(tokens: T[]): T[] {
  const visit = (token: TokenLike) => {
    if (token.type === "code" && typeof token.text === "string") {
      token.text = `${token.text
        .split("\n")
        .map((line) => CODE_LINE + line)
        .join("\n")}\n${CODE_END}`;
    }
    token.tokens?.forEach(visit);
    token.items?.forEach(visit);
  };
  (tokens as TokenLike[]).forEach(visit);
  return tokens;
}

/** Drops the lines of only spaces and escape codes that a nested list leaves between its items. */
export function tightenList(rendered: string): string {
  const lines = rendered.replace(/\n+$/, "").split("\n");
  const kept = lines.filter((line) => stripVTControlCharacters(line).trim() !== "");
  return `${kept.join("\n")}\n\n`;
}

/**
 * A list's items as lines (marked-terminal's `list` option): an item of this list starts with
 * "* " at the left edge; nested lists come already indented. Numbers count only this list's items
 * (marked-terminal's own numbering also counted the bullets of a list nested in an item).
 */
export function listLines(body: string, ordered: boolean, indent: string): string {
  const lines = body
    .trim()
    .split("\n")
    .filter((line) => line !== "");
  let number = 0;
  return lines
    .map((line) => {
      const item = line.startsWith("* ");
      if (ordered && item) return `${++number}. ${line.slice(2)}`;
      // An item of a nested list keeps its place; a wrapped line goes under its item's text.
      if (/^\s*(?:\*|\d+\.) /.test(line)) return line;
      return (ordered ? " ".repeat(`${Math.max(1, number)}. `.length) : indent) + line;
    })
    .join("\n");
}

const LIST_ITEM = /^(\s*(?:[*•-]|\d+\.)\s+)/;

/**
 * Fits rendered lines to `width`: prose is wrapped (a list item's next lines under its text), a
 * code line is clipped with a marker, and the line after a clipped block says so.
 */
export function fitLines(
  lines: readonly string[],
  width: number,
  wrap: Wrap,
  size: Width,
): string[] {
  const out: string[] = [];
  let widest = 0;
  let clipped = false;
  for (const line of lines) {
    if (line.includes(CODE_END)) {
      if (clipped) out.push(clipHint(widest, width));
      widest = 0;
      clipped = false;
      continue;
    }
    if (line.includes(CODE_LINE)) {
      const code = line.split(CODE_LINE).join("");
      const codeWidth = size(stripVTControlCharacters(code));
      widest = Math.max(widest, codeWidth);
      if (codeWidth > width) clipped = true;
      out.push(codeWidth > width ? clip(code, width, wrap) : code);
      continue;
    }
    out.push(fitLine(line, width, wrap, size));
  }
  return out;
}

function clip(line: string, width: number, wrap: Wrap): string {
  const first = wrap(line, width - 1, { hard: true, trim: false, wordWrap: false }).split("\n")[0];
  return `${first ?? ""}\u001b[0m${CLIP_MARK}`;
}

/** The one line under a clipped block. */
export function clipHint(blockWidth: number, width: number): string {
  const hints = [
    `${CLIP_MARK} clipped: this block is ${blockWidth} columns wide; widen the terminal to see all of it`,
    `${CLIP_MARK} clipped at ${width} of ${blockWidth} columns: widen the terminal`,
    `${CLIP_MARK} ${blockWidth} columns wide: widen the terminal`,
  ];
  return hints.find((hint) => hint.length <= width) ?? `${CLIP_MARK} widen the terminal`;
}

/** Wraps a rendered line that is too wide, keeping a list item's text aligned after its bullet. */
function fitLine(line: string, width: number, wrap: Wrap, size: Width): string {
  if (size(line) <= width) return line;
  const plain = stripVTControlCharacters(line);
  const bullet = LIST_ITEM.exec(plain)?.[1];
  const prefix =
    bullet !== undefined && line.startsWith(bullet) ? bullet : (/^\s*/.exec(line)?.[0] ?? "");
  const indent = " ".repeat(prefix.length);
  return wrap(line.slice(prefix.length), width - prefix.length, { hard: true, trim: true })
    .split("\n")
    .map((part, i) => (i === 0 ? prefix : indent) + part)
    .join("\n");
}
