import {
  isMap,
  isNode,
  isPair,
  isScalar,
  LineCounter,
  parseDocument,
  visit,
  type Document,
} from "yaml";
import type * as z from "zod/mini";
import { codePointName, unsafeOffsets } from "../shared/safe-text.js";
import { formatPath, type Diagnostic } from "./diagnostics.js";

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

type Path = readonly PropertyKey[];

/** A parsed YAML file that can say where any path of its data is written. */
export class YamlFile {
  readonly data: unknown;
  private readonly doc: Document;
  private readonly lines = new LineCounter();

  constructor(
    readonly file: string,
    readonly text: string,
    readonly diagnostics: Diagnostic[],
  ) {
    this.doc = parseDocument(text, {
      lineCounter: this.lines,
      prettyErrors: false,
      uniqueKeys: true,
      schema: "core",
      strict: true,
    });
    for (const offset of controlCharacterOffsets(text)) {
      this.report(this.at(offset), "", describeControl(text, offset), CONTROL_HINT);
    }
    this.checkEscapedControls();
    for (const error of this.doc.errors) {
      const first = error.message.split("\n")[0] ?? error.message;
      this.report(
        this.at(error.pos[0]),
        "",
        `YAML syntax error: ${first.replace(/ at line \d+, column \d+:?$/, "")}`,
        "fix the YAML syntax at this line (check indentation, colons and quotes)",
      );
    }
    for (const warning of this.doc.warnings) {
      const first = warning.message.split("\n")[0] ?? warning.message;
      this.report(
        this.at(warning.pos[0]),
        "",
        `YAML: ${first}`,
        "content files use plain YAML: no custom tags",
      );
    }
    let data: unknown;
    if (this.doc.errors.length === 0 && this.doc.warnings.length === 0) {
      try {
        data = this.doc.toJS({ maxAliasCount: 100 });
      } catch (error) {
        this.report({ line: 1, column: 1 }, "", `YAML: ${(error as Error).message}`);
      }
    }
    this.data = data;
  }

  /** Controls written as escapes ("\e[31m", "\u202e") in any key or value, at the scalar. */
  private checkEscapedControls(): void {
    try {
      this.visitScalars();
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      this.report({ line: 1, column: 1 }, "", "YAML nested too deep to read", "flatten it: content needs a few levels at most");
    }
  }

  private visitScalars(): void {
    visit(this.doc, {
      Scalar: (_key, node) => {
        if (typeof node.value !== "string" || !node.range) return;
        const [offset] = unsafeOffsets(node.value);
        if (offset === undefined) return;
        // Written raw, it was reported where it stands.
        if (unsafeOffsets(this.text.slice(node.range[0], node.range[1])).length > 0) return;
        this.report(
          this.at(node.range[0]),
          "",
          describeControl(node.value, offset, true),
          CONTROL_HINT,
        );
      },
    });
  }

  get ok(): boolean {
    return this.data !== undefined;
  }

  at(offset: number): { line: number; column: number } {
    const pos = this.lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  }

  /** Where the value at `path` is written; the nearest written parent when it is missing. */
  locate(path: Path, key = false): { line: number; column: number } {
    for (let depth = path.length; depth >= 0; depth--) {
      const sub = path.slice(0, depth);
      const node = sub.length === 0 ? this.doc.contents : this.doc.getIn(sub, true);
      const range = isNode(node) ? node.range : undefined;
      if (range) {
        if (key && depth === path.length && depth > 0) {
          const keyNode = this.keyNode(sub);
          if (keyNode) return keyNode;
        }
        return this.at(range[0]);
      }
    }
    return { line: 1, column: 1 };
  }

  /** Where the key of a mapping entry is written (`path` ends with the key). */
  private keyNode(path: Path): { line: number; column: number } | undefined {
    const parent = path.length === 1 ? this.doc.contents : this.doc.getIn(path.slice(0, -1), true);
    const name = path[path.length - 1];
    if (!isMap(parent)) return undefined;
    for (const pair of parent.items) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === name && pair.key.range) {
        return this.at(pair.key.range[0]);
      }
    }
    return undefined;
  }

  report(
    where: { line: number; column: number },
    path: string,
    message: string,
    hint?: string,
  ): void {
    this.diagnostics.push({ file: this.file, ...where, path, message, hint });
  }

  reportAt(path: Path, message: string, hint?: string, key = false): void {
    this.report(this.locate(path, key), formatPath(path), message, hint);
  }

  /** Validates the data with a zod schema, reporting every issue; returns the data when valid. */
  check<T>(schema: z.ZodMiniType<T>): T | undefined {
    if (!this.ok) return undefined;
    const result = schema.safeParse(this.data, { reportInput: true });
    if (result.success) return result.data;
    for (const issue of result.error.issues) this.reportIssue(issue);
    return undefined;
  }

  private reportIssue(issue: z.core.$ZodIssue): void {
    const path = issue.path;
    const name = formatPath(path);
    switch (issue.code) {
      case "unrecognized_keys":
        for (const key of issue.keys) {
          this.reportAt(
            [...path, key],
            `unknown field "${key}"${name ? ` in ${name}` : ""}`,
            "check its spelling; the fields of each part are listed in README.md, Writing content",
            true,
          );
        }
        return;
      case "invalid_type":
        if (issue.input === undefined) {
          const field = String(path[path.length - 1]);
          this.reportAt(
            path,
            `missing required field "${field}"${path.length > 1 ? ` in ${formatPath(path.slice(0, -1))}` : ""}`,
            `add "${field}:" here`,
          );
        } else {
          this.reportAt(
            path,
            `${name || "the file"} must be ${article(issue.expected)}, not ${describe(issue.input)}`,
            "see README.md, Writing content",
          );
        }
        return;
      case "invalid_union":
        if ("discriminator" in issue && issue.discriminator) {
          const options = (issue as { options?: unknown[] }).options ?? [];
          const value = (issue.input as Record<string, unknown> | undefined)?.[issue.discriminator];
          this.reportAt(
            path,
            value === undefined
              ? `missing required field "${issue.discriminator}"`
              : `unknown question type ${JSON.stringify(value)}`,
            `use one of: ${options.map(String).join(", ")}`,
          );
          return;
        }
        break;
      default:
        break;
    }
    this.reportAt(
      path,
      `${name || "the file"}: ${issue.message.replace(/^Too (small|big): /, "")}`,
      "see README.md, Writing content, for what each field takes",
    );
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the text ${JSON.stringify(truncate(value))}`;
  return `${typeof value} ${JSON.stringify(value) ?? String(typeof value)}`;
}

function truncate(value: string): string {
  return value.length > 30 ? `${value.slice(0, 27)}...` : value;
}
