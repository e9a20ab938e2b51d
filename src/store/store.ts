// The progress store: the bounded state in a JSON file in conf's per-user folder (or
// EKS_PRIMER_HOME), validated with zod when read (unless it is the text eks-primer last wrote)
// and written atomically; every attempt a line of an append-only journal beside it. Changes
// happen under a lock shared by every eks-primer process, held for one append and one small
// write, so that concurrent runs lose nothing. A file that fails validation is moved aside, never
// dropped; a file of store version 1 (every attempt inside it) is migrated on the first write,
// with a backup kept.
import { join } from "node:path";
import { applyAttempt } from "./bounded.js";
import { createJournal, type Journal } from "./journal.js";
import { withLock } from "./lock.js";
import { createProgressFile, type Inspection, type ProgressFile } from "./progress-file.js";
import { resetProgress } from "./reset.js";
import { userFolder } from "../shared/user-folders.js";
import {
  emptyProgress,
  type Attempt,
  type ProgressData,
  type ProgressV1,
  type Store,
  type StoreOptions,
} from "./types.js";

export const STORE_FILE = "progress.json";
/** The attempt journal: JSON Lines, one attempt a line, only ever appended. */
export const JOURNAL_FILE = "progress.attempts.jsonl";

/** The store's folder: EKS_PRIMER_HOME, or the one conf itself would choose. */
export function storeFolder(home: string | undefined): string {
  // Asked only when needed: a system that names no home folder must get its designed error, not
  // a failure to start.
  return home ?? userFolder("config", "eks-primer-nodejs");
}

/** Where the store lives: its folder, the progress file and the attempt journal. */
export function storePaths(home: string | undefined): {
  folder: string;
  progress: string;
  journal: string;
} {
  const folder = storeFolder(home);
  return { folder, progress: join(folder, STORE_FILE), journal: join(folder, JOURNAL_FILE) };
}

export function createStore(options: StoreOptions = {}): Store {
  const folder = storeFolder(options.home);
  const now = options.now ?? (() => new Date());
  const file = createProgressFile(join(folder, STORE_FILE), { now, onNotice: options.onNotice });
  const journal = createJournal(join(folder, JOURNAL_FILE), { now, onNotice: options.onNotice });
  const locked = <T>(work: () => Promise<T>) =>
    withLock(file.path, work, { onWait: options.onWait });
  const loaded = () => loadForWrite(file, journal, options.onNotice);

  async function read(): Promise<ProgressData> {
    const inspection = await file.inspect();
    if (inspection.bad !== undefined) return locked(async () => (await loaded()).data);
    return inspection.v1 ? boundedFromV1(inspection.v1) : inspection.data;
  }

  return {
    path: file.path,
    journalPath: journal.path,
    read,
    update(change) {
      return locked(async () => {
        const { data } = await loaded();
        const result = await change(data);
        await file.write(data);
        return result;
      });
    },
    record(attempt, change) {
      return locked(async () => {
        const { data } = await loaded();
        const result = change(data);
        await journal.append([attempt]);
        applyAttempt(data, attempt);
        await file.write(data);
        return result;
      });
    },
    summary: read,
    async lastMissed(scope) {
      const missed = (await read()).lastMissed[scope]?.missed;
      return missed === undefined ? undefined : [...missed];
    },
    async *attempts() {
      const inspection = await file.inspect();
      if (inspection.v1) yield* sortedAttempts(inspection.v1);
      else yield* journal.read();
    },
    importBatch(batch) {
      return locked(async () => {
        const { data } = await loaded();
        const ids = await journal.ids();
        const fresh: Attempt[] = [];
        for (const attempt of batch.attempts) {
          if (ids.has(attempt.id)) continue;
          ids.add(attempt.id);
          fresh.push(attempt);
        }
        fresh.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
        await journal.append(fresh);
        for (const attempt of fresh) applyAttempt(data, attempt);
        const counts = batch.merge(data);
        await file.write(data);
        return { ...counts, attempts: fresh.length };
      });
    },
    reset(module) {
      return locked(async () => {
        const { data } = await loaded();
        await file.write(await resetProgress(data, journal, module));
      });
    },
  };
}

function sortedAttempts(v1: ProgressV1): Attempt[] {
  return [...v1.attempts].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** The bounded state of a version-1 file: its lessons, position and cards, its attempts applied. */
function boundedFromV1(v1: ProgressV1): ProgressData {
  const data: ProgressData = { ...emptyProgress(), ...v1, version: emptyProgress().version };
  delete (data as { attempts?: unknown }).attempts;
  for (const attempt of sortedAttempts(v1)) applyAttempt(data, attempt);
  return data;
}

/** Under the lock: the progress, with a bad file moved aside and a version-1 file migrated. */
async function loadForWrite(
  file: ProgressFile,
  journal: Journal,
  onNotice: ((message: string) => void) | undefined,
): Promise<Inspection> {
  const inspection = await file.inspect();
  if (inspection.bad !== undefined) file.moveAside(inspection.bad);
  if (inspection.v1 === undefined) return inspection;
  const backup = file.backup("v1");
  // The version-1 file holds every attempt: the journal is written from it, whole.
  await journal.replace(sortedAttempts(inspection.v1));
  const data = boundedFromV1(inspection.v1);
  await file.write(data);
  onNotice?.(
    `progress moved to the new format: attempts in ${journal.path}, the rest in ${file.path}; the old file is kept as ${backup}`,
  );
  return { data };
}
