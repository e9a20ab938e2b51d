import { Command } from "commander";
import { contextOf, examples, repeatable } from "../define.js";

function initCommand(): Command {
  return new Command("init")
    .argument("[dir]", "folder of the workspace", "eks-primer-practice")
    .description("write a workspace: one file per exercise, in module folders, and a README")
    .option("-m, --module <id>", "only this module's exercises (repeatable)", repeatable)
    .addHelpText(
      "after",
      examples(
        "$ eks-primer practice init                   all, in ./eks-primer-practice",
        "$ eks-primer practice init ~/eks -m storage  one module's exercises",
      ) + "\nA file that exists is never overwritten: run init again to add what is missing.\n",
    )
    .action(async (dir: string, options: { module?: string[] }, command: Command) => {
      const { runPracticeInit } = await import("./run.js");
      await runPracticeInit(contextOf(command), dir, options);
    });
}

function checkCommand(): Command {
  return new Command("check")
    .argument("[dir]", "the workspace (default: here, or ./eks-primer-practice)")
    .description("grade every exercise of a workspace")
    .option("--json", "print the results as JSON")
    .addHelpText(
      "after",
      examples("$ eks-primer practice check", "$ eks-primer practice check ~/eks --json") +
        "\nExit codes: 0 all solved, 1 some not solved yet, 2 not a practice workspace.\n",
    )
    .action(async (dir: string | undefined, options: { json?: boolean }, command: Command) => {
      const { runPracticeCheck } = await import("./run.js");
      await runPracticeCheck(contextOf(command), dir, options);
    });
}

function watchCommand(): Command {
  return new Command("watch")
    .argument("[dir]", "the workspace (default: here, or ./eks-primer-practice)")
    .description("re-check an exercise each time its file is saved")
    .addHelpText(
      "after",
      examples("$ eks-primer practice watch") +
        "\nKeys: h the next hint of the current exercise, s its solution (after three\n" +
        "failed checks, with a confirmation), q quit.\n",
    )
    .action(async (dir: string | undefined, _options: unknown, command: Command) => {
      const { runPracticeWatch } = await import("./watch.js");
      await runPracticeWatch(contextOf(command), dir);
    });
}

export function practiceCommand(): Command {
  return new Command("practice")
    .description("hands-on exercises in files: write the command or manifest, graded offline")
    .addCommand(initCommand())
    .addCommand(checkCommand())
    .addCommand(watchCommand())
    .addHelpText(
      "after",
      examples(
        "$ eks-primer practice init      write the exercises to ./eks-primer-practice",
        "$ cd eks-primer-practice && eks-primer practice watch",
        "$ eks-primer practice check --json",
      ),
    );
}
