// Variants of an exercise's reference answer: some mean the same (flags reordered, `=` spelling,
// short aliases; keys reordered, quoting, comments), some miss what the task requires.
import { parse as parseShell, quote } from "shell-quote";
import { parseDocument, stringify, isMap, isSeq, type Node as YamlNode } from "yaml";
import type { CommandQuestion, ManifestQuestion, ManifestRule } from "../../src/content/model.js";
import { FLAG_ALIASES } from "../../src/core/question-types/command-aliases.js";
import { readTokens } from "../../src/core/question-types/command-line.js";

interface Parts {
  head: string[];
  flags: [string, string | true][];
}

/** The reference split into the program with its words, and its flags in order. */
export function commandParts(question: CommandQuestion, line: string): Parts {
  const tokens = parseShell(line).filter((t): t is string => typeof t === "string");
  const parsed = readTokens(tokens, question);
  const flags: [string, string | true][] = [];
  for (const [name, values] of parsed.flags) for (const v of values) flags.push([name, v]);
  return { head: [parsed.program, ...parsed.words], flags };
}

type Style = "space" | "equals" | "short";

function shortOf(question: CommandQuestion, long: string): string | undefined {
  const table = { ...FLAG_ALIASES[question.program], ...question.aliases };
  return Object.entries(table).find(([, l]) => l === long)?.[0];
}

export function buildCommand(
  question: CommandQuestion,
  parts: Parts,
  style: Style,
  reverse = false,
) {
  const flags = reverse ? [...parts.flags].reverse() : parts.flags;
  const words = [...parts.head];
  for (const [name, value] of flags) {
    const short = style === "short" ? shortOf(question, name) : undefined;
    const flag = short ?? name;
    if (value === true) words.push(flag);
    else if (style === "equals" && short === undefined) words.push(`${flag}=${value}`);
    else words.push(flag, value);
  }
  return quote(words);
}

function reorderKeys(node: unknown): void {
  if (isMap(node)) {
    node.items.reverse();
    for (const pair of node.items) reorderKeys(pair.value);
  } else if (isSeq(node)) {
    for (const item of node.items) reorderKeys(item);
  }
}

/** The same manifest with every mapping's keys in reverse order, strings quoted, comments. */
export function sameManifest(text: string, how: "reorder" | "quote" | "comment"): string {
  const docs = text.split(/^---\s*$/m).map((part) => parseDocument(part));
  return docs
    .map((doc) => {
      if (how === "reorder") {
        reorderKeys(doc.contents);
        return doc.toString();
      }
      if (how === "quote")
        return stringify(doc.toJS(), {
          defaultStringType: "QUOTE_DOUBLE",
          defaultKeyType: "PLAIN",
        });
      return `# a comment the grader ignores\n${doc.toString().replace(/\n/, "  # and another\n")}`;
    })
    .join("---\n");
}

/** The rules whose path a learner can leave out, and the manifest without it. */
export function withoutPath(
  text: string,
  documentIndex: number,
  question: ManifestQuestion,
  rule: ManifestRule,
): string | undefined {
  const docs = text.split(/^---\s*$/m).map((part) => parseDocument(part));
  const expected = question.documents[documentIndex];
  const doc = docs.find((d) => d.get("kind") === expected?.kind);
  if (!doc) return undefined;
  const path = simplePath(rule.path);
  if (!path || !doc.hasIn(path)) return undefined;
  doc.deleteIn(path);
  return docs.map((d) => d.toString()).join("---\n");
}

/** a.b["c.d"][0] as a list of keys and indexes; undefined for [field=value] selectors. */
function simplePath(path: string): (string | number)[] | undefined {
  if (/\[[^\]"]*=/.test(path)) return undefined;
  const out: (string | number)[] = [];
  const re = /([^.[\]]+)|\["([^"]+)"\]|\[(\d+)\]/g;
  for (let m = re.exec(path); m; m = re.exec(path)) {
    out.push(m[1] ?? m[2] ?? Number(m[3]));
  }
  return out;
}

export type { YamlNode };
