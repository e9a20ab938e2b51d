import { Command } from "commander";
import { contextOf, examples } from "../define.js";

export function exportCommand(): Command {
  return new Command("export")
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
      const { runExport } = await import("../progress/run.js");
      await runExport(contextOf(command), options);
    });
}
