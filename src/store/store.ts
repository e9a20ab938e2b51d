// The progress store: a JSON file in conf's per-user folder (or EKS_PRIMER_HOME), validated with
// zod on every read, changed only under a lock file shared by every eks-primer process and
// written atomically by conf, so that concurrent runs lose nothing. A file that fails validation
// is moved aside, never dropped. Reading needs neither conf nor the lock, which keeps read-only
// commands (modules, progress) fast; writing loads them.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import envPaths from "env-paths";
import { CliError } from "../core/errors.js";
import { writeFileAtomic } from "./atomic-write.js";
import { summarizeProgress } from "./summary.js";
import {
  emptyProgress,
  type ProgressData,
  type ProgressSummary,
  type Store,
  type StoreOptions,
} from "./types.js";

/** The marker readRaw() hands back for a file that is not a JSON object. */
const UNREADABLE = "__eksPrimerUnreadable";

export const STORE_FILE = "progress.json";
/** A cache of the summary, keyed by the progress file's size and modification time. */
export const SUMMARY_FILE = "progress.summary.json";

interface FileState {
  size: number;
  mtimeMs: number;
}

/** The schemas (zod), loaded only when there is a file to check. */
const schema = () => import("./schema.js");

/** The cached summary when it was made from the file as it is now; undefined otherwise. */
async function readCachedSummary(
  file: string,
  now: FileState,
): Promise<ProgressSummary | undefined> {
  try {
    const cache = JSON.parse(readFileSync(file, "utf8")) as unknown;
    const { summaryCacheSchema } = await schema();
    const checked = summaryCacheSchema.safeParse(cache);
    if (!checked.success) return undefined;
    const { source, summary } = checked.data;
    return source.size === now.size && source.mtimeMs === now.mtimeMs ? summary : undefined;
  } catch {
    return undefined;
  }
}

/** A timestamp that sorts and is safe in a file name: 2026-11-25T01-02-03Z. */
function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-");
}

export function createStore(options: StoreOptions = {}): Store {
  const now = options.now ?? (() => new Date());
  // The folder conf itself would choose: envPaths("eks-primer", { suffix: "nodejs" }).config.
  const folder = options.home ?? envPaths("eks-primer", { suffix: "nodejs" }).config;
  const path = join(folder, STORE_FILE);
  const summaryPath = join(folder, SUMMARY_FILE);

  /** conf, for its atomic write; loaded only when something is written. */
  async function writer() {
    const { default: Conf } = await import("conf");
    return new Conf<Record<string, unknown>>({
      projectName: "eks-primer",
      cwd: folder,
      configName: "progress",
      accessPropertiesByDotNotation: false,
      configFileMode: 0o600,
      serialize: (value) => `${JSON.stringify(value, undefined, 1)}\n`,
      // Never asked to read anything that matters: every read goes through inspect().
      deserialize: () => ({}),
    });
  }

  function readRaw(): Record<string, unknown> {
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
      throw new CliError(`cannot read the progress file ${path}`, {
        hint: "check its permissions, or point EKS_PRIMER_HOME at another folder",
        cause: error,
      });
    }
    try {
      const parsed: unknown = JSON.parse(text);
      return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
        ? (parsed as Record<string, unknown>)
        : { [UNREADABLE]: "it is not a JSON object" };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { [UNREADABLE]: `it is not valid JSON (${detail})` };
    }
  }

  /** Moves a bad file aside and says where, in one line. */
  function moveAside(reason: string): void {
    const base = join(dirname(path), `${basename(path, ".json")}.corrupt-${stamp(now())}`);
    // Never over an earlier backup, even one made the same second.
    let backup = `${base}.json`;
    for (let n = 2; existsSync(backup); n++) backup = `${base}-${n}.json`;
    renameSync(path, backup);
    options.onNotice?.(
      `progress file ${path} could not be used (${reason}); moved it to ${backup} and started afresh`,
    );
  }

  /** Reads and checks the file: the progress, or why the file cannot be used. */
  async function inspect(): Promise<{ data: ProgressData; bad?: string }> {
    const raw = readRaw();
    if (Object.keys(raw).length === 0) return { data: emptyProgress() };
    const unreadable = raw[UNREADABLE];
    if (typeof unreadable === "string") return { data: emptyProgress(), bad: unreadable };
    const { checkProgress } = await schema();
    const checked = checkProgress(raw);
    if (checked.ok) return { data: checked.data };
    if (checked.newer !== undefined) {
      throw new CliError(
        `progress file ${path} was written by a newer eks-primer (store version ${checked.newer})`,
        { hint: "upgrade eks-primer (npm install -g eks-primer@latest) to use it", exitCode: 2 },
      );
    }
    return { data: emptyProgress(), bad: checked.reason };
  }

  /** Under the lock: the progress, with a bad file moved aside first. */
  async function loadRepairing(): Promise<ProgressData> {
    const { data, bad } = await inspect();
    if (bad !== undefined) moveAside(bad);
    return data;
  }

  async function withLock<T>(work: () => Promise<T>): Promise<T> {
    mkdirSync(dirname(path), { recursive: true });
    const { default: lockfile } = await import("proper-lockfile");
    let release: () => Promise<void>;
    try {
      release = await lockfile.lock(path, {
        realpath: false,
        lockfilePath: `${path}.lock`,
        stale: 10_000,
        retries: { retries: 200, factor: 1.2, minTimeout: 10, maxTimeout: 100, randomize: true },
      });
    } catch (error) {
      throw new CliError(`could not lock the progress file ${path}`, {
        hint: `another eks-primer may be stuck; if none is running, delete ${path}.lock`,
        cause: error,
      });
    }
    try {
      return await work();
    } finally {
      await release().catch(() => undefined);
    }
  }

  async function read(): Promise<ProgressData> {
    const { data, bad } = await inspect();
    // A bad file is moved aside under the lock, so that no concurrent writer races it.
    return bad === undefined ? data : withLock(loadRepairing);
  }

  /** Size and modification time: what the summary cache is keyed by. */
  function fileState(): FileState | undefined {
    try {
      const stat = statSync(path);
      return { size: stat.size, mtimeMs: stat.mtimeMs };
    } catch {
      return undefined;
    }
  }

  /** Writes the summary cache for the file as it is now (best effort: it is only a cache). */
  async function cacheSummary(
    summary: ProgressSummary,
    source: FileState | undefined,
  ): Promise<void> {
    if (source === undefined) return;
    try {
      await writeFileAtomic(summaryPath, JSON.stringify({ version: 1, source, summary }));
    } catch {
      // A read-only folder, say: the next run summarizes again.
    }
  }

  return {
    path,
    read,
    update(change) {
      return withLock(async () => {
        const data = await loadRepairing();
        const result = await change(data);
        (await writer()).store = data as unknown as Record<string, unknown>;
        await cacheSummary(summarizeProgress(data), fileState());
        return result;
      });
    },
    async summary() {
      const before = fileState();
      if (before === undefined) return summarizeProgress(emptyProgress());
      const cached = await readCachedSummary(summaryPath, before);
      if (cached !== undefined) return cached;
      const summary = summarizeProgress(await read());
      const after = fileState();
      // Cache it only if no one wrote the file meanwhile (else the next run summarizes again).
      if (after && after.size === before.size && after.mtimeMs === before.mtimeMs) {
        await cacheSummary(summary, after);
      }
      return summary;
    },
  };
}
