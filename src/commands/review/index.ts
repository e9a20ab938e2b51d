import { Command } from "commander";
import { contextOf, examples, repeatable } from "../define.js";
import type { ReviewOptions } from "./run.js";

export function reviewCommand(): Command {
  return new Command("review")
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
        "intervals. When nothing is due, review learns ahead: it asks what comes due\n" +
        'within the next 20 minutes, and says so (--list --json: "learnAhead": true).\n',
    )
    .action(async (options: ReviewOptions, command: Command) => {
      const { runReview } = await import("./run.js");
      await runReview(contextOf(command), options);
    });
}
