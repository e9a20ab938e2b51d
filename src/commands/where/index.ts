import { Command } from "commander";
import { contextOf, examples } from "../define.js";

export function whereCommand(): Command {
  return new Command("where")
    .description("where your progress and settings are stored")
    .option("--json", "print JSON")
    .addHelpText(
      "after",
      examples(
        "$ eks-primer where                  the progress file, then its cache",
        "$ eks-primer where --json | jq -r .folder",
        '$ cp "$(eks-primer where | head -1)" ~/eks-backup.json',
        "$ EKS_PRIMER_HOME=/tmp/try eks-primer where",
      ) +
        "\nThe progress file holds everything eks-primer keeps: lessons read, your\n" +
        "place in the course, every attempt and review card. The summary beside it is\n" +
        "a cache that may be deleted. EKS_PRIMER_HOME moves both to another folder.\n",
    )
    .action(async (options: { json?: boolean }, command: Command) => {
      const { runWhere } = await import("./run.js");
      runWhere(contextOf(command), options);
    });
}
