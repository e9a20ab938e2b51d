import { UsageError } from "../../shared/errors.js";
import { didYouMean } from "../../core/suggest.js";
import type { CommandContext } from "../../shared/context.js";
import { printGlossary } from "../../ui/glossary-view.js";
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
  await printGlossary(ctx.output, course, terms, term !== undefined);
}
