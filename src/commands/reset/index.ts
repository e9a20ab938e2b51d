import { Command } from "commander";
import { contextOf, examples } from "../define.js";

export function resetCommand(): Command {
  return new Command("reset")
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
      const { runReset } = await import("../progress/run.js");
      await runReset(contextOf(command), options);
    });
}
