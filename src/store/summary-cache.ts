// The summary cache beside the progress file, keyed by the file's size and modification time: a
// read-only command (progress, modules) that finds it matching the file as it is now reads the
// summary instead of checking and summarizing every attempt.
import { readFileSync, statSync } from "node:fs";
import { writeFileAtomic } from "./atomic-write.js";
import type { ProgressSummary } from "./types.js";

/** What the cache is keyed by. */
export interface FileState {
  size: number;
  mtimeMs: number;
}

/** The state of the file at `path`; undefined when there is none. */
export function fileState(path: string): FileState | undefined {
  try {
    const stat = statSync(path);
    return { size: stat.size, mtimeMs: stat.mtimeMs };
  } catch {
    return undefined;
  }
}

export function sameState(a: FileState | undefined, b: FileState | undefined): boolean {
  return a !== undefined && b !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/** The cached summary when it was made from the file as it is `now`; undefined otherwise. */
export async function readCachedSummary(
  cacheFile: string,
  now: FileState,
): Promise<ProgressSummary | undefined> {
  try {
    const cache = JSON.parse(readFileSync(cacheFile, "utf8")) as unknown;
    const { summaryCacheSchema } = await import("./schema.js");
    const checked = summaryCacheSchema.safeParse(cache);
    if (!checked.success) return undefined;
    const { source, summary } = checked.data;
    return sameState(source, now) ? summary : undefined;
  } catch {
    return undefined;
  }
}

/** Caches the summary of the file in `source` state (best effort: it is only a cache). */
export async function cacheSummary(
  cacheFile: string,
  summary: ProgressSummary,
  source: FileState | undefined,
): Promise<void> {
  if (source === undefined) return;
  try {
    await writeFileAtomic(cacheFile, JSON.stringify({ version: 1, source, summary }));
  } catch {
    // A read-only folder, say: the next run summarizes again.
  }
}
