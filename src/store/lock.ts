// The lock every eks-primer process takes before it changes the progress: a lock file beside it
// (proper-lockfile), held only for an append and the bounded update (milliseconds), taken over
// when its holder stopped refreshing it for ten seconds (a crashed run). The holder leaves its
// process id beside the lock, so that a run kept waiting can say whom it waits for.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { CliError } from "../shared/errors.js";

export interface LockOptions {
  /** Called once after `waitNoticeMs` of waiting, with the holder's pid when known. */
  onWait?: ((pid: number | undefined) => void) | undefined;
  waitNoticeMs?: number;
  /** How long to wait in all before giving up. */
  timeoutMs?: number;
}

/** Runs `work` holding the lock on `path`, and releases it however `work` ends. */
export async function withLock<T>(
  path: string,
  work: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  mkdirSync(dirname(path), { recursive: true });
  const { default: lockfile } = await import("proper-lockfile");
  const lockPath = `${path}.lock`;
  const started = Date.now();
  const noticeAt = started + (options.waitNoticeMs ?? 1000);
  const giveUpAt = started + (options.timeoutMs ?? 60_000);
  let told = false;
  let release: (() => Promise<void>) | undefined;
  for (let delay = 5; release === undefined; delay = Math.min(100, delay * 1.5)) {
    try {
      release = await lockfile.lock(path, {
        realpath: false,
        lockfilePath: lockPath,
        stale: 10_000,
      });
    } catch (error) {
      // Only a lock someone holds is a stuck lock; a folder that cannot be written is not.
      if ((error as NodeJS.ErrnoException).code !== "ELOCKED") throw error;
      if (Date.now() >= giveUpAt) {
        throw new CliError(`could not lock the progress file ${path}`, {
          hint: `another eks-primer may be stuck; if none is running, delete ${lockPath}`,
          cause: error,
        });
      }
      if (!told && Date.now() >= noticeAt) {
        told = true;
        options.onWait?.(holder(lockPath));
      }
      await sleep(delay * (0.5 + Math.random()));
    }
  }
  const pidFile = `${lockPath}.pid`;
  try {
    writeFileSync(pidFile, String(process.pid));
  } catch {
    // Only for the message of a run that waits.
  }
  try {
    return await work();
  } finally {
    // Removed while still held, so that it never removes the next holder's.
    rmSync(pidFile, { force: true });
    await release().catch(() => undefined);
  }
}

function holder(lockPath: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(`${lockPath}.pid`, "utf8"), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
