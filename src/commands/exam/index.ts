import { Command } from "commander";
import { contextOf, examples, repeatable, withScriptedOptions } from "../define.js";
import type { ExamOptions } from "./run.js";

export function examCommand(): Command {
  return withScriptedOptions(
    new Command("exam")
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
      const { runExam } = await import("./run.js");
      await runExam(contextOf(command), options);
    });
}
