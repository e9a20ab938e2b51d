import { Command } from "commander";
import { contextOf, examples } from "../define.js";

export function modulesCommand(): Command {
  return new Command("modules")
    .alias("list")
    .description("the course's modules in order, with lessons read, questions and best score")
    .option("--json", "print JSON")
    .addHelpText(
      "after",
      examples("$ eks-primer modules", "$ eks-primer modules --json | jq '.modules[].id'"),
    )
    .action(async (options: { json?: boolean }, command: Command) => {
      const { runModules } = await import("./run.js");
      await runModules(contextOf(command), options);
    });
}
