import { readCompiledSearch } from "../../content/course.js";
import { UsageError } from "../../shared/errors.js";
import {
  buildSearchIndex,
  loadSearchIndex,
  saveSearchIndex,
  searchIndex,
  type SearchIndex,
} from "../../core/search.js";
import { courseOf, storeFolder } from "../shared.js";
import { LIMITS } from "../../shared/limits.js";
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
  const hits = searchIndex(await indexOf(ctx, query), query, limit);
  if (options.json) ctx.output.out(JSON.stringify({ query, hits }, null, 2));
  else printSearch(ctx.output, query, hits);
}

/** The built-in course's index as built at build time; a pack's from its cache, or built and cached. */
async function indexOf(ctx: CommandContext, query: string): Promise<SearchIndex> {
  if (ctx.contentDir === undefined) {
    const built = readCompiledSearch();
    if (built !== undefined) return loadSearchIndex(built, query);
    return buildSearchIndex(await courseOf(ctx));
  }
  const { packCacheFile, packFingerprint, readPackIndex, writePackIndex } =
    await import("../../content/pack-cache.js");
  const print = packFingerprint(ctx.contentDir);
  const file = packCacheFile(storeFolder(ctx.home), ctx.contentDir, "search");
  const cached = print === undefined ? undefined : readPackIndex(file, print);
  if (cached !== undefined) return loadSearchIndex(cached, query);
  const index = buildSearchIndex(await courseOf(ctx));
  if (print !== undefined) await writePackIndex(file, print, saveSearchIndex(index));
  return index;
}
