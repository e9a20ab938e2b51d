import type { Command } from "commander";
import {
  completionScript,
  SHELLS,
  type CompletionCommand,
  type Shell,
} from "../../core/completion.js";
import { UsageError } from "../../shared/errors.js";
import { didYouMean } from "../../core/suggest.js";
import type { CommandContext } from "../../shared/context.js";
import { courseOf } from "../shared.js";
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
  const course = await courseOf(ctx);
  const longFlags = (command: Command) =>
    command.options.map((o) => o.long).filter((l): l is string => l !== undefined);
  const script = completionScript(shell as Shell, {
    bin: program.name(),
    globalOptions: longFlags(program).filter((f) => f !== "--version"),
    commands: program.commands.map((c) => ({
      name: c.name(),
      aliases: c.aliases(),
      options: longFlags(c),
      shorts: Object.fromEntries(
        c.options.flatMap((o) => (o.long && o.short ? [[o.long, o.short]] : [])),
      ),
      argument: ARGUMENTS[c.name()],
    })),
    modules: course.modules.map((m) => m.id),
    lessons: Object.fromEntries(course.modules.map((m) => [m.id, m.lessons.map((l) => l.id)])),
    valueOptions: [
      ...new Set(
        [program, ...program.commands]
          .flatMap((c) => c.options)
          .filter((o) => o.required || o.optional)
          .flatMap((o) => [o.long, o.short])
          .filter((f): f is string => f !== undefined),
      ),
    ],
    terms: course.glossary.flatMap((t) => [t.term, ...t.aliases]),
  });
  ctx.deps.stdout.write(safeBlock(script));
}
