import { Command } from "commander";
import { contextOf, examples } from "../define.js";

export function progressCommand(): Command {
  return new Command("progress")
    .alias("stats")
    .description("your progress: lessons read, best and last scores, a sparkline, reviews due")
    .option("--json", "print JSON")
    .addHelpText(
      "after",
      examples("$ eks-primer progress", "$ eks-primer stats --json | jq '.totals'"),
    )
    .action(async (options: { json?: boolean }, command: Command) => {
      const { runProgress } = await import("./run.js");
      await runProgress(contextOf(command), options);
    });
}
