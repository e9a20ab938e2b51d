import type { Course, GlossaryTerm } from "../../content/model.js";
import { InterruptedError, UsageError } from "../../shared/errors.js";
import { didYouMean } from "../../core/suggest.js";
import type { CommandContext } from "../../shared/context.js";
import { glossaryLines, printGlossary } from "../../ui/glossary-view.js";
import { plainText } from "../../ui/markdown.js";
import { courseOf } from "../shared.js";

export async function runGlossary(
  ctx: CommandContext,
  term: string | undefined,
  options: { json?: boolean | undefined },
): Promise<void> {
  const course = await courseOf(ctx);
  let terms = course.glossary;
  if (term !== undefined) {
    const wanted = term.toLowerCase();
    const found = terms.filter(
      (t) => t.term.toLowerCase() === wanted || t.aliases.some((a) => a.toLowerCase() === wanted),
    );
    if (found.length === 0) {
      const names = terms.flatMap((t) => [t.term, ...t.aliases]);
      const hint = didYouMean(term, names);
      throw new UsageError(
        `"${term}" is not in the glossary`,
        hint
          ? `${hint} (eks-primer glossary lists every term)`
          : `list every term with eks-primer glossary, or search the lessons: eks-primer search ${term}`,
      );
    }
    terms = found;
  }
  if (options.json) {
    ctx.output.out(JSON.stringify({ terms }, null, 2));
    return;
  }
  const rows = (ctx.deps.stdout as { rows?: number }).rows ?? 24;
  if (term === undefined && ctx.output.interactive && terms.length * 3 > rows) {
    await pageGlossary(ctx, course, terms);
    return;
  }
  await printGlossary(ctx.output, course, terms, term !== undefined);
}

/** On a terminal the whole glossary opens in the pager (scroll, / search, q); piped, it prints. */
async function pageGlossary(
  ctx: CommandContext,
  course: Course,
  terms: readonly GlossaryTerm[],
): Promise<void> {
  const [{ pagerRules }, { openKeys }, { restoreTerminal, showPage }, output, { createTheme }] =
    await Promise.all([
      import("../../core/pager.js"),
      import("../../ui/keys.js"),
      import("../../ui/pager.js"),
      import("../../ui/output.js"),
      import("../../ui/theme.js"),
    ]);
  const screen = {
    input: ctx.deps.stdin,
    output: ctx.deps.stdout,
    color: ctx.output.color,
    columns: () => output.terminalWidth(ctx.deps.stdout, ctx.deps.env),
  };
  const keys = openKeys(screen.input, screen.output);
  const header = createTheme(ctx.output.color).heading(
    `${plainText(course.title)}: glossary, ${terms.length} terms`,
  );
  try {
    const { action } = await showPage(screen, keys, {
      lessons: false,
      rules: pagerRules,
      render: async (width) => ({
        header,
        lines: await glossaryLines(course, terms, false, { width, color: ctx.output.color }),
      }),
    });
    if (action.type === "interrupt") throw new InterruptedError("interrupted");
  } finally {
    keys.close();
    restoreTerminal(screen);
  }
}
