import type { Command } from "commander";
import { loadCourse } from "../../content/course.js";
import {
  completionScript,
  SHELLS,
  type CompletionCommand,
  type Shell,
} from "../../core/completion.js";
import { UsageError } from "../../shared/errors.js";
import { didYouMean } from "../../core/suggest.js";
import type { CommandContext } from "../../shared/context.js";
import { safeBlock } from "../../shared/safe-text.js";

const ARGUMENTS: Record<string, CompletionCommand["argument"]> = {
  learn: "module",
  glossary: "term",
  validate: "file",
  import: "file",
  completion: "shell",
};

export async function runCompletion(ctx: CommandContext, shell: string, program: Command) {
  if (!(SHELLS as readonly string[]).includes(shell)) {
    throw new UsageError(
      `no completion for shell "${shell}"`,
      `${didYouMean(shell, SHELLS) ?? "choose one of"}: ${SHELLS.join(", ")}`.replace(
        "?:",
        "? Shells:",
      ),
    );
  }
  const course = await loadCourse(ctx.contentDir);
  const longFlags = (command: Command) =>
    command.options.map((o) => o.long).filter((l): l is string => l !== undefined);
  const script = completionScript(shell as Shell, {
    bin: program.name(),
    globalOptions: longFlags(program).filter((f) => f !== "--version"),
    commands: program.commands.map((c) => ({
      name: c.name(),
      aliases: c.aliases(),
      options: longFlags(c),
      argument: ARGUMENTS[c.name()],
    })),
    modules: course.modules.map((m) => m.id),
    terms: course.glossary.flatMap((t) => [t.term, ...t.aliases]),
  });
  ctx.deps.stdout.write(safeBlock(script));
}
