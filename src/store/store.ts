// The progress store: a JSON file in conf's per-user folder (or EKS_PRIMER_HOME), validated with
// zod on every read, changed only under a lock file shared by every eks-primer process and
// written atomically, so that concurrent runs lose nothing. A file that fails validation is moved
// aside, never dropped. Reading needs neither conf nor the lock, which keeps read-only commands
// (modules, progress) fast; writing loads them. This module composes the parts: the progress
// file, the lock and the summary cache.
import { join } from "node:path";
import envPaths from "env-paths";
import { withLock } from "./lock.js";
import { createProgressFile, type ProgressFile } from "./progress-file.js";
import { cacheSummary, fileState, readCachedSummary, sameState } from "./summary-cache.js";
import { summarizeProgress } from "./summary.js";
import { emptyProgress, type ProgressData, type Store, type StoreOptions } from "./types.js";

export const STORE_FILE = "progress.json";
/** A cache of the summary, keyed by the progress file's size and modification time. */
export const SUMMARY_FILE = "progress.summary.json";

/** Where the store lives: EKS_PRIMER_HOME when given, else the folder conf itself would choose. */
export function storePaths(home: string | undefined): {
  folder: string;
  progress: string;
  summary: string;
} {
  const folder = home ?? envPaths("eks-primer", { suffix: "nodejs" }).config;
  return { folder, progress: join(folder, STORE_FILE), summary: join(folder, SUMMARY_FILE) };
}

export function createStore(options: StoreOptions = {}): Store {
  const { folder, progress } = storePaths(options.home);
  const file = createProgressFile(progress, {
    now: options.now ?? (() => new Date()),
    onNotice: options.onNotice,
  });
  const summaryFile = join(folder, SUMMARY_FILE);

  async function read(): Promise<ProgressData> {
    const { data, bad } = await file.inspect();
    // A bad file is moved aside under the lock, so that no concurrent writer races it.
    return bad === undefined ? data : withLock(file.path, () => loadRepairing(file));
  }

  return {
    path: file.path,
    read,
    update(change) {
      return withLock(file.path, async () => {
        const data = await loadRepairing(file);
        const result = await change(data);
        await file.write(data);
        await cacheSummary(summaryFile, summarizeProgress(data), fileState(file.path));
        return result;
      });
    },
    async lastMissed(scope) {
      return lastMissedIn(await read(), scope);
    },
    async summary() {
      const before = fileState(file.path);
      if (before === undefined) return summarizeProgress(emptyProgress());
      const cached = await readCachedSummary(summaryFile, before);
      if (cached !== undefined) return cached;
      const summary = summarizeProgress(await read());
      const after = fileState(file.path);
      // Cache it only if no one wrote the file meanwhile (else the next run summarizes again).
      if (sameState(after, before)) await cacheSummary(summaryFile, summary, after);
      return summary;
    },
  };
}

/**
 * The misses of the latest quiz attempt of a scope. An attempt's scope is its sorted module ids;
 * `all` is the widest scope any quiz attempt covered (a whole-course quiz covers every module).
 */
export function lastMissedIn(data: ProgressData, scope: string): string[] | undefined {
  const quizzes = data.attempts.filter((a) => a.kind === "quiz");
  const widest = Math.max(0, ...quizzes.map((a) => a.modules.length));
  const inScope = (modules: readonly string[]) =>
    scope === "all" ? modules.length === widest : [...modules].sort().join(",") === scope;
  let latest: ProgressData["attempts"][number] | undefined;
  for (const attempt of quizzes) {
    if (!inScope(attempt.modules)) continue;
    if (latest === undefined || Date.parse(attempt.at) >= Date.parse(latest.at)) latest = attempt;
  }
  return latest?.results.filter((r) => !r.correct).map((r) => r.question);
}

/** Under the lock: the progress, with a bad file moved aside first. */
async function loadRepairing(file: ProgressFile): Promise<ProgressData> {
  const { data, bad } = await file.inspect();
  if (bad !== undefined) file.moveAside(bad);
  return data;
}
