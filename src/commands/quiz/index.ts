import { Command } from "commander";
import { contextOf, examples, repeatable, withScriptedOptions } from "../define.js";
import type { QuizOptions } from "./run.js";

export function quizCommand(): Command {
  return withScriptedOptions(
    new Command("quiz")
      .description("check what you learned: a module's knowledge check, or answers from a file")
      .option(
        "-m, --module <id>",
        "quiz on this module (repeatable; eks-primer modules lists them)",
        repeatable,
      )
      .option("--all", "quiz on the whole course")
      .option("--retry", "ask again the questions missed in your last quiz of this scope")
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
        "$ eks-primer quiz -m networking --retry            the ones you last missed",
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
      const { runQuiz } = await import("./run.js");
      await runQuiz(contextOf(command), options);
    });
}
