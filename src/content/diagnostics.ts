import type { Diagnostic } from "../shared/diagnostic.js";
import type { ItemSummary } from "./item-checks.js";

export type { Diagnostic };

export interface ValidationReport {
  valid: boolean;
  /** The folder that was validated. */
  dir: string;
  files: number;
  diagnostics: Diagnostic[];
  /** Item-writing warnings: problems only under validate --strict. */
  warnings: Diagnostic[];
  /** Where the right answers stand and how long they are, over the whole pack. */
  items: ItemSummary;
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}
