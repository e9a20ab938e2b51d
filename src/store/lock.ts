// The lock every eks-primer process takes before it changes the progress file: a lock file beside
// it (proper-lockfile), waited for up to some 20 seconds, and taken over when its holder stopped
// updating it for ten seconds (a crashed run).
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { CliError } from "../shared/errors.js";

/** Runs `work` holding the lock on `path`, and releases it however `work` ends. */
export async function withLock<T>(path: string, work: () => Promise<T>): Promise<T> {
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
    // Only a lock someone holds is a stuck lock; a folder that cannot be written is not.
    if ((error as NodeJS.ErrnoException).code !== "ELOCKED") throw error;
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
