import { Command } from "commander";
import { contextOf, examples } from "../define.js";

export function validateCommand(): Command {
  return new Command("validate")
    .argument("[dir]", "content pack folder (default: the built-in course, or --content)")
    .description(
      "check a content pack: YAML syntax, schema, ids and cross-references, and how well its questions are written",
    )
    .option("--strict", "count item-writing warnings as problems (exit 1)")
    .option("--json", "print the report as JSON")
    .addHelpText(
      "after",
      examples(
        "$ eks-primer validate                  check the built-in course",
        "$ eks-primer validate ./my-pack        check your own pack",
        "$ eks-primer validate ./my-pack --strict",
        "$ eks-primer validate ./my-pack --json",
      ) +
        "\nItem-writing warnings (exit 0; problems with --strict): the right option is\n" +
        "the longest or much longer than the rest, right answers crowd one position,\n" +
        'options repeat or say "all/none of the above", a categorize item has no why,\n' +
        "a lesson no question teaches, a module with fewer than 8 questions.\n" +
        "\nExit codes: 0 valid, 1 problems found, 2 the folder cannot be read.\n",
    )
    .action(
      async (
        dir: string | undefined,
        options: { json?: boolean; strict?: boolean },
        command: Command,
      ) => {
        const { runValidate } = await import("./run.js");
        await runValidate(contextOf(command), dir, options);
      },
    );
}
