import { isAbsolute, resolve } from "node:path";
import { Command, Option } from "commander";
import { PACKAGE_ROOT_URL } from "./paths.js";
// Statically: the course and the store, which nearly every command reads, load in parallel with
// the program instead of one after the other.
import { runModules } from "./commands/modules.js";
import type { ExamOptions } from "./commands/exam.js";
import type { LearnOptions } from "./commands/learn.js";
import type { ReviewOptions } from "./commands/review.js";
import type { QuizOptions } from "./commands/quiz.js";
import { createOutput, terminalWidth, type OutStream, type Output } from "./ui/output.js";

export interface InStream extends NodeJS.ReadableStream {
  isTTY?: boolean | undefined;
  setRawMode?(mode: boolean): unknown;
}

export interface ProgramDeps {
  stdout: OutStream;
  stderr: OutStream;
  stdin: InStream;
  env: Record<string, string | undefined>;
  cwd: string;
  now: () => Date;
}

/** What every command receives: where to write, which course and store, and the global flags. */
export interface CommandContext {
  deps: ProgramDeps;
  output: Output;
  /** A content pack named by --content or EKS_PRIMER_CONTENT; undefined for the built-in course. */
  contentDir: string | undefined;
  /** Folder of the progress store named by EKS_PRIMER_HOME; undefined for conf's default. */
  home: string | undefined;
  debug: boolean;
  /** Runs another eks-primer command in this process (learn offers the quiz this way). */
  run(argv: string[]): Promise<void>;
}

interface GlobalOptions {
  content?: string;
  color: boolean;
  debug?: boolean;
}

export function readVersion(): string {
  // Not an ESM import of node:fs: see isEntryPoint in index.ts.
  const { readFileSync } = process.getBuiltinModule("node:fs");
  const pkg = JSON.parse(readFileSync(new URL("package.json", PACKAGE_ROOT_URL), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  ${line}`).join("\n")}\n`;
}

/** Builds the command line. Each command's code is imported only when that command runs. */
export function createProgram(deps: ProgramDeps, argv?: readonly string[]): Command {
  const program = new Command("eks-primer");

  const context = (command: Command): CommandContext => {
    const globals = command.optsWithGlobals<GlobalOptions>();
    const contentDir = globals.content ?? (deps.env.EKS_PRIMER_CONTENT || undefined);
    const home = deps.env.EKS_PRIMER_HOME || undefined;
    return {
      deps,
      output: createOutput({
        stdout: deps.stdout,
        stderr: deps.stderr,
        env: deps.env,
        noColor: !globals.color,
        stdinIsTTY: deps.stdin.isTTY,
      }),
      contentDir: contentDir === undefined ? undefined : absolute(deps.cwd, contentDir),
      home: home === undefined ? undefined : absolute(deps.cwd, home),
      debug: globals.debug === true,
      run: async (argv) => {
        const passOn = [
          ...(globals.content === undefined ? [] : ["--content", globals.content]),
          ...(globals.color ? [] : ["--no-color"]),
        ];
        const args = [...argv, ...passOn];
        await createProgram(deps, args).parseAsync(args, { from: "user" });
      },
    };
  };

  program
    .description(
      "Learn Amazon EKS in the terminal: the EKS Primer course, its knowledge checks,\n" +
        "your progress and scores.",
    )
    .version(readVersion(), "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .addHelpCommand("help [command]", "show help for a command")
    .option(
      "--content <dir>",
      "use the content pack in <dir> instead of the built-in course (env EKS_PRIMER_CONTENT)",
    )
    .option("--no-color", "plain output without colour (also NO_COLOR=1)")
    .option("--debug", "show stack traces of unexpected errors")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => deps.stdout.write(text),
      writeErr: (text) => deps.stderr.write(text),
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
        "Progress is stored in EKS_PRIMER_HOME when set, else in your user config folder.\n",
    );

  // Only the command being run is defined (with its options, help and action), which keeps
  // start-up short; everything is defined for the root help, `help`, `completion` and for a
  // name that is not a command (so that its error can suggest the nearest ones).
  const wanted = commandName(argv);
  const table: { names: string[]; define: () => void }[] = [];
  const define = (names: string[], build: () => void) => table.push({ names, define: build });

  define(["learn"], () => {
    program
      .command("learn")
      .argument("[module]", "open this module (eks-primer modules lists them)")
      .description(
        "read the course: a menu of modules, lessons in a pager, resume where you left off",
      )
      .option("--lesson <id>", "open this lesson (an id of the module, or module/lesson)")
      .option("--print", "write the module or lesson to stdout as text (automatic when piped)")
      .addHelpText(
        "after",
        examples(
          "$ eks-primer learn                             the menu, or Continue",
          "$ eks-primer learn networking                  its first unread lesson",
          "$ eks-primer learn scaling --lesson karpenter  one lesson",
          "$ eks-primer learn storage --print | less      the module as text",
        ) +
          "\nKeys in a lesson: Enter, n or → next lesson; p or ← previous; space, ↓ and\n" +
          "PgDn scroll; 1-9 a lesson of the module; m menu; q quit. Your place is saved\n" +
          "as you read.\n",
      )
      .action(async (module: string | undefined, options: LearnOptions, command: Command) => {
        const { runLearn } = await import("./commands/learn.js");
        await runLearn(context(command), module, options);
      });
  });

  define(["quiz"], () => {
    withScriptedOptions(
      program
        .command("quiz")
        .description("check what you learned: a module's knowledge check, or answers from a file")
        .option(
          "-m, --module <id>",
          "quiz on this module (repeatable; eks-primer modules lists them)",
          repeatable,
        )
        .option("--all", "quiz on the whole course")
        .option("--count <n>", "ask a random sample of n questions")
        .option("--seed <n>", "make the option order and the sample repeatable")
        .option("--no-shuffle", "show options in the course's order")
        .option("--pass-mark <percent>", "percent needed to pass", "70"),
      "grade answers from a JSON or YAML file (- for stdin), no prompts",
    )
      .addHelpText(
        "after",
        examples(
          "$ eks-primer quiz --module networking              a module's knowledge check",
          "$ eks-primer quiz                                  pick a module from a list",
          "$ eks-primer quiz --all --count 10 --seed 7        10 questions, repeatable",
          "$ eks-primer quiz -m networking --list --json      the questions, for a script",
          "$ eks-primer quiz -m networking --answers a.yaml   grade answers, no prompts",
          "$ cat answers.json | eks-primer quiz --answers - --json",
          "$ eks-primer quiz --all --answers a.json --format junit --output report.xml",
        ) +
          "\nAnswers file (JSON or YAML), by question id:\n" +
          '  {"<id>": "b"} single, {"<id>": ["a", "c"]} multiple,\n' +
          '  {"<id>": {"<item>": "<category>"}} categorize.\n' +
          "A question left out counts as wrong. Exit codes with --answers: 0 passed, 1 not\n" +
          "passed, 2 invalid answers (every problem listed, nothing recorded). Ctrl-C: 130.\n",
      )
      .action(async (options: QuizOptions, command: Command) => {
        const { runQuiz } = await import("./commands/quiz.js");
        await runQuiz(context(command), options);
      });
  });

  define(["review"], () => {
    program
      .command("review")
      .description("spaced repetition: the questions due again, most overdue first")
      .option("-m, --module <id>", "only this module's questions (repeatable)", repeatable)
      .option("--limit <n>", "ask at most n questions")
      .option("--list", "show what is due without asking")
      .option("--json", "with --list: print JSON")
      .addHelpText(
        "after",
        examples(
          "$ eks-primer review                      ask what is due",
          "$ eks-primer review --limit 5 -m scaling",
          "$ eks-primer review --list --json",
        ) +
          "\nEvery graded answer (quiz, exam, review) schedules its question with FSRS:\n" +
          "a miss comes back within minutes, a right answer in days, then at growing\n" +
          "intervals.\n",
      )
      .action(async (options: ReviewOptions, command: Command) => {
        const { runReview } = await import("./commands/review.js");
        await runReview(context(command), options);
      });
  });

  define(["exam"], () => {
    withScriptedOptions(
      program
        .command("exam")
        .description(
          "a timed exam: a sample across modules, flag and revisit, a per-module breakdown",
        )
        .option(
          "-m, --module <id>",
          "only these modules (repeatable; default: the whole course)",
          repeatable,
        )
        .option("--count <n>", "number of questions", "30")
        .option("--time <minutes>", "time limit: minutes (45, 45m) or seconds (90s)", "45")
        .option("--seed <n>", "make the sample and option order repeatable")
        .option("--pass-mark <percent>", "percent needed to pass", "70")
        .option("--no-shuffle", "show options in the course's order"),
      "grade answers from a JSON or YAML file (- for stdin; needs --seed)",
    )
      .addHelpText(
        "after",
        examples(
          "$ eks-primer exam                                 30 questions, 45 minutes",
          "$ eks-primer exam --count 20 --time 30",
          "$ eks-primer exam --seed 7 --list --json > exam.json",
          "$ eks-primer exam --seed 7 --answers answers.json --format junit -o exam.xml",
        ) +
          "\nQuestions are sampled across modules in proportion to their size. Exit codes:\n" +
          "0 passed, 1 not passed, 2 invalid answers or usage; Ctrl-C 130, nothing saved.\n",
      )
      .action(async (options: ExamOptions, command: Command) => {
        const { runExam } = await import("./commands/exam.js");
        await runExam(context(command), options);
      });
  });

  define(["progress", "stats"], () => {
    program
      .command("progress")
      .alias("stats")
      .description("your progress: lessons read, best and last scores, a sparkline, reviews due")
      .option("--json", "print JSON")
      .addHelpText(
        "after",
        examples("$ eks-primer progress", "$ eks-primer stats --json | jq '.totals'"),
      )
      .action(async (options: { json?: boolean }, command: Command) => {
        const { runProgress } = await import("./commands/progress.js");
        await runProgress(context(command), options);
      });
  });

  define(["reset"], () => {
    program
      .command("reset")
      .description("erase your progress, or one module's (asks first)")
      .option("-m, --module <id>", "erase only this module's lessons read, answers and cards")
      .option("-y, --yes", "do not ask (needed without a terminal)")
      .addHelpText(
        "after",
        examples(
          "$ eks-primer reset --module networking     start networking afresh",
          "$ eks-primer export -o backup.json && eks-primer reset --yes",
        ),
      )
      .action(async (options: { module?: string; yes?: boolean }, command: Command) => {
        const { runReset } = await import("./commands/progress.js");
        await runReset(context(command), options);
      });
  });

  define(["export"], () => {
    program
      .command("export")
      .description("write your progress as JSON, to move it to another machine")
      .option("-o, --output <file>", "write to this file instead of stdout")
      .addHelpText(
        "after",
        examples(
          "$ eks-primer export -o eks-progress.json",
          "$ eks-primer export > eks-progress.json",
        ),
      )
      .action(async (options: { output?: string }, command: Command) => {
        const { runExport } = await import("./commands/progress.js");
        await runExport(context(command), options);
      });
  });

  define(["import"], () => {
    program
      .command("import")
      .argument("<file>", "a file written by eks-primer export")
      .description("merge progress exported on another machine (importing twice adds nothing)")
      .addHelpText("after", examples("$ eks-primer import eks-progress.json"))
      .action(async (file: string, _options: unknown, command: Command) => {
        const { runImport } = await import("./commands/progress.js");
        await runImport(context(command), file);
      });
  });

  define(["search"], () => {
    program
      .command("search")
      .argument("<words...>", "words to look for")
      .description("find lessons and glossary terms, best match first")
      .option("--json", "print JSON")
      .option("--limit <n>", "at most this many results", "10")
      .addHelpText(
        "after",
        examples("$ eks-primer search karpenter", "$ eks-primer search load balancer --json"),
      )
      .action(
        async (words: string[], options: { json?: boolean; limit?: string }, command: Command) => {
          const { runSearch } = await import("./commands/search.js");
          await runSearch(context(command), words, options);
        },
      );
  });

  define(["glossary"], () => {
    program
      .command("glossary")
      .argument("[term]", "one term (or an alias of it)")
      .description("the course's terms, or one term with the lesson that teaches it")
      .option("--json", "print JSON")
      .addHelpText(
        "after",
        examples(
          "$ eks-primer glossary",
          "$ eks-primer glossary kubelet",
          "$ eks-primer glossary --json",
        ),
      )
      .action(async (term: string | undefined, options: { json?: boolean }, command: Command) => {
        const { runGlossary } = await import("./commands/glossary.js");
        await runGlossary(context(command), term, options);
      });
  });

  define(["modules", "list"], () => {
    program
      .command("modules")
      .alias("list")
      .description("the course's modules in order, with lessons read, questions and best score")
      .option("--json", "print JSON")
      .addHelpText(
        "after",
        examples("$ eks-primer modules", "$ eks-primer modules --json | jq '.modules[].id'"),
      )
      .action(async (options: { json?: boolean }, command: Command) => {
        await runModules(context(command), options);
      });
  });

  define(["validate"], () => {
    program
      .command("validate")
      .argument("[dir]", "content pack folder (default: the built-in course, or --content)")
      .description(
        "check a content pack: YAML syntax, schema, ids and cross-references, and how well its questions are written",
      )
      .option("--strict", "count item-writing warnings as problems (exit 1)")
      .option("--json", "print the report as JSON")
      .addHelpText(
        "after",
        examples(
          "$ eks-primer validate                  check the built-in course",
          "$ eks-primer validate ./my-pack        check your own pack",
          "$ eks-primer validate ./my-pack --strict",
          "$ eks-primer validate ./my-pack --json",
        ) +
          "\nItem-writing warnings (exit 0; problems with --strict): the right option is\n" +
          "the longest or much longer than the rest, right answers crowd one position,\n" +
          'options repeat or say "all/none of the above", a categorize item has no why,\n' +
          "a lesson no question teaches, a module with fewer than 8 questions.\n" +
          "\nExit codes: 0 valid, 1 problems found, 2 the folder cannot be read.\n",
      )
      .action(
        async (
          dir: string | undefined,
          options: { json?: boolean; strict?: boolean },
          command: Command,
        ) => {
          const { runValidate } = await import("./commands/validate.js");
          await runValidate(context(command), dir, options);
        },
      );
  });

  define(["schema"], () => {
    program
      .command("schema")
      .description("print the JSON Schema of a content file, for editors and content authors")
      .addOption(
        new Option("--file <kind>", "which file: course, module or glossary")
          .choices(["course", "module", "glossary"])
          .default("module"),
      )
      .addHelpText(
        "after",
        examples(
          "$ eks-primer schema                       the schema of module.yaml files",
          "$ eks-primer schema --file course > course.schema.json",
        ) +
          "\nEditors with the YAML language server check a file against the schema its\n" +
          "first line names:\n" +
          "  # yaml-language-server: $schema=./module.schema.json\n" +
          "The package ships the schemas in dist/schema/; the built-in course points there.\n",
      )
      .action(async (options: { file: "course" | "module" | "glossary" }, command: Command) => {
        const { runSchema } = await import("./commands/schema.js");
        runSchema(context(command), options);
      });
  });

  define(["completion"], () => {
    program
      .command("completion")
      .argument("<shell>", "bash, zsh or fish")
      .description(
        "print a shell completion script (commands, options, module ids, glossary terms)",
      )
      .addHelpText(
        "after",
        examples(
          "$ source <(eks-primer completion bash)   bash: add the line to ~/.bashrc",
          "$ source <(eks-primer completion zsh)    zsh: to ~/.zshrc, after compinit",
          "$ eks-primer completion fish > ~/.config/fish/completions/eks-primer.fish",
        ),
      )
      .action(async (shell: string, _options: unknown, command: Command) => {
        const { runCompletion } = await import("./commands/completion.js");
        await runCompletion(context(command), shell, program);
      });
  });

  const only = table.find((entry) => wanted !== undefined && entry.names.includes(wanted));
  for (const entry of table) {
    if (only === undefined || entry === only) entry.define();
  }
  for (const command of program.commands) {
    command.exitOverride().configureOutput(program.configureOutput());
    command.showSuggestionAfterError(true);
  }
  return program;
}

/** Collects a repeatable option's values: -m a -m b gives ["a", "b"]. */
function repeatable(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** The command a command line runs: its first word that is not an option (or an option's value). */
function commandName(argv: readonly string[] | undefined): string | undefined {
  if (argv === undefined) return undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--content") i++;
    else if (!arg.startsWith("-")) {
      // `help` and `completion` need every command.
      return arg === "help" || arg === "completion" ? undefined : arg;
    }
  }
  return undefined;
}

/** The scripted contract shared by quiz and exam: --list, --answers, --format, --output. */
function withScriptedOptions(command: Command, answersHelp: string): Command {
  return command
    .option("--list", "print the questions (without answers) instead of asking them")
    .option("--answers <file|->", answersHelp)
    .option("--json", "with --list or --answers: print JSON (short for --format json)")
    .option("--format <format>", "with --list or --answers: text, json or junit")
    .option("-o, --output <file>", "with --list or --answers: write the report to a file")
    .option("--no-save", "do not record this attempt");
}

function absolute(cwd: string, path: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}
