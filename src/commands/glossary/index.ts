import { Command } from "commander";
import { contextOf, examples } from "../define.js";

export function glossaryCommand(): Command {
  return new Command("glossary")
    .argument("[term]", "one term (or an alias of it)")
    .description("the course's terms, or one term with the lesson that teaches it")
    .option("--json", "print JSON")
    .addHelpText(
      "after",
      examples(
        "$ eks-primer glossary",
        "$ eks-primer glossary kubelet",
        "$ eks-primer glossary --json",
      ) + "\nOn a terminal the list opens in a pager (/ search, q quit); piped, it prints.\n",
    )
    .action(async (term: string | undefined, options: { json?: boolean }, command: Command) => {
      const { runGlossary } = await import("./run.js");
      await runGlossary(contextOf(command), term, options);
    });
}
