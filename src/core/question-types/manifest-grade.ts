// Grades the YAML a learner wrote against a manifest exercise: syntax, the documents expected
// (by kind, in any order), each one's schema, and the exercise's rules. Every problem names the
// line and column of the learner's text.
import type { Document, LineCounter, Node as YamlNode } from "yaml";
import type { ExpectedDocument, ManifestQuestion } from "../../content/model.js";
import type { SchemaError } from "./eksctl-schema.js";
import type { GradeProblem } from "./kind.js";
import { kindKey, manifestRuntime, type Validate } from "./manifest-kinds.js";
import { resolvePath, type Segment, type YamlTests } from "./manifest-path.js";
import { checkRule } from "./manifest-rules.js";
import { pushAll } from "../../shared/arrays.js";

interface Given {
  index: number;
  doc: Document.Parsed;
  root: YamlNode;
  apiVersion: string;
  kind: string;
}

type At = (node: YamlNode | null | undefined) => { line?: number; column?: number };

function positions(lines: LineCounter): At {
  return (node) => {
    const offset = node?.range?.[0];
    if (offset === undefined) return {};
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
}

function pointerSegments(pointer: string): Segment[] {
  return pointer
    .split("/")
    .slice(1)
    .map((raw) => raw.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? { index: Number(part) } : { key: part }));
}

function dotted(pointer: string): string {
  return pointerSegments(pointer)
    .map((s, i) =>
      "index" in s ? `[${s.index}]` : "key" in s ? `${i === 0 ? "" : "."}${s.key}` : "",
    )
    .join("");
}

/** The schema's errors as sentences, merged where one value failed several alternatives. */
function schemaMessages(errors: readonly SchemaError[]): { pointer: string; message: string }[] {
  const byPath = new Map<string, string[]>();
  for (const error of errors) {
    const required = /^must have required property '?([^']+)'?$/.exec(error.message ?? "");
    const pointer = required ? `${error.instancePath}/${required[1]}` : error.instancePath;
    const message = required ? "is required" : (error.message ?? "is not valid");
    if (/must match (exactly one|a) schema/.test(message)) continue;
    byPath.set(pointer, [...(byPath.get(pointer) ?? []), message]);
  }
  return [...byPath].map(([pointer, messages]) => {
    const types = messages.filter((m) => m.startsWith("must be ")).map((m) => m.slice(8));
    const merged = types.length > 1 ? [`must be ${types.join(" or ")}`] : [...new Set(messages)];
    return { pointer, message: merged.join("; ") };
  });
}

function schemaProblems(
  validate: Validate,
  given: Given,
  tests: YamlTests,
  at: At,
): GradeProblem[] {
  return schemaMessages(validate(given.doc.toJS())).map(({ pointer, message }) => {
    const resolved = resolvePath(tests, given.root, pointerSegments(pointer));
    const name = pointer === "" ? "the document" : `\`${dotted(pointer)}\``;
    return { message: `${name} ${message}`, ...at(resolved.node ?? resolved.nearest) };
  });
}

function documentProblems(
  expected: ExpectedDocument,
  given: Given,
  context: { tests: YamlTests; at: At; validators: ReadonlyMap<string, Validate> },
): GradeProblem[] {
  const { tests, at } = context;
  const problems: GradeProblem[] = [];
  if (given.apiVersion !== expected.apiVersion) {
    const node = resolvePath(tests, given.root, [{ key: "apiVersion" }]);
    problems.push({
      message: `\`apiVersion\` should be ${expected.apiVersion} for a ${expected.kind}, not ${given.apiVersion || "missing"}`,
      ...at(node.node ?? node.nearest),
    });
  } else {
    const validate = context.validators.get(kindKey(expected.apiVersion, expected.kind));
    if (validate) pushAll(problems, schemaProblems(validate, given, tests, at));
  }
  for (const rule of expected.rules) {
    const failure = checkRule(tests, given.root, rule);
    if (failure) problems.push({ message: failure.message, ...at(failure.node) });
  }
  return problems;
}

function readDocuments(
  text: string,
  lines: LineCounter,
): { given: Given[]; problems: GradeProblem[] } {
  const { yaml } = manifestRuntime();
  const docs = yaml.parseAllDocuments(text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const list = Array.isArray(docs) ? docs : [];
  const problems: GradeProblem[] = list.flatMap((doc) =>
    doc.errors.map((error) => {
      const { line, col } = lines.linePos(error.pos[0]);
      return {
        message: `YAML: ${(error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "")}`,
        line,
        column: col,
      };
    }),
  );
  const given: Given[] = [];
  list.forEach((doc, index) => {
    const root = doc.contents;
    if (root === null) return;
    const data: unknown = doc.toJS();
    const record =
      typeof data === "object" && data !== null && !Array.isArray(data)
        ? (data as Record<string, unknown>)
        : undefined;
    if (!record || !yaml.isMap(root)) {
      problems.push({
        message: `document ${index + 1} is not a mapping of fields`,
        ...positions(lines)(root),
      });
      return;
    }
    const str = (v: unknown) => (typeof v === "string" ? v : "");
    given.push({ index, doc, root, apiVersion: str(record.apiVersion), kind: str(record.kind) });
  });
  return { given, problems };
}

/** Every problem with `text` as the answer to `question`; none when it is right. */
export function manifestProblems(question: ManifestQuestion, text: string): GradeProblem[] {
  const { yaml, validators } = manifestRuntime();
  const lines = new yaml.LineCounter();
  const at = positions(lines);
  const { given, problems } = readDocuments(text, lines);
  if (problems.length > 0) return problems;
  if (given.length === 0) return [{ message: "the manifest is empty", line: 1, column: 1 }];
  const context = { tests: yaml, at, validators };
  const unused = new Set(given);
  const several = question.documents.length > 1;
  for (const expected of question.documents) {
    const candidates = [...unused].filter((g) => g.kind === expected.kind);
    const scored = candidates
      .map((g) => ({ g, problems: documentProblems(expected, g, context) }))
      .sort((a, b) => a.problems.length - b.problems.length);
    const best = scored[0];
    if (!best) {
      problems.push({
        message: `a ${expected.kind} (${expected.apiVersion}) is missing`,
        line: 1,
        column: 1,
      });
      continue;
    }
    unused.delete(best.g);
    const prefix = several ? `${expected.kind}: ` : "";
    pushAll(
      problems,
      best.problems.map((p) => ({ ...p, message: prefix + p.message })),
    );
  }
  for (const extra of unused) {
    problems.push({
      message: `document ${extra.index + 1} (${extra.kind || "no kind"}) is not asked for here`,
      ...at(extra.root),
    });
  }
  return problems.sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}
