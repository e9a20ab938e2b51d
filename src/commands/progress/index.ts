import { Command } from "commander";
import { contextOf, examples } from "../define.js";

export function progressCommand(): Command {
  return new Command("progress")
    .alias("stats")
    .description("your progress: lessons read, best and last scores, a sparkline, reviews due")
    .option("--json", "print JSON")
    .option("--path", "print where the progress is stored (as eks-primer where)")
    .addHelpText(
      "after",
      examples(
        "$ eks-primer progress",
        "$ eks-primer stats --json | jq '.totals'",
        "$ eks-primer progress --path          the progress file, then its cache",
      ),
    )
    .action(async (options: { json?: boolean; path?: boolean }, command: Command) => {
      if (options.path) {
        const { runWhere } = await import("../where/run.js");
        return runWhere(contextOf(command), options);
      }
      const { runProgress } = await import("./run.js");
      await runProgress(contextOf(command), options);
    });
}
