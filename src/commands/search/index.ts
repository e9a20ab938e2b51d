import { Command } from "commander";
import { contextOf, examples } from "../define.js";

export function searchCommand(): Command {
  return new Command("search")
    .argument("<words...>", "words to look for")
    .description("find lessons and glossary terms, best match first")
    .option("--json", "print JSON")
    .option("--limit <n>", "at most this many results", "10")
    .addHelpText(
      "after",
      examples("$ eks-primer search karpenter", "$ eks-primer search load balancer --json"),
    )
    .action(
      async (words: string[], options: { json?: boolean; limit?: string }, command: Command) => {
        const { runSearch } = await import("./run.js");
        await runSearch(contextOf(command), words, options);
      },
    );
}
