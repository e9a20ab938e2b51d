// The command line: the root program and its commands, each declared in src/commands/<name>/.
// A command's code is imported only when that command runs.
import { readFileSync } from "node:fs";
import { Command } from "commander";
import { completionCommand } from "./commands/completion/index.js";
import { bindDeps, examples } from "./commands/define.js";
import { examCommand } from "./commands/exam/index.js";
import { exportCommand } from "./commands/export/index.js";
import { glossaryCommand } from "./commands/glossary/index.js";
import { importCommand } from "./commands/import/index.js";
import { learnCommand } from "./commands/learn/index.js";
import { modulesCommand } from "./commands/modules/index.js";
import { practiceCommand } from "./commands/practice/index.js";
import { progressCommand } from "./commands/progress/index.js";
import { quizCommand } from "./commands/quiz/index.js";
import { resetCommand } from "./commands/reset/index.js";
import { reviewCommand } from "./commands/review/index.js";
import { schemaCommand } from "./commands/schema/index.js";
import { searchCommand } from "./commands/search/index.js";
import { validateCommand } from "./commands/validate/index.js";
import { whereCommand } from "./commands/where/index.js";
import { PACKAGE_ROOT_URL } from "./paths.js";
import type { ProgramDeps } from "./shared/context.js";
import { terminalWidth } from "./ui/output.js";
import { safeBlock } from "./shared/safe-text.js";

export type { ProgramDeps };

/** The commands, in the order the help lists them. */
const COMMANDS = [
  learnCommand,
  quizCommand,
  reviewCommand,
  examCommand,
  practiceCommand,
  progressCommand,
  whereCommand,
  resetCommand,
  exportCommand,
  importCommand,
  searchCommand,
  glossaryCommand,
  modulesCommand,
  validateCommand,
  schemaCommand,
  completionCommand,
];

export function readVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("package.json", PACKAGE_ROOT_URL), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

/** Builds the command line for one run. */
export function createProgram(deps: ProgramDeps): Command {
  const program = new Command("eks-primer")
    .description(
      "Learn Amazon EKS in the terminal: the EKS Primer course, its knowledge checks,\n" +
        "your progress and scores.",
    )
    .version(readVersion(), "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .helpCommand("help [command]", "show help for a command")
    .option(
      "--content <dir>",
      "use the content pack in <dir> instead of the built-in course (env EKS_PRIMER_CONTENT)",
    )
    .option("--no-color", "plain output without colour (also NO_COLOR=1)")
    .option("--debug", "show stack traces of unexpected errors")
    .configureOutput({
      writeOut: (text) => deps.stdout.write(safeBlock(text)),
      writeErr: (text) => deps.stderr.write(safeBlock(text)),
      // Errors are printed by the entry point, in one format for every command.
      outputError: () => undefined,
      getOutHelpWidth: () => terminalWidth(deps.stdout, deps.env),
      getErrHelpWidth: () => terminalWidth(deps.stderr, deps.env),
    })
    .addHelpText(
      "after",
      examples(
        "$ eks-primer learn                     open the course, or resume",
        "$ eks-primer quiz --module networking  a module's knowledge check",
        "$ eks-primer review                    ask again what you missed",
        "$ eks-primer exam --count 20           a timed exam across the course",
        "$ eks-primer progress                  lessons read, scores, reviews due",
        "$ eks-primer search karpenter          find the lesson that teaches it",
      ) +
        "\nExit codes: 0 ok, 1 the quiz, exam or check you asked for did not pass,\n" +
        "2 could not do what was asked (usage, input, content), 130 interrupted.\n" +
        "Progress is stored in EKS_PRIMER_HOME when set, else in your user config folder\n" +
        "(eks-primer where prints the path).\n",
    );
  bindDeps(program, deps);
  for (const make of COMMANDS) program.addCommand(make());
  // Every command, and the subcommands of those that have some (practice init, check, watch).
  const all = (c: Command): Command[] => [c, ...c.commands.flatMap(all)];
  for (const command of all(program)) {
    command.exitOverride().showSuggestionAfterError(true);
    if (command !== program) {
      command.helpOption("-h, --help", "show help").configureOutput(program.configureOutput());
      if (command.commands.length > 0)
        command.helpCommand("help [command]", "show help for a command");
    }
  }
  return program;
}
