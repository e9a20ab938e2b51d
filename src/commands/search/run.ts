import { loadCourse } from "../../content/course.js";
import { UsageError } from "../../shared/errors.js";
import { LIMITS } from "../../shared/limits.js";
import { searchCourse } from "../../core/search.js";
import type { CommandContext } from "../../shared/context.js";
import { printSearch } from "../../ui/search-view.js";

export async function runSearch(
  ctx: CommandContext,
  words: string[],
  options: { json?: boolean | undefined; limit?: string | undefined },
): Promise<void> {
  const query = words.join(" ").trim();
  if (query === "")
    throw new UsageError("search needs words to look for", "eks-primer search karpenter");
  if (query.length > LIMITS.query.chars) {
    throw new UsageError(
      `the search is ${query.length.toLocaleString("en-US")} characters long; the limit is ${LIMITS.query.name}`,
      "search for a few words: eks-primer search karpenter",
    );
  }
  const limit = options.limit === undefined ? 10 : Number.parseInt(options.limit, 10);
  if (!Number.isInteger(limit) || limit < 1) {
    throw new UsageError(
      `--limit must be a whole number above 0, not "${options.limit}"`,
      "eks-primer search pods --limit 5",
    );
  }
  const course = await loadCourse(ctx.contentDir);
  const hits = searchCourse(course, query, limit);
  if (options.json) ctx.output.out(JSON.stringify({ query, hits }, null, 2));
  else printSearch(ctx.output, query, hits);
}
