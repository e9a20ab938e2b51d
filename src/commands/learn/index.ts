import { Command } from "commander";
import { contextOf, examples } from "../define.js";
import type { LearnOptions } from "./run.js";

export function learnCommand(): Command {
  return new Command("learn")
    .argument("[module]", "open this module (eks-primer modules lists them)")
    .description(
      "read the course: a menu of modules, lessons in a pager, resume where you left off",
    )
    .option("--lesson <id>", "open this lesson (an id of the module, or module/lesson)")
    .option("--print", "write the module or lesson to stdout as text (automatic when piped)")
    .addHelpText(
      "after",
      examples(
        "$ eks-primer learn                             the menu, or Continue",
        "$ eks-primer learn networking                  its first unread lesson",
        "$ eks-primer learn scaling --lesson karpenter  one lesson",
        "$ eks-primer learn storage --print | less      the module as text",
      ) +
        "\nKeys in a lesson: Enter, n or → next lesson; p or ← previous; space, ↓ and\n" +
        "PgDn scroll; g/G top/bottom; / search, then n/N next/previous match until Esc;\n" +
        "1-9 a lesson of the module; m menu; ? all keys; q quit. In the menu: a number\n" +
        "picks that module, q quits. Your place, and the line in the lesson, is saved as\n" +
        "you read.\n",
    )
    .action(async (module: string | undefined, options: LearnOptions, command: Command) => {
      const { runLearn } = await import("./run.js");
      await runLearn(contextOf(command), module, options);
    });
}
