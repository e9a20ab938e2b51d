// Checks of a lesson's markdown that keep it readable and renderable: no control, bidi or
// invisible characters, and no block quotes or lists nested past what any lesson needs (deep
// nesting costs the renderer time and stack for every level).
import type { Diagnostic } from "./diagnostics.js";
import { CONTROL_HINT, controlCharacterOffsets, describeControl, positionOf } from "./control-chars.js";

/** Block quotes nested deeper than this, or lines indented further (in columns), are refused. */
export const MAX_QUOTE_DEPTH = 12;
export const MAX_INDENT = 48;

export function lessonTextProblems(file: string, body: string): Diagnostic[] {
  const problems: Diagnostic[] = controlCharacterOffsets(body).map((offset) => ({
    file,
    ...positionOf(body, offset),
    path: "",
    message: describeControl(body, offset),
    hint: CONTROL_HINT,
  }));
  const deep = deepestLine(body);
  if (deep) {
    problems.push({
      file,
      line: deep.line,
      column: 1,
      path: "",
      message: deep.message,
      hint: "flatten it: a few levels of lists and quotes are all a lesson needs",
    });
  }
  return problems;
}

/** The first line nested too deep, if any (fenced code is not looked at). */
function deepestLine(body: string): { line: number; message: string } | undefined {
  let line = 0;
  let fence: string | undefined;
  for (const text of body.split("\n")) {
    line++;
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (marker !== undefined && (fence === undefined || marker.startsWith(fence))) {
      fence = fence === undefined ? marker : undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const prefix = /^[ \t>]*/.exec(text)?.[0] ?? "";
    const quotes = prefix.split(">").length - 1;
    if (quotes > MAX_QUOTE_DEPTH) {
      return { line, message: `block quotes nested ${quotes} deep; at most ${MAX_QUOTE_DEPTH}` };
    }
    const item = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.exec(
      text.slice(prefix.lastIndexOf(">") + 1),
    );
    const indent = item?.[1]?.replace(/\t/g, "    ").length ?? 0;
    if (indent > MAX_INDENT) {
      return { line, message: `list item indented ${indent} columns; at most ${MAX_INDENT}` };
    }
  }
  return undefined;
}
