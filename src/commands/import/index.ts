import { Command } from "commander";
import { contextOf, examples } from "../define.js";

export function importCommand(): Command {
  return new Command("import")
    .argument("<file>", "a file written by eks-primer export")
    .description("merge progress exported on another machine (importing twice adds nothing)")
    .addHelpText("after", examples("$ eks-primer import eks-progress.json"))
    .action(async (file: string, _options: unknown, command: Command) => {
      const { runImport } = await import("../progress/run.js");
      await runImport(contextOf(command), file);
    });
}
