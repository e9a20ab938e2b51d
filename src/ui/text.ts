// Text laid out for the terminal: wrapping, numbered choices, the wording of "Select N".
import { wrapAnsi } from "fast-wrap-ansi";

export interface ViewOptions {
  color: boolean;
  width: number;
}

export { selectHeading } from "../shared/words.js";

/** Text wrapped to `width`, every line after `indent`. */
export function wrap(text: string, width: number, indent = ""): string {
  return wrapAnsi(text, Math.max(10, width - indent.length), { hard: true, trim: true })
    .split("\n")
    .map((line) => indent + line)
    .join("\n");
}

/**
 * A numbered answer for a select or checkbox list, wrapped to the terminal so that a long one
 * breaks between words and its next lines start under its text. `prefix` is the width the
 * prompt puts before the first line (cursor, checkbox).
 */
export function choiceName(number: number, text: string, width: number, prefix: number): string {
  const label = `${number}. `;
  const indent = " ".repeat(prefix + label.length);
  const lines = wrapAnsi(text, Math.max(20, width - indent.length - 1), { hard: true, trim: true });
  return label + lines.split("\n").join(`\n${indent}`);
}
