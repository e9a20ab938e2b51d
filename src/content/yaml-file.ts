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
import { unsafeOffsets } from "../shared/safe-text.js";
import { CONTROL_HINT, controlCharacterOffsets, describeControl } from "./control-chars.js";
import { formatPath, type Diagnostic } from "./diagnostics.js";
import { plainYaml, type Place, type PlainYaml } from "./plain-yaml.js";

type Path = readonly PropertyKey[];

/** The line starts of a text the yaml library did not read (its parser counts them as it goes). */
function linesOf(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines.addNewLine(i + 1);
  return lines;
}

/**
 * A parsed YAML file that can say where any path of its data is written. A file that is plain
 * YAML is read from js-yaml's events, which also give the places of its values when a check
 * needs one; any other file by the yaml library (about ten times slower, measured on a
 * 10,000-question pack), which says what is wrong with it, and where.
 */
export class YamlFile {
  readonly data: unknown;
  private readonly plain: PlainYaml | undefined;
  private parsed: { doc: Document; lines: LineCounter } | undefined;
  private plainLines: LineCounter | undefined;

  constructor(
    readonly file: string,
    readonly text: string,
    readonly diagnostics: Diagnostic[],
  ) {
    this.plain = plainYaml(text);
    if (this.plain !== undefined) {
      this.data = this.plain.data;
      return;
    }
    const { doc } = this.parse();
    for (const offset of controlCharacterOffsets(text)) {
      this.report(this.at(offset), "", describeControl(text, offset), CONTROL_HINT);
    }
    this.checkEscapedControls();
    for (const error of doc.errors) {
      const first = error.message.split("\n")[0] ?? error.message;
      this.report(
        this.at(error.pos[0]),
        "",
        `YAML syntax error: ${first.replace(/ at line \d+, column \d+:?$/, "")}`,
        "fix the YAML syntax at this line (check indentation, colons and quotes)",
      );
    }
    for (const warning of doc.warnings) {
      const first = warning.message.split("\n")[0] ?? warning.message;
      this.report(
        this.at(warning.pos[0]),
        "",
        `YAML: ${first}`,
        "content files use plain YAML: no custom tags",
      );
    }
    let data: unknown;
    if (doc.errors.length === 0 && doc.warnings.length === 0) {
      try {
        data = doc.toJS({ maxAliasCount: 100 });
      } catch (error) {
        this.report({ line: 1, column: 1 }, "", `YAML: ${(error as Error).message}`);
      }
    }
    this.data = data;
  }

  /** The yaml library's reading of a file that is not plain: its document, every node placed. */
  private parse(): { doc: Document; lines: LineCounter } {
    if (this.parsed === undefined) {
      const lines = new LineCounter();
      const doc = parseDocument(this.text, {
        lineCounter: lines,
        prettyErrors: false,
        uniqueKeys: true,
        schema: "core",
        strict: true,
      });
      this.parsed = { doc, lines };
    }
    return this.parsed;
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
    visit(this.parse().doc, {
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
    const lines =
      this.plain === undefined ? this.parse().lines : (this.plainLines ??= linesOf(this.text));
    const pos = lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  }

  /** Where the value at `path` is written; the nearest written parent when it is missing. */
  locate(path: Path, key = false): { line: number; column: number } {
    if (this.plain !== undefined) return this.placeOf(this.plain.places(), path, key);
    for (let depth = path.length; depth >= 0; depth--) {
      const sub = path.slice(0, depth);
      const { doc } = this.parse();
      const node = sub.length === 0 ? doc.contents : doc.getIn(sub, true);
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

  /** locate() from js-yaml's places. */
  private placeOf(root: Place | undefined, path: Path, key: boolean): { line: number; column: number } {
    let place = root;
    let at = root?.start;
    for (const [i, segment] of path.entries()) {
      const entry = place?.entries?.get(String(segment));
      const next = entry?.value ?? place?.items?.[Number(segment)];
      if (next === undefined) break;
      at = key && entry !== undefined && i === path.length - 1 ? entry.key : next.start;
      place = next;
    }
    return at === undefined || at < 0 ? { line: 1, column: 1 } : this.at(at);
  }

  /** Where the key of a mapping entry is written (`path` ends with the key). */
  private keyNode(path: Path): { line: number; column: number } | undefined {
    const { doc } = this.parse();
    const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
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

