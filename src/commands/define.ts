// What command definitions share: the context of a run (found from the program a command was
// added to), help examples, and the options of the scripted contract.
import { isAbsolute, resolve } from "node:path";
import type { Command } from "commander";
import type { CommandContext, ProgramDeps } from "../shared/context.js";
import { createOutput } from "../ui/output.js";

const programs = new WeakMap<Command, ProgramDeps>();

/** Ties a program to the process it runs in: its commands find their context through it. */
export function bindDeps(program: Command, deps: ProgramDeps): void {
  programs.set(program, deps);
}

interface GlobalOptions {
  content?: string;
  color: boolean;
  debug?: boolean;
}

/** The context of a command being run: streams, course, store and the global flags. */
export function contextOf(command: Command): CommandContext {
  let root = command;
  while (root.parent) root = root.parent;
  const deps = programs.get(root);
  if (!deps) throw new Error(`command ${command.name()} is not part of a program`);
  const globals = command.optsWithGlobals<GlobalOptions>();
  const contentDir = globals.content ?? (deps.env.EKS_PRIMER_CONTENT || undefined);
  const home = deps.env.EKS_PRIMER_HOME || undefined;
  return {
    deps,
    output: createOutput({
      stdout: deps.stdout,
      get stderr() {
        return deps.stderr;
      },
      env: deps.env,
      noColor: !globals.color,
      // Asked only when it matters (standard input is made when first read).
      stdinIsTTY: deps.stdout.isTTY === true && deps.stdin.isTTY === true,
    }),
    contentDir: contentDir === undefined ? undefined : absolute(deps.cwd, contentDir),
    home: home === undefined ? undefined : absolute(deps.cwd, home),
    debug: globals.debug === true,
  };
}

function absolute(cwd: string, path: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}

/** The "Examples:" part of a command's help. */
export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  ${line}`).join("\n")}\n`;
}

/** Collects a repeatable option's values: -m a -m b gives ["a", "b"]. */
export function repeatable(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** The scripted contract shared by quiz and exam: --list, --answers, --format, --output. */
export function withScriptedOptions(command: Command, answersHelp: string): Command {
  return command
    .option("--list", "print the questions (without answers) instead of asking them")
    .option("--answers <file|->", answersHelp)
    .option("--json", "with --list or --answers: print JSON (short for --format json)")
    .option("--format <format>", "with --list or --answers: text, json or junit")
    .option("-o, --output <file>", "with --list or --answers: write the report to a file")
    .option("--no-save", "do not record this attempt");
}
