// One command line read the way a shell and the program read it, then compared with what an
// exercise asks for by meaning: flags in any order, `--flag value` or `--flag=value`, short
// aliases, kubectl's resource type names, quoting.
import type { parse as ParseLine } from "shell-quote";
import type { CommandProgram, CommandQuestion, FlagValue } from "../../content/model.js";
import { BOOLEAN_FLAGS, canonicalResource, FLAG_ALIASES } from "./command-aliases.js";

export interface ParsedCommand {
  program: string;
  /** The words that are not flags or flag values, in order: subcommands, then arguments. */
  words: string[];
  /** Long flag -> the values given (true: given without a value). */
  flags: Map<string, (string | true)[]>;
}

type Entry = ReturnType<typeof ParseLine>[number];

let parse: typeof ParseLine | undefined;

/**
 * Loads the shell splitter (a session prepares its questions first, see QuestionKind.prepare):
 * listing questions or reading progress never loads it.
 */
export async function loadShellSplitter(): Promise<void> {
  // CommonJS: its module.exports is the default export, from Node and from the bundle alike.
  parse ??= (await import("shell-quote")).default.parse;
}

/** Splits a line like a shell does; refuses pipes, redirections and lists of commands. */
export function splitLine(line: string): { tokens: string[]; problem?: string } {
  if (!parse) throw new Error("the shell splitter is used before loadShellSplitter()");
  const entries: Entry[] = parse(line.trim(), (name) => `$${name}`);
  const tokens: string[] = [];
  for (const entry of entries) {
    if (typeof entry === "string") tokens.push(entry);
    else if ("comment" in entry) break;
    else {
      const { op, pattern } = entry as { op?: string; pattern?: string };
      if (op === "glob" && pattern !== undefined) tokens.push(pattern);
      else {
        return {
          tokens,
          problem: /^[<>]/.test(String(op))
            ? `\`${String(op)}\` redirects the output; give the command only`
            : `\`${String(op)}\` joins more than one command; give the one command only`,
        };
      }
    }
  }
  // A prompt pasted with the command: "$ kubectl get pods".
  if (tokens[0] === "$") tokens.shift();
  return { tokens };
}

function programName(token: string): string {
  return token.split("/").pop() ?? token;
}

interface FlagContext {
  aliases: Readonly<Record<string, string>>;
  booleans: ReadonlySet<string>;
}

function contextFor(question: CommandQuestion): FlagContext {
  const booleans = new Set(BOOLEAN_FLAGS[question.program]);
  for (const [name, value] of Object.entries(question.required)) {
    if (value === true) booleans.add(name);
  }
  return { aliases: { ...FLAG_ALIASES[question.program], ...question.aliases }, booleans };
}

/** `-it`: kubectl's grouped short flags, when every letter is a short flag without a value. */
function expandGroup(token: string, context: FlagContext): string[] {
  if (!/^-[A-Za-z]{2,}$/.test(token)) return [token];
  const letters = [...token.slice(1)].map((c) => `-${c}`);
  const allBoolean = letters.every((f) => {
    const long = context.aliases[f];
    return long !== undefined && context.booleans.has(long);
  });
  return allBoolean ? letters : [token];
}

/** Reads the tokens after the program into words and flags. */
export function readTokens(tokens: readonly string[], question: CommandQuestion): ParsedCommand {
  const context = contextFor(question);
  const [first = "", ...rest] = tokens;
  const queue = rest.flatMap((t) => expandGroup(t, context));
  const words: string[] = [];
  const flags = new Map<string, (string | true)[]>();
  const add = (name: string, value: string | true) =>
    flags.set(name, [...(flags.get(name) ?? []), value]);
  let onlyWords = false;
  for (let i = 0; i < queue.length; i++) {
    const token = queue[i] ?? "";
    if (onlyWords || !token.startsWith("-") || token === "-") {
      words.push(token);
      continue;
    }
    if (token === "--") {
      onlyWords = true;
      continue;
    }
    const eq = token.indexOf("=");
    const raw = eq > 0 ? token.slice(0, eq) : token;
    const name = context.aliases[raw] ?? raw;
    if (eq > 0) add(name, token.slice(eq + 1));
    else if (context.booleans.has(name)) add(name, true);
    else {
      const next = queue[i + 1];
      if (next === undefined || (next.startsWith("-") && next.length > 1 && !/^-\d/.test(next))) {
        add(name, true);
      } else {
        add(name, next);
        i++;
      }
    }
  }
  return { program: programName(first), words, flags };
}

const code = (text: string) => `\`${text}\``;

function jsonValue(text: string): unknown {
  if (!/^\s*[[{]/.test(text)) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Equal as text, or as JSON when both are JSON objects or lists (the AWS CLI's structures). */
export function sameValue(given: string, wanted: string): boolean {
  if (given === wanted) return true;
  const a = jsonValue(given);
  return a !== undefined && JSON.stringify(a) === JSON.stringify(jsonValue(wanted));
}

function sameWord(program: CommandProgram, given: string, wanted: string): boolean {
  if (given === wanted) return true;
  if (program !== "kubectl") return false;
  const a = canonicalResource(given);
  return a !== undefined && a === canonicalResource(wanted);
}

/** kubectl's `type/name` is the type and the name: `deploy/web` reads as `deployments web`. */
function splitTypeName(program: CommandProgram, words: readonly string[]): string[] {
  if (program !== "kubectl") return [...words];
  return words.flatMap((word) => {
    const slash = word.indexOf("/");
    if (slash <= 0) return [word];
    const type = word.slice(0, slash);
    return canonicalResource(type) === undefined ? [word] : [type, word.slice(slash + 1)];
  });
}

function describeValue(value: FlagValue): string {
  if (value === true) return "given without a value";
  return Array.isArray(value) ? value.join(" or ") : value;
}

function flagProblems(question: CommandQuestion, flags: ParsedCommand["flags"]): string[] {
  const problems: string[] = [];
  for (const [name, wanted] of Object.entries(question.required)) {
    const given = flags.get(name);
    if (given === undefined) {
      problems.push(`${code(name)} is missing`);
      continue;
    }
    if (given.length > 1) problems.push(`${code(name)} is given ${given.length} times`);
    const value = given[given.length - 1] ?? true;
    if (wanted === true) {
      if (value !== true && value !== "true") problems.push(`${code(name)} takes no value here`);
      continue;
    }
    const accepted = Array.isArray(wanted) ? wanted : [wanted];
    if (value === true || !accepted.some((v) => sameValue(value, v))) {
      problems.push(`${code(name)} should be ${describeValue(wanted)}`);
    }
  }
  for (const name of flags.keys()) {
    if (!(name in question.required) && !question.allowed.includes(name)) {
      problems.push(`${code(name)} is not needed here`);
    }
  }
  return problems;
}

function wordProblems(question: CommandQuestion, parsed: ParsedCommand): string[] {
  const start = [question.program, ...question.path].join(" ");
  const words = splitTypeName(question.program, parsed.words);
  const path = words.slice(0, question.path.length);
  if (
    parsed.program !== question.program ||
    path.some((w, i) => w !== question.path[i]) ||
    path.length < question.path.length
  ) {
    return [`the command should start with ${code(start)}`];
  }
  const args = words.slice(question.path.length);
  const problems: string[] = [];
  question.args.forEach((wanted, i) => {
    const given = args[i];
    if (given === undefined) problems.push(`${code(wanted)} is missing after ${code(start)}`);
    else if (!sameWord(question.program, given, wanted)) {
      problems.push(`${code(given)} should be ${code(wanted)}`);
    }
  });
  for (const extra of args.slice(question.args.length)) {
    problems.push(`${code(extra)} is not needed here`);
  }
  return problems;
}

/** Every problem with a command line as the answer to `question`; none when it is right. */
export function commandProblems(question: CommandQuestion, line: string): string[] {
  if (line.trim() === "") return [`write the command, starting with ${code(question.program)}`];
  let split: ReturnType<typeof splitLine>;
  try {
    split = splitLine(line);
  } catch (error) {
    return [`the line cannot be read as a shell would: ${(error as Error).message}`];
  }
  if (split.problem !== undefined) return [split.problem];
  const parsed = readTokens(split.tokens, question);
  const words = wordProblems(question, parsed);
  // A different command: its flags are not worth comparing.
  if (words[0]?.startsWith("the command should start")) return words;
  return [...words, ...flagProblems(question, parsed.flags)];
}
